package vn.thidua.ledger.command.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.report.ReportId;
import vn.thidua.ledger.api.report.ReportKind;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationId;

/**
 * An {@link OrganisationDirectory} held in memory, for aggregate tests: register it with
 * {@code fixture.registerInjectableResource(directory)} and describe the committed facts with the
 * {@code with…} methods.
 */
public class InMemoryDirectory implements OrganisationDirectory {

    private record PledgeEntry(CampaignId campaignId, PersonId personId, boolean active, LocalDate withdrawnOn) {
    }

    private record ViolationEntry(ViolationId violationId, SubjectKind kind, String subjectId, LocalDate occurredOn) {
    }

    private record TitleEntry(CommendationId commendationId, CommendationTitle title, RecipientKind kind,
                              String recipientId, LocalDate from, LocalDate to, ClusterId clusterId) {
    }

    private record MembershipEntry(ClusterId clusterId, UnitId unitId, LocalDate from, LocalDate to) {
    }

    private final List<ViolationEntry> confirmedViolations = new ArrayList<>();
    private final List<TitleEntry> titles = new ArrayList<>();
    private final List<MembershipEntry> memberships = new ArrayList<>();

    /** Unit → its parent; the value is null for a root. */
    private final Map<UnitId, UnitId> units = new HashMap<>();
    private final Map<PersonId, PersonEntry> persons = new HashMap<>();
    private final Map<CampaignId, CampaignEntry> campaigns = new HashMap<>();
    private final Map<PledgeId, PledgeEntry> pledges = new HashMap<>();
    private final Map<UnitId, LocalDate> closedUnits = new HashMap<>();
    private final Map<UnitId, LocalDate> movedOn = new HashMap<>();
    /** Person → (first day → unit), the transfers of each person. */
    private final Map<PersonId, TreeMap<LocalDate, UnitId>> transfers = new HashMap<>();
    /** Person → (first day → the post held from it), the post changes of each person; registration's before. */
    private final Map<PersonId, TreeMap<LocalDate, PersonEntry>> postChanges = new HashMap<>();
    private final Map<PersonId, PersonEntry> registeredPosts = new HashMap<>();
    private final Set<String> registrations = new HashSet<>();
    /** "unit/kind/year/campaign or nothing" → the report owed. */
    private final Map<String, ReportId> reports = new HashMap<>();

    /** A violation of the person or unit, confirmed and neither dismissed nor retracted since. */
    public InMemoryDirectory withConfirmedViolation(String violationId, SubjectKind kind, String subjectId,
                                                    LocalDate occurredOn) {
        confirmedViolations.add(new ViolationEntry(new ViolationId(violationId), kind, subjectId, occurredOn));
        return this;
    }

    /** An approved title not revoked, rewarding {@code from..to}. */
    public InMemoryDirectory withTitle(String commendationId, CommendationTitle title, RecipientKind kind,
                                       String recipientId, LocalDate from, LocalDate to) {
        titles.add(new TitleEntry(new CommendationId(commendationId), title, kind, recipientId, from, to, null));
        return this;
    }

    /** An approved Cờ thi đua not revoked, for {@code clusterId}, rewarding {@code from..to}. */
    public InMemoryDirectory withClusterFlag(String commendationId, String clusterId, String unitId, LocalDate from,
                                             LocalDate to) {
        titles.add(new TitleEntry(new CommendationId(commendationId), CommendationTitle.CO_THI_DUA,
                RecipientKind.UNIT, unitId, from, to, new ClusterId(clusterId)));
        return this;
    }

    private final List<Map.Entry<PersonId, PersonSanction>> sanctions = new ArrayList<>();
    private final Map<PersonId, LocalDate> joined = new HashMap<>();

    /** The person's service began on {@code day}. */
    public InMemoryDirectory withJoinedOn(String personId, LocalDate day) {
        joined.put(new PersonId(personId), day);
        return this;
    }

    @Override
    public Optional<LocalDate> joinedOn(PersonId personId) {
        return Optional.ofNullable(joined.get(personId));
    }

    /** A sanction in force on the person, decided on {@code decidedOn}. */
    public InMemoryDirectory withSanction(String violationId, String personId, SanctionForm form,
                                          LocalDate decidedOn) {
        sanctions.add(Map.entry(new PersonId(personId), new PersonSanction(new ViolationId(violationId), form,
                decidedOn)));
        return this;
    }

    @Override
    public List<PersonSanction> sanctionsDecidedFrom(PersonId personId, LocalDate from) {
        return sanctions.stream().filter(s -> s.getKey().equals(personId) && !s.getValue().decidedOn().isBefore(from))
                .map(Map.Entry::getValue).sorted(Comparator.comparing(PersonSanction::decidedOn)).toList();
    }

    /** The unit belongs to a cluster (CUM-1) from {@code from} to {@code to} (null: still). */
    public InMemoryDirectory withClusterMembership(String unitId, LocalDate from, LocalDate to) {
        return withClusterMembership("CUM-1", unitId, from, to);
    }

    /** The unit belongs to cluster {@code clusterId} from {@code from} to {@code to} (null: still). */
    public InMemoryDirectory withClusterMembership(String clusterId, String unitId, LocalDate from, LocalDate to) {
        memberships.add(new MembershipEntry(new ClusterId(clusterId), new UnitId(unitId), from, to));
        return this;
    }

    public InMemoryDirectory withClosedUnit(String id, String parentIdOrNull) {
        return withClosedUnit(id, parentIdOrNull, LocalDate.of(2020, 1, 1));
    }

    public InMemoryDirectory withClosedUnit(String id, String parentIdOrNull, LocalDate closedOn) {
        withUnit(id, parentIdOrNull);
        closedUnits.put(new UnitId(id), closedOn);
        return this;
    }

    /** The person works in {@code unitId} from {@code from} on (the first unit stays theirs before that). */
    public InMemoryDirectory withTransfer(String personId, String unitId, LocalDate from) {
        transfers.computeIfAbsent(new PersonId(personId), p -> new TreeMap<>()).put(from, new UnitId(unitId));
        return this;
    }

    public InMemoryDirectory withRegistration(String campaignId, String unitId, int year) {
        registrations.add(campaignId + "/" + unitId + "/" + year);
        return this;
    }

    public InMemoryDirectory withReport(String reportId, String unitId, ReportKind kind, int year,
                                        String campaignIdOrNull) {
        reports.put(reportKey(new UnitId(unitId), kind, year, campaignIdOrNull), new ReportId(reportId));
        return this;
    }

    private static String reportKey(UnitId unitId, ReportKind kind, int year, String campaignIdOrNull) {
        return unitId.value() + "/" + kind + "/" + year + "/" + (campaignIdOrNull == null ? "" : campaignIdOrNull);
    }

    public InMemoryDirectory withUnit(String id, String parentIdOrNull) {
        units.put(new UnitId(id), parentIdOrNull == null ? null : new UnitId(parentIdOrNull));
        return this;
    }

    public InMemoryDirectory withPerson(String id, String unitId, PersonCategory category, boolean leader) {
        persons.put(new PersonId(id), new PersonEntry(new PersonId(id), new UnitId(unitId), category, leader));
        registeredPosts.put(new PersonId(id), persons.get(new PersonId(id)));
        return this;
    }

    /** A change of post taking effect on {@code effectiveOn}; the person holds it now (the latest change given). */
    public InMemoryDirectory withPostChange(String id, PersonCategory category, boolean leader, LocalDate effectiveOn) {
        PersonEntry now = persons.get(new PersonId(id));
        PersonEntry post = new PersonEntry(now.personId(), now.unitId(), category, leader);
        postChanges.computeIfAbsent(new PersonId(id), k -> new TreeMap<>()).put(effectiveOn, post);
        persons.put(now.personId(), post);
        return this;
    }

    public InMemoryDirectory withCampaign(String id, String scopeUnitId, LocalDate from, LocalDate to) {
        return withCampaign(id, scopeUnitId, from, to, null);
    }

    /** A campaign whose mid-term review was planned for {@code midTermReview}. */
    public InMemoryDirectory withCampaign(String id, String scopeUnitId, LocalDate from, LocalDate to,
                                          LocalDate midTermReview) {
        campaigns.put(new CampaignId(id), new CampaignEntry(new CampaignId(id), new UnitId(scopeUnitId), from, to,
                midTermReview));
        return this;
    }

    public InMemoryDirectory withActivePledge(String pledgeId, String campaignId, String personId) {
        return withPledge(pledgeId, campaignId, personId, true);
    }

    public InMemoryDirectory withInactivePledge(String pledgeId, String campaignId, String personId) {
        return withPledge(pledgeId, campaignId, personId, false);
    }

    private InMemoryDirectory withPledge(String pledgeId, String campaignId, String personId, boolean active) {
        pledges.put(new PledgeId(pledgeId), new PledgeEntry(new CampaignId(campaignId), new PersonId(personId), active,
                null));
        return this;
    }

    public InMemoryDirectory withWithdrawnPledge(String pledgeId, String campaignId, String personId,
                                                 LocalDate withdrawnOn) {
        pledges.put(new PledgeId(pledgeId), new PledgeEntry(new CampaignId(campaignId), new PersonId(personId), false,
                withdrawnOn));
        return this;
    }

    @Override
    public boolean unitExists(UnitId unitId) {
        return units.containsKey(unitId);
    }

    @Override
    public Optional<UnitEntry> unit(UnitId unitId) {
        return units.containsKey(unitId)
                ? Optional.of(new UnitEntry(unitId, units.get(unitId), unitId.value(), closedUnits.get(unitId)))
                : Optional.empty();
    }

    @Override
    public boolean hasOpenChildren(UnitId unitId) {
        return units.entrySet().stream()
                .anyMatch(e -> unitId.equals(e.getValue()) && !closedUnits.containsKey(e.getKey()));
    }

    @Override
    public long personsIn(UnitId unitId) {
        return countedIn(unitId).filter(p -> dismissal(p.personId()).isEmpty()).count();
    }

    @Override
    public Optional<LocalDate> lastDismissalIn(UnitId unitId) {
        return countedIn(unitId).flatMap(p -> dismissal(p.personId()).stream())
                .map(PersonSanction::decidedOn).max(Comparator.naturalOrder());
    }

    /** The persons the unit counts now: the unit of their last transfer, else the first. */
    private java.util.stream.Stream<PersonEntry> countedIn(UnitId unitId) {
        return persons.values().stream().filter(p -> {
            TreeMap<LocalDate, UnitId> moves = transfers.get(p.personId());
            return (moves == null || moves.isEmpty() ? p.unitId() : moves.lastEntry().getValue()).equals(unitId);
        });
    }

    @Override
    public Optional<DatedFact> lastChildClosing(UnitId unitId) {
        return closedUnits.entrySet().stream().filter(closed -> unitId.equals(units.get(closed.getKey())))
                .max(Map.Entry.comparingByValue())
                .map(closed -> new DatedFact(closed.getKey().value(), closed.getValue()));
    }

    @Override
    public Optional<LocalDate> lastUnitMoveOn(UnitId unitId) {
        LocalDate last = null;
        for (TreeMap<LocalDate, Optional<UnitId>> history : parentsFrom.values()) {
            Optional<UnitId> before = Optional.empty();
            for (Map.Entry<LocalDate, Optional<UnitId>> parent : history.entrySet()) {
                boolean involves = parent.getValue().equals(Optional.of(unitId)) || before.equals(Optional.of(unitId));
                if (!parent.getKey().equals(LocalDate.MIN) && involves
                        && (last == null || parent.getKey().isAfter(last))) {
                    last = parent.getKey();
                }
                before = parent.getValue();
            }
        }
        return Optional.ofNullable(last);
    }

    @Override
    public Optional<LocalDate> lastStaffChangeOn(UnitId unitId) {
        LocalDate last = null;
        for (PersonEntry person : persons.values()) {
            UnitId current = person.unitId();
            for (Map.Entry<LocalDate, UnitId> transfer : transfers.getOrDefault(person.personId(), new TreeMap<>())
                    .entrySet()) {
                if (current.equals(unitId) || transfer.getValue().equals(unitId)) {
                    last = last == null || transfer.getKey().isAfter(last) ? transfer.getKey() : last;
                }
                current = transfer.getValue();
            }
        }
        return Optional.ofNullable(last);
    }

    @Override
    public Optional<UnitId> unitOn(PersonId personId, LocalDate day) {
        TreeMap<LocalDate, UnitId> moves = transfers.get(personId);
        if (moves != null && moves.floorEntry(day) != null) {
            return Optional.of(moves.floorEntry(day).getValue());
        }
        return person(personId).map(PersonEntry::unitId);
    }

    @Override
    public boolean hasRegistration(CampaignId campaignId, UnitId unitId, int year) {
        return registrations.contains(campaignId.value() + "/" + unitId.value() + "/" + year);
    }

    @Override
    public Optional<ReportId> requiredReport(UnitId unitId, ReportKind kind, int year, CampaignId campaignIdOrNull) {
        return Optional.ofNullable(reports.get(reportKey(unitId, kind, year,
                campaignIdOrNull == null ? null : campaignIdOrNull.value())));
    }

    @Override
    public Optional<PersonEntry> person(PersonId personId) {
        return Optional.ofNullable(persons.get(personId));
    }

    @Override
    public Optional<PersonEntry> personOn(PersonId personId, LocalDate day) {
        return person(personId).map(now -> {
            Map.Entry<LocalDate, PersonEntry> change = postChanges.getOrDefault(personId, new TreeMap<>())
                    .floorEntry(day);
            PersonEntry held = change != null ? change.getValue() : registeredPosts.getOrDefault(personId, now);
            return new PersonEntry(now.personId(), unitOn(personId, day).orElse(now.unitId()), held.category(),
                    held.leader());
        });
    }

    @Override
    public java.util.Set<UnitId> unitsDuring(PersonId personId, LocalDate from, LocalDate to) {
        java.util.Set<UnitId> units = new java.util.LinkedHashSet<>();
        unitOn(personId, from).ifPresent(units::add);
        TreeMap<LocalDate, UnitId> moves = transfers.get(personId);
        if (moves != null) {
            units.addAll(moves.subMap(from, false, to, true).values());
        }
        return units;
    }

    @Override
    public Optional<CampaignEntry> campaign(CampaignId campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public boolean pledgeExists(PledgeId pledgeId) {
        return pledges.containsKey(pledgeId);
    }

    /** Walks up from {@code unit} through its parents, as the JDBC directory does; an unknown unit is nowhere. */
    @Override
    public Optional<Map.Entry<UnitId, LocalDate>> latestMoveAbove(UnitId unit) {
        Map.Entry<UnitId, LocalDate> latest = null;
        Set<UnitId> seen = new HashSet<>();
        for (UnitId current = unit; current != null && units.containsKey(current) && seen.add(current);
             current = units.get(current)) {
            LocalDate moved = movedOn.get(current);
            if (moved != null && (latest == null || moved.isAfter(latest.getValue()))) {
                latest = Map.entry(current, moved);
            }
        }
        return Optional.ofNullable(latest);
    }

    /** A unit that moved under its parent from {@code movedOn}. */
    public InMemoryDirectory withUnitMovedOn(String id, LocalDate day) {
        movedOn.put(new UnitId(id), day);
        return this;
    }

    /** Each unit's parents from the days they took effect ({@link LocalDate#MIN}: since registration). */
    private final Map<UnitId, TreeMap<LocalDate, Optional<UnitId>>> parentsFrom = new HashMap<>();

    /** The unit moved under {@code parentId} on {@code day}; before it, it stood where it stands now. */
    public InMemoryDirectory withUnitMoved(String unitId, String parentId, LocalDate day) {
        UnitId unit = new UnitId(unitId);
        parentsFrom.computeIfAbsent(unit, k -> new TreeMap<>()).putIfAbsent(LocalDate.MIN, Optional.ofNullable(units.get(unit)));
        parentsFrom.get(unit).put(day, Optional.of(new UnitId(parentId)));
        units.put(unit, new UnitId(parentId));
        return this;
    }

    @Override
    public boolean isWithinOn(UnitId unit, UnitId ancestor, LocalDate day) {
        Set<UnitId> seen = new HashSet<>();
        UnitId current = unit;
        while (current != null && units.containsKey(current) && seen.add(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
            TreeMap<LocalDate, Optional<UnitId>> history = parentsFrom.get(current);
            current = history == null ? units.get(current) : history.floorEntry(day).getValue().orElse(null);
        }
        return false;
    }

    @Override
    public boolean isWithin(UnitId unit, UnitId ancestor) {
        Set<UnitId> seen = new HashSet<>();
        UnitId current = unit;
        while (current != null && units.containsKey(current) && seen.add(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = units.get(current);
        }
        return false;
    }

    @Override
    public Optional<LocalDate> lastPledgeWithdrawal(CampaignId campaignId, PersonId personId) {
        return pledges.values().stream()
                .filter(p -> p.campaignId().equals(campaignId) && p.personId().equals(personId))
                .map(PledgeEntry::withdrawnOn).filter(java.util.Objects::nonNull).max(LocalDate::compareTo);
    }

    @Override
    public boolean hasActivePledge(CampaignId campaignId, PersonId personId) {
        return pledges.values().stream()
                .anyMatch(p -> p.active() && p.campaignId().equals(campaignId) && p.personId().equals(personId));
    }

    @Override
    public Optional<ViolationId> confirmedViolationBetween(SubjectKind kind, String subjectId, LocalDate from,
                                                           LocalDate to) {
        return confirmedViolations.stream()
                .filter(v -> v.kind() == kind && v.subjectId().equals(subjectId)
                        && !v.occurredOn().isBefore(from) && !v.occurredOn().isAfter(to))
                .min(Comparator.comparing(ViolationEntry::occurredOn))
                .map(ViolationEntry::violationId);
    }

    @Override
    public Optional<LocalDate> confirmedViolationDay(ViolationId violationId) {
        return confirmedViolations.stream().filter(v -> v.violationId().equals(violationId))
                .map(ViolationEntry::occurredOn).findFirst();
    }

    @Override
    public boolean isConfirmed(ViolationId violationId) {
        return confirmedViolations.stream().anyMatch(v -> v.violationId().equals(violationId));
    }

    @Override
    public Optional<CommendationId> titleInForce(CommendationTitle title, RecipientKind kind, String recipientId,
                                                 LocalDate from, LocalDate to) {
        return titles.stream()
                .filter(t -> t.title() == title && t.kind() == kind && t.recipientId().equals(recipientId)
                        && !t.from().isAfter(to) && !t.to().isBefore(from))
                .map(TitleEntry::commendationId).findFirst();
    }

    @Override
    public List<ClusterId> clustersBetween(UnitId unitId, LocalDate from, LocalDate to) {
        return memberships.stream().filter(m -> m.unitId().equals(unitId) && !m.from().isAfter(to)
                        && (m.to() == null || !m.to().isBefore(from)))
                .map(MembershipEntry::clusterId).distinct().sorted(Comparator.comparing(ClusterId::value))
                .toList();
    }

    @Override
    public boolean clusterExists(ClusterId clusterId) {
        return memberships.stream().anyMatch(m -> m.clusterId().equals(clusterId));
    }

    @Override
    public Optional<Map.Entry<CommendationId, String>> clusterFlagInForce(ClusterId clusterId, LocalDate from,
                                                                         LocalDate to) {
        return titles.stream()
                .filter(t -> clusterId.equals(t.clusterId()) && !t.from().isAfter(to) && !t.to().isBefore(from))
                .map(t -> Map.entry(t.commendationId(), t.recipientId())).findFirst();
    }

    private final Map<UnitId, DatedFact> latestFacts = new HashMap<>();

    /** A fact dated {@code day} is recorded on the unit (the latest given counts). */
    public InMemoryDirectory withUnitFact(String unitId, String key, LocalDate day) {
        latestFacts.put(new UnitId(unitId), new DatedFact(key, day));
        return this;
    }

    @Override
    public Optional<DatedFact> latestFact(UnitId unitId) {
        return Optional.ofNullable(latestFacts.get(unitId));
    }
}
