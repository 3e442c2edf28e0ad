package vn.thidua.ledger.command.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.command.dispatch.TransactionMemo;
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

@Component
class JdbcOrganisationDirectory implements OrganisationDirectory {

    private final JdbcClient jdbc;

    JdbcOrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One assignment of a person: from when (null: from the start) and at which position it was recorded. */
    private record Assignment(LocalDate from, long position, UnitId unitId) {
    }

    // each read the same way whether asked one by one or read ahead for many
    private static final String UNITS = "SELECT unit_id, parent_id, name, closed_on FROM directory_unit";
    private static final RowMapper<UnitEntry> UNIT = (rs, n) -> new UnitEntry(new UnitId(rs.getString("unit_id")),
            rs.getString("parent_id") == null ? null : new UnitId(rs.getString("parent_id")), rs.getString("name"),
            rs.getObject("closed_on", LocalDate.class));
    private static final String PERSONS = "SELECT person_id, unit_id, category, leader FROM directory_person";
    private static final RowMapper<PersonEntry> PERSON = (rs, n) -> new PersonEntry(
            new PersonId(rs.getString("person_id")), new UnitId(rs.getString("unit_id")),
            PersonCategory.valueOf(rs.getString("category")), rs.getBoolean("leader"));
    private static final String ASSIGNMENTS =
            "SELECT person_id, from_date, position, unit_id FROM directory_person_assignment";
    private static final RowMapper<Assignment> ASSIGNMENT = (rs, n) -> new Assignment(
            rs.getDate("from_date") == null ? null : rs.getDate("from_date").toLocalDate(), rs.getLong("position"),
            new UnitId(rs.getString("unit_id")));

    @Override
    public boolean unitExists(UnitId unitId) {
        return unit(unitId).isPresent();
    }

    @Override
    public Optional<UnitEntry> unit(UnitId unitId) {
        return TransactionMemo.remember(unitKey(unitId), () -> jdbc.sql(UNITS + " WHERE unit_id = ?")
                .param(unitId.value()).query(UNIT).optional());
    }

    @Override
    public boolean hasOpenChildren(UnitId unitId) {
        return exists("SELECT count(*) FROM directory_unit WHERE parent_id = ? AND NOT closed", unitId.value());
    }

    @Override
    public long personsIn(UnitId unitId) {
        return jdbc.sql("""
                        SELECT count(*) FROM directory_person p WHERE unit_id = ?
                          AND NOT EXISTS (SELECT 1 FROM directory_person_sanction s
                                          WHERE s.person_id = p.person_id AND s.form = 'BUOC_THOI_VIEC')""")
                .param(unitId.value()).query(Long.class).single();
    }

    @Override
    public Optional<LocalDate> lastDismissalIn(UnitId unitId) {
        return jdbc.sql("""
                        SELECT max(s.decided_on) FROM directory_person p
                        JOIN directory_person_sanction s ON s.person_id = p.person_id AND s.form = 'BUOC_THOI_VIEC'
                        WHERE p.unit_id = ?""")
                .param(unitId.value()).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    @Override
    public Optional<LocalDate> lastStaffChangeOn(UnitId unitId) {
        // the days people came into the unit, and the days each of them left it (their next assignment)
        return dayOf("""
                        SELECT max(day) FROM (
                            SELECT a.from_date AS day FROM directory_person_assignment a WHERE a.unit_id = :unit
                            UNION ALL
                            SELECT next.from_date FROM directory_person_assignment a
                            JOIN LATERAL (SELECT n.from_date FROM directory_person_assignment n
                                          WHERE n.person_id = a.person_id AND n.position > a.position
                                          ORDER BY n.position LIMIT 1) next ON TRUE
                            WHERE a.unit_id = :unit) days""", unitId);
    }

    @Override
    public Optional<LocalDate> lastUnitMoveOn(UnitId unitId) {
        // the days units moved under it, and the days each of them moved on from it (its next parent)
        return dayOf("""
                        SELECT max(day) FROM (
                            SELECT u.from_date AS day FROM directory_unit_parent_from u
                            WHERE u.parent_id = :unit AND u.from_date > '-infinity'
                            UNION ALL
                            SELECT next.from_date FROM directory_unit_parent_from u
                            JOIN LATERAL (SELECT n.from_date FROM directory_unit_parent_from n
                                          WHERE n.unit_id = u.unit_id AND n.from_date > u.from_date
                                          ORDER BY n.from_date LIMIT 1) next ON TRUE
                            WHERE u.parent_id = :unit) days""", unitId);
    }

    /** The one day a query of {@code :unit} answers, if any. */
    @Override
    public Optional<DatedFact> lastChildClosing(UnitId unitId) {
        return jdbc.sql("""
                        SELECT unit_id, closed_on FROM directory_unit WHERE parent_id = ? AND closed_on IS NOT NULL
                        ORDER BY closed_on DESC, unit_id LIMIT 1""")
                .param(unitId.value())
                .query((rs, n) -> new DatedFact(rs.getString(1), rs.getObject(2, LocalDate.class))).optional();
    }

    private Optional<LocalDate> dayOf(String sql, UnitId unitId) {
        return jdbc.sql(sql).param("unit", unitId.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    /** The assignment in force on {@code day}: the latest start on or before it, the later record of one day. */
    @Override
    public Optional<UnitId> unitOn(PersonId personId, LocalDate day) {
        Assignment inForce = null;
        for (Assignment a : assignments(personId)) {
            if (a.from() != null && a.from().isAfter(day)) {
                continue;
            }
            if (inForce == null || laterThan(a, inForce)) {
                inForce = a;
            }
        }
        return Optional.ofNullable(inForce).map(Assignment::unitId);
    }

    @Override
    public Optional<PersonEntry> personOn(PersonId personId, LocalDate day) {
        return person(personId).map(now -> {
            Post inForce = null;
            for (Post post : posts(personId)) {
                if (post.from() != null && post.from().isAfter(day)) {
                    continue;
                }
                if (inForce == null || laterThan(post.asAssignment(), inForce.asAssignment())) {
                    inForce = post;
                }
            }
            UnitId unit = unitOn(personId, day).orElse(now.unitId());
            return inForce == null ? new PersonEntry(now.personId(), unit, now.category(), now.leader())
                    : new PersonEntry(now.personId(), unit, inForce.category(), inForce.leader());
        });
    }

    @Override
    public java.util.Set<UnitId> unitsDuring(PersonId personId, LocalDate from, LocalDate to) {
        java.util.Set<UnitId> units = new java.util.LinkedHashSet<>();
        unitOn(personId, from).ifPresent(units::add);
        for (Assignment a : assignments(personId)) {
            if (a.from() != null && a.from().isAfter(from) && !a.from().isAfter(to)) {
                unitOn(personId, a.from()).ifPresent(units::add);
            }
        }
        return units;
    }

    /** A post a person held from a day (null: since registration), at a place in the person's stream. */
    private record Post(LocalDate from, long position, PersonCategory category, boolean leader) {

        /** Ordered as assignments are: by the day it took effect, then by the later record. */
        Assignment asAssignment() {
            return new Assignment(from, position, null);
        }
    }

    private List<Post> posts(PersonId personId) {
        return jdbc.sql("SELECT from_date, position, category, leader FROM directory_person_post WHERE person_id = ?")
                .param(personId.value())
                .query((rs, n) -> new Post(rs.getObject("from_date", LocalDate.class), rs.getLong("position"),
                        PersonCategory.valueOf(rs.getString("category")), rs.getBoolean("leader")))
                .list();
    }

    private static boolean laterThan(Assignment a, Assignment b) {
        if (a.from() == null || b.from() == null) {
            return a.from() != null || (b.from() == null && a.position() > b.position());
        }
        int byDate = a.from().compareTo(b.from());
        return byDate > 0 || (byDate == 0 && a.position() > b.position());
    }

    /** A person's assignments, read once per transaction (an import asks about each person month after month). */
    private List<Assignment> assignments(PersonId personId) {
        return TransactionMemo.remember(assignmentsKey(personId), () -> jdbc.sql(ASSIGNMENTS + " WHERE person_id = ?")
                .param(personId.value()).query(ASSIGNMENT).list());
    }

    @Override
    public boolean hasRegistration(CampaignId campaignId, UnitId unitId, int year) {
        return exists("SELECT count(*) FROM directory_registration WHERE campaign_id = ? AND unit_id = ? AND year = ?",
                campaignId.value(), unitId.value(), year);
    }

    @Override
    public Optional<ReportId> requiredReport(UnitId unitId, ReportKind kind, int year, CampaignId campaignIdOrNull) {
        return jdbc.sql("""
                        SELECT report_id FROM directory_report
                        WHERE unit_id = ? AND kind = ? AND year = ? AND campaign_id IS NOT DISTINCT FROM ?""")
                .params(unitId.value(), kind.name(), year, campaignIdOrNull == null ? null : campaignIdOrNull.value())
                .query((rs, n) -> new ReportId(rs.getString(1))).optional();
    }

    @Override
    public Optional<PersonEntry> person(PersonId personId) {
        return TransactionMemo.remember(personKey(personId), () -> jdbc.sql(PERSONS + " WHERE person_id = ?")
                .param(personId.value()).query(PERSON).optional());
    }

    @Override
    public Optional<CampaignEntry> campaign(CampaignId campaignId) {
        return jdbc.sql("""
                        SELECT scope_unit_id, starts_on, ends_on, mid_term_review FROM directory_campaign
                        WHERE campaign_id = ?""")
                .param(campaignId.value())
                .query((rs, n) -> new CampaignEntry(campaignId, new UnitId(rs.getString(1)),
                        rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getObject(4, LocalDate.class)))
                .optional();
    }

    @Override
    public boolean pledgeExists(PledgeId pledgeId) {
        return exists("SELECT count(*) FROM directory_pledge WHERE pledge_id = ?", pledgeId.value());
    }

    @Override
    public boolean isWithin(UnitId unit, UnitId ancestor) {
        return TransactionMemo.remember(List.of("within", unit, ancestor), () -> exists("""
                WITH RECURSIVE up(unit_id, parent_id, depth) AS (
                    SELECT unit_id, parent_id, 0 FROM directory_unit WHERE unit_id = ?
                    UNION ALL
                    SELECT u.unit_id, u.parent_id, up.depth + 1 FROM directory_unit u JOIN up ON u.unit_id = up.parent_id
                    WHERE up.depth < 100
                )
                SELECT count(*) FROM up WHERE unit_id = ?""", unit.value(), ancestor.value()));
    }

    @Override
    public boolean isWithinOn(UnitId unit, UnitId ancestor, LocalDate day) {
        // up the parents in force on the day; a unit whose parents were never recorded stands as it does now
        return exists("""
                WITH RECURSIVE up(unit_id, depth) AS (
                    SELECT CAST(? AS VARCHAR), 0
                    UNION ALL
                    SELECT CAST(coalesce((SELECT p.parent_id FROM directory_unit_parent_from p
                                     WHERE p.unit_id = up.unit_id AND p.from_date <= ?
                                     ORDER BY p.from_date DESC LIMIT 1),
                                    CASE WHEN NOT EXISTS (SELECT 1 FROM directory_unit_parent_from p
                                                          WHERE p.unit_id = up.unit_id)
                                         THEN (SELECT u.parent_id FROM directory_unit u WHERE u.unit_id = up.unit_id)
                                    END) AS VARCHAR),
                           up.depth + 1
                    FROM up WHERE up.unit_id IS NOT NULL AND up.depth < 100
                )
                SELECT count(*) FROM up WHERE unit_id = ?""", unit.value(), day, ancestor.value());
    }

    @Override
    public Optional<Map.Entry<UnitId, LocalDate>> latestMoveAbove(UnitId unit) {
        return jdbc.sql("""
                        WITH RECURSIVE up(unit_id, parent_id, moved_on, depth) AS (
                            SELECT unit_id, parent_id, moved_on, 0 FROM directory_unit WHERE unit_id = ?
                            UNION ALL
                            SELECT u.unit_id, u.parent_id, u.moved_on, up.depth + 1
                            FROM directory_unit u JOIN up ON u.unit_id = up.parent_id WHERE up.depth < 100
                        )
                        SELECT unit_id, moved_on FROM up WHERE moved_on IS NOT NULL
                        ORDER BY moved_on DESC LIMIT 1""")
                .param(unit.value())
                .query((rs, n) -> Map.entry(new UnitId(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    @Override
    public Optional<LocalDate> lastPledgeWithdrawal(CampaignId campaignId, PersonId personId) {
        return jdbc.sql("SELECT max(withdrawn_on) FROM directory_pledge WHERE campaign_id = ? AND person_id = ?")
                .params(campaignId.value(), personId.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    @Override
    public boolean hasActivePledge(CampaignId campaignId, PersonId personId) {
        return exists("SELECT count(*) FROM directory_pledge WHERE campaign_id = ? AND person_id = ? AND active",
                campaignId.value(), personId.value());
    }

    @Override
    public void readAhead(Collection<UnitId> units, Collection<PersonId> persons) {
        if (!TransactionMemo.active()) {
            return;
        }
        Set<UnitId> unitsLeft = new LinkedHashSet<>(units);
        unitsLeft.removeIf(unit -> TransactionMemo.knows(unitKey(unit)));
        if (!unitsLeft.isEmpty()) {
            Map<UnitId, UnitEntry> found = new HashMap<>();
            jdbc.sql(UNITS + " WHERE unit_id = ANY(?::varchar[])")
                    .param(unitsLeft.stream().map(UnitId::value).toArray(String[]::new))
                    .query(UNIT).list().forEach(unit -> found.put(unit.unitId(), unit));
            unitsLeft.forEach(unit -> TransactionMemo.remember(unitKey(unit),
                    () -> Optional.ofNullable(found.get(unit))));
        }
        Set<PersonId> personsLeft = new LinkedHashSet<>(persons);
        personsLeft.removeIf(person -> TransactionMemo.knows(personKey(person))
                && TransactionMemo.knows(assignmentsKey(person)));
        if (!personsLeft.isEmpty()) {
            String[] ids = personsLeft.stream().map(PersonId::value).toArray(String[]::new);
            Map<PersonId, PersonEntry> found = new HashMap<>();
            jdbc.sql(PERSONS + " WHERE person_id = ANY(?::varchar[])").param(ids)
                    .query(PERSON).list().forEach(person -> found.put(person.personId(), person));
            Map<PersonId, List<Assignment>> assignments = new HashMap<>();
            jdbc.sql(ASSIGNMENTS + " WHERE person_id = ANY(?::varchar[])").param(ids)
                    .query((rs, n) -> assignments.computeIfAbsent(new PersonId(rs.getString("person_id")),
                            person -> new ArrayList<>()).add(ASSIGNMENT.mapRow(rs, n)))
                    .list();
            Map<PersonId, Optional<PersonSanction>> dismissals = dismissals(personsLeft);
            Map<PersonId, LocalDate> joined = new HashMap<>();
            jdbc.sql("SELECT person_id, joined_on FROM directory_person WHERE joined_on IS NOT NULL "
                            + "AND person_id = ANY(?::varchar[])").param(ids)
                    .query(rs -> {
                        joined.put(new PersonId(rs.getString(1)), rs.getObject(2, LocalDate.class));
                    });
            for (PersonId person : personsLeft) {
                TransactionMemo.remember(joinedKey(person), () -> Optional.ofNullable(joined.get(person)));
                TransactionMemo.remember(dismissalKey(person), () -> dismissals.getOrDefault(person,
                        Optional.empty()));
                TransactionMemo.remember(personKey(person), () -> Optional.ofNullable(found.get(person)));
                TransactionMemo.remember(assignmentsKey(person),
                        () -> List.copyOf(assignments.getOrDefault(person, List.of())));
            }
        }
    }

    private static List<Object> unitKey(UnitId unitId) {
        return List.of("unit", unitId);
    }

    private static List<Object> personKey(PersonId personId) {
        return List.of("person", personId);
    }

    private static List<Object> joinedKey(PersonId personId) {
        return List.of("joined", personId);
    }

    private static List<Object> dismissalKey(PersonId personId) {
        return List.of("dismissal", personId);
    }

    private static List<Object> assignmentsKey(PersonId personId) {
        return List.of("assignments", personId);
    }

    private boolean exists(String countSql, Object... params) {
        return jdbc.sql(countSql).params(params).query(Long.class).single() > 0;
    }

    @Override
    public Optional<ViolationId> confirmedViolationBetween(SubjectKind kind, String subjectId, LocalDate from,
                                                           LocalDate to) {
        return jdbc.sql("""
                        SELECT violation_id FROM directory_violation
                        WHERE subject_id = ? AND subject_kind = ? AND confirmed AND occurred_on BETWEEN ? AND ?
                        ORDER BY occurred_on, violation_id LIMIT 1""")
                .params(subjectId, kind.name(), from, to)
                .query((rs, n) -> new ViolationId(rs.getString(1))).optional();
    }

    @Override
    public Optional<LocalDate> confirmedViolationDay(ViolationId violationId) {
        return jdbc.sql("SELECT occurred_on FROM directory_violation WHERE violation_id = ? AND confirmed")
                .param(violationId.value()).query(LocalDate.class).optional();
    }

    @Override
    public boolean isConfirmed(ViolationId violationId) {
        return exists("SELECT count(*) FROM directory_violation WHERE violation_id = ? AND confirmed",
                violationId.value());
    }

    @Override
    public Optional<CommendationId> titleInForce(CommendationTitle title, RecipientKind kind, String recipientId,
                                                 LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT commendation_id FROM directory_title
                        WHERE recipient_id = ? AND recipient_kind = ? AND title = ? AND period_from <= ? AND period_to >= ?
                        ORDER BY commendation_id LIMIT 1""")
                .params(recipientId, kind.name(), title.name(), to, from)
                .query((rs, n) -> new CommendationId(rs.getString(1))).optional();
    }

    @Override
    public List<PersonSanction> sanctionsDecidedFrom(PersonId personId, LocalDate from) {
        return jdbc.sql("""
                        SELECT violation_id, form, decided_on FROM directory_person_sanction
                        WHERE person_id = ? AND decided_on >= ? ORDER BY decided_on, violation_id""")
                .params(personId.value(), from)
                .query((rs, n) -> new PersonSanction(new ViolationId(rs.getString(1)),
                        SanctionForm.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)))
                .list();
    }

    private static final String DISMISSALS = """
            SELECT DISTINCT ON (person_id) person_id, violation_id, decided_on FROM directory_person_sanction
            WHERE form = 'BUOC_THOI_VIEC' AND person_id = ANY(?::varchar[])
            ORDER BY person_id, decided_on, violation_id""";

    @Override
    public Optional<LocalDate> joinedOn(PersonId personId) {
        return TransactionMemo.remember(joinedKey(personId), () -> jdbc.sql(
                        "SELECT joined_on FROM directory_person WHERE person_id = ?").param(personId.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).optional()
                .flatMap(day -> day));
    }

    @Override
    public Optional<PersonSanction> dismissal(PersonId personId) {
        // asked for every evaluation of an import: remembered, and read ahead with the persons
        return TransactionMemo.remember(dismissalKey(personId), () -> dismissals(List.of(personId))
                .getOrDefault(personId, Optional.empty()));
    }

    private Map<PersonId, Optional<PersonSanction>> dismissals(Collection<PersonId> persons) {
        Map<PersonId, Optional<PersonSanction>> found = new HashMap<>();
        jdbc.sql(DISMISSALS).param(persons.stream().map(PersonId::value).toArray(String[]::new))
                .query(rs -> {
                    found.put(new PersonId(rs.getString(1)), Optional.of(new PersonSanction(
                            new ViolationId(rs.getString(2)), SanctionForm.BUOC_THOI_VIEC,
                            rs.getObject(3, LocalDate.class))));
                });
        return found;
    }

    @Override
    public List<ClusterId> clustersBetween(UnitId unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT DISTINCT cluster_id FROM directory_cluster_member
                        WHERE unit_id = ? AND member_from <= ? AND (member_to IS NULL OR member_to >= ?)
                        ORDER BY cluster_id""")
                .params(unitId.value(), to, from).query((rs, n) -> new ClusterId(rs.getString(1))).list();
    }

    @Override
    public boolean clusterExists(ClusterId clusterId) {
        // a cluster is its aggregate's stream (the directory keeps memberships only)
        return exists("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type = 'vn.thidua.ledger.api.cluster.ClusterRegistered'""",
                // a stream is named by its typed id: cluster:<id>
                clusterId.toString());
    }

    @Override
    public Optional<Map.Entry<CommendationId, String>> clusterFlagInForce(ClusterId clusterId, LocalDate from,
                                                                         LocalDate to) {
        return jdbc.sql("""
                        SELECT commendation_id, recipient_id FROM directory_title
                        WHERE cluster_id = ? AND title = 'CO_THI_DUA' AND period_from <= ? AND period_to >= ?
                        ORDER BY commendation_id LIMIT 1""")
                .params(clusterId.value(), to, from)
                .query((rs, n) -> Map.entry(new CommendationId(rs.getString(1)), rs.getString(2))).optional();
    }

    @Override
    public Optional<DatedFact> latestFact(UnitId unitId) {
        return jdbc.sql("""
                        SELECT fact_key, day FROM directory_unit_fact WHERE unit_id = ?
                        ORDER BY day DESC, fact_key LIMIT 1""")
                .param(unitId.value())
                .query((rs, n) -> new DatedFact(rs.getString(1), rs.getObject(2, LocalDate.class))).optional();
    }
}
