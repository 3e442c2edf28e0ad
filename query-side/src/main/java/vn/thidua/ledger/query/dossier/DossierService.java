package vn.thidua.ledger.query.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.inspection.InspectionChecklist;
import vn.thidua.ledger.api.person.LeaveKind;
import vn.thidua.ledger.query.classification.ClassificationService;
import vn.thidua.ledger.query.dossier.AuditRows.Row;
import vn.thidua.ledger.query.dossier.Dossier.Entry;
import vn.thidua.ledger.query.dossier.Dossier.Indicator;
import vn.thidua.ledger.query.facts.FactsReader;
import vn.thidua.ledger.query.facts.FactsReader.PersonOnDay;
import vn.thidua.ledger.query.facts.FactsReader.UnitNode;
import vn.thidua.ledger.query.facts.FactsReader.ViolationSummary;
import vn.thidua.ledger.query.time.ProjectionProgress;
import vn.thidua.ledger.query.time.ViewPoint;
import vn.thidua.ledger.rules.SurveyFact;

/**
 * Builds a unit's inspection dossier for a period from the facts and the audit trails as of a position. The
 * unit's own subtree counts as the unit (a district's dossier covers its divisions); campaigns launched over
 * the unit or any unit above it apply to it, and only those make its launch.
 */
@Service
public class DossierService {

    static final String MET = "MET";
    static final String PARTLY_MET = "PARTLY_MET";
    static final String NOT_MET = "NOT_MET";
    static final String NO_DATA = "NO_DATA";
    /** The checklist items (seed 001, III.4) only an inspection's finding can tell. */
    private static final List<String> FOUND_BY_INSPECTION = List.of("CONTENT_IMPLEMENTED", "SELF_INSPECTION_DONE",
            "GRASSROOTS_DEMOCRACY_APPLIED", "DUTIES_PERFORMED");

    private final FactsReader facts;
    private final AuditRows audit;
    private final ClassificationService classifications;
    private final ProjectionProgress progress;

    DossierService(FactsReader facts, AuditRows audit, ClassificationService classifications,
                   ProjectionProgress progress) {
        this.facts = facts;
        this.audit = audit;
        this.classifications = classifications;
        this.progress = progress;
    }

    public Dossier build(String unitId, ViewPoint point) {
        long position = point.position();
        // the entries cited come from the audit trails: they must hold the position the facts answer
        progress.awaitPosition("audit", position);
        Map<String, UnitNode> units = facts.units(position);
        UnitNode unit = units.get(unitId);
        if (unit == null) {
            // a unit registered after the moment asked for: said so, not as though it did not exist
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "unit",
                    facts.units(Long.MAX_VALUE).containsKey(unitId)
                            ? "Đơn vị " + unitId + " chưa được ghi vào sổ tại thời điểm hỏi (asOf" + (position < 0
                                    ? ": khi đó sổ chưa ghi sự kiện nào)" : ", vị trí " + position + ")")
                            : "Không tìm thấy đơn vị " + unitId);
        }
        Period period = point.period();
        // the units below it and above it are those of the tree as it stood on the period's last day: a division
        // moved away later still counts where it was, for its people as for its records
        FactsReader.UnitParents parents = facts.unitParents(position);
        Set<String> belowAtEnd = parents.below(unitId, period.to(), units.keySet());
        Set<String> above = new LinkedHashSet<>();
        for (String u = parents.parentOn(unitId, period.to()); u != null && units.containsKey(u) && above.add(u); ) {
            u = parents.parentOn(u, period.to());
        }
        Set<String> reach = new LinkedHashSet<>(belowAtEnd);
        reach.addAll(above);

        List<Row> campaigns = audit.of("units", reach, List.of("CampaignLaunched"), position).stream()
                .filter(r -> reach.contains(r.text("scopeUnitId")))
                .filter(r -> period.overlaps(new Period(LocalDate.parse(r.text("from")), LocalDate.parse(r.text("to")))))
                .toList();
        // the people are those of the units below it on the period's last day, as the tree stood then
        List<PersonOnDay> people = facts.peopleIn(belowAtEnd, period.to(), position);

        // the unit's records (inspections, covenants, reports, commendations) are those of the units below it as the
        // tree stood at the period's end, as its people are: a division moved away later still counts where it was
        List<Row> inspectionRows = audit.of("units", belowAtEnd,
                List.of("InspectionOpened", "InspectionFindingRecorded", "InspectionClosed"), position);
        Findings findings = new Findings(unitId, units, parents, inspectionRows, period);

        List<Indicator> indicators = new ArrayList<>();
        // launched over the unit itself or a unit above it: one launched only below tells that the unit below
        // organised it, not this one (a district's campaign never makes its province's launch)
        Set<String> covering = new LinkedHashSet<>(above);
        covering.add(unitId);
        indicators.add(findings.judge(launch(campaigns.stream()
                .filter(r -> covering.contains(r.text("scopeUnitId"))).toList(), campaigns.stream()
                .filter(r -> !covering.contains(r.text("scopeUnitId"))).toList()), "LAUNCH_ORGANISED"));
        // yearly records are asked of the years begun by the moment the dossier describes
        LocalDate recordDay = facts.dayOf(position);
        List<Integer> years = yearsOf(period).stream()
                .filter(year -> !LocalDate.of(year, 1, 1).isAfter(recordDay)).toList();
        indicators.add(findings.judge(covenants(belowAtEnd, period, years, position), "COVENANT_SIGNED"));
        indicators.add(registrations(belowAtEnd, units, campaigns, parents, period, years, position));
        indicators.addAll(pledges(campaigns, units, parents, people, period, recordDay, position));
        indicators.add(violations(unitId, period, position));
        indicators.add(evaluations(unitId, units.keySet(), parents, period, position));
        indicators.add(satisfaction(unitId, parents, period, position));
        indicators.add(reports(belowAtEnd, period, recordDay, position));
        indicators.add(inspections(inspectionRows, period));
        indicators.addAll(checklistFindings(findings, period, selfInspections(unitId, inspectionRows, period)));
        indicators.add(findings.judge(reviews(campaigns, period, position), "REVIEW_AND_AWARDS_DONE"));
        indicators.add(commendations(belowAtEnd, people, period, position));
        return new Dossier(unitId, unit.name(), point.periodLabel(), period.from().toString(), period.to().toString(),
                position, indicators);
    }

    private static Entry entry(Row row) {
        return new Entry(row.position(), row.recordedAt().toString(), row.type(), row.businessTime(), row.actor());
    }

    private static List<Entry> entries(Collection<Row> rows) {
        return rows.stream().map(DossierService::entry).toList();
    }

    /**
     * Judged by the campaigns launched over the unit or a unit above it, the entries behind it; those launched over a
     * unit below it are listed apart ({@code campaignsBelow}, without entries): they tell that the unit below
     * organised them, and the dossier counts their pledges, registrations and reports.
     */
    private Indicator launch(List<Row> campaigns, List<Row> campaignsBelow) {
        java.util.function.Function<List<Row>, List<Map<String, Object>>> listed = rows -> rows.stream()
                .map(r -> Map.<String, Object>of("campaignId", r.text("campaignId"), "title", r.text("title"),
                        "kind", r.text("kind"), "scopeUnitId", r.text("scopeUnitId"), "from", r.text("from"),
                        "to", r.text("to"))).toList();
        // the entries are those the verdict rests on: a campaign launched below, cited, would be taken for a record
        // of this unit's launch newer than an inspection's finding on it
        return new Indicator("LAUNCH_ORGANISED", "Tổ chức phát động", campaigns.isEmpty() ? NOT_MET : MET,
                campaigns.size() + " cuộc vận động, phong trào áp dụng cho đơn vị trong kỳ" + (campaignsBelow.isEmpty()
                        ? "" : "; " + campaignsBelow.size() + " do đơn vị trực thuộc phát động"),
                Map.of("campaigns", listed.apply(campaigns), "campaignsBelow", listed.apply(campaignsBelow)),
                entries(campaigns));
    }

    private Indicator covenants(Set<String> subtree, Period period, List<Integer> years, long position) {
        // signed each year (seed 001 III.2): those of the period's years, up to its end; every year of the period is
        // to have one
        List<Row> rows = audit.of("units", subtree, List.of("CovenantSigned"), position).stream()
                .filter(r -> {
                    LocalDate signedOn = LocalDate.parse(r.text("signedOn"));
                    return signedOn.getYear() >= period.from().getYear() && !signedOn.isAfter(period.to());
                }).toList();
        List<Map<String, Object>> list = rows.stream().map(r -> Map.<String, Object>of(
                "covenantId", r.text("covenantId"), "campaignId", r.text("campaignId"), "signedOn", r.text("signedOn"),
                "units", r.data().get("unitIds"))).toList();
        Set<Integer> signedIn = rows.stream().map(r -> LocalDate.parse(r.text("signedOn")).getYear())
                .collect(Collectors.toSet());
        List<Integer> without = years.stream().filter(year -> !signedIn.contains(year)).toList();
        // no year of the period begun by the dossier's moment: nothing owed yet, nothing to judge
        String status = years.isEmpty() && rows.isEmpty() ? NO_DATA
                : rows.isEmpty() ? NOT_MET : without.isEmpty() ? MET : PARTLY_MET;
        return new Indicator("COVENANT_SIGNED", "Ký giao ước thi đua", status,
                rows.size() + " giao ước ký trong các năm của kỳ"
                        + (without.isEmpty() || rows.isEmpty() ? "" : "; chưa có giao ước năm " + joined(without)),
                Map.of("covenants", list, "years", years, "yearsWithout", without), entries(rows));
    }

    /** The calendar years a period touches. */
    private static List<Integer> yearsOf(Period period) {
        List<Integer> years = new ArrayList<>();
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            years.add(year);
        }
        return years;
    }

    private static String joined(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * Each unit registers its targets at the start of each year (DOMAIN.md): the unit and each unit below it at the
     * period's end ({@code below}), for every year of the period begun by the dossier's moment ({@code years}) in
     * which a campaign or movement over it ran (there is nothing to register under otherwise) and it was not closed
     * before the period's part of that year began — all of them {@code MET}, some {@code PARTLY_MET}.
     */
    private Indicator registrations(Set<String> below, Map<String, UnitNode> units, List<Row> campaigns,
                                    FactsReader.UnitParents parents, Period period, List<Integer> years,
                                    long position) {
        Map<Row, Set<String>> scopes = new LinkedHashMap<>();
        for (Row campaign : campaigns) {
            scopes.put(campaign, parents.below(campaign.text("scopeUnitId"), period.to(), units.keySet()));
        }
        List<Row> rows = audit.of("units", below, List.of("EmulationRegistered"), position).stream()
                .filter(r -> {
                    int year = Integer.parseInt(r.text("year"));
                    return year >= period.from().getYear() && year <= period.to().getYear();
                }).toList();
        List<Map<String, Object>> list = rows.stream().map(r -> Map.<String, Object>of(
                "unitId", r.text("unitId"), "campaignId", r.text("campaignId"),
                "year", Integer.parseInt(r.text("year")),
                "targets", r.data().get("targets"))).toList();
        Set<String> registered = rows.stream().map(r -> r.text("unitId") + "/" + r.text("year"))
                .collect(Collectors.toSet());
        List<Map<String, Object>> missing = new ArrayList<>();
        int expected = 0;
        for (int year : years) {
            LocalDate begins = LocalDate.of(year, 1, 1).isBefore(period.from()) ? period.from() : LocalDate.of(year, 1, 1);
            for (String unit : below) {
                UnitNode node = units.get(unit);
                if (node == null || (node.closedOn() != null && node.closedOn().isBefore(begins))) {
                    continue;
                }
                int y = year;
                boolean underACampaign = scopes.entrySet().stream().anyMatch(scope -> scope.getValue().contains(unit)
                        && LocalDate.parse(scope.getKey().text("from")).getYear() <= y
                        && LocalDate.parse(scope.getKey().text("to")).getYear() >= y);
                if (!underACampaign) {
                    continue;
                }
                expected++;
                if (!registered.contains(unit + "/" + year)) {
                    missing.add(Map.of("unitId", unit, "year", year));
                }
            }
        }
        int done = expected - missing.size();
        String status = expected == 0 ? NO_DATA : missing.isEmpty() ? MET : done > 0 ? PARTLY_MET : NOT_MET;
        return new Indicator("EMULATION_REGISTERED", "Đăng ký thi đua", status,
                done + "/" + expected + " lượt đăng ký thi đua (đơn vị × năm của kỳ); " + rows.size() + " bản đăng ký",
                Map.of("registrations", list, "expected", expected, "registered", done, "missing", missing),
                entries(rows));
    }

    /**
     * Coverage per campaign (of kind CAMPAIGN, or any other its people pledged under): who worked in the unit at
     * the period's end within the campaign's scope (only they may sign its pledge), and whose pledge was in force
     * then.
     */
    private List<Indicator> pledges(List<Row> campaigns, Map<String, UnitNode> units, FactsReader.UnitParents parents,
                                    List<PersonOnDay> everyone, Period period, LocalDate recordDay,
                                    long position) {
        Set<String> personIds = everyone.stream().map(PersonOnDay::personId).collect(Collectors.toSet());
        List<Row> rows = audit.of("persons", personIds, List.of("PledgeSigned", "PledgeRenewed", "PledgeWithdrawn"),
                position);
        List<Indicator> indicators = new ArrayList<>();
        for (Row campaign : campaigns) {
            String campaignId = campaign.text("campaignId");
            // pledges are what a campaign asks of each person (seed 000: "Mỗi CB,CC,VC có bản cam kết"); a
            // movement is measured by them only where its people pledged under it
            if (!"CAMPAIGN".equals(campaign.text("kind"))
                    && rows.stream().noneMatch(r -> campaignId.equals(r.text("campaignId")))) {
                continue;
            }
            Set<String> scope = parents.below(campaign.text("scopeUnitId"), period.to(), units.keySet());
            List<PersonOnDay> people = everyone.stream().filter(p -> scope.contains(p.unitId())).toList();
            Map<String, String> pledgeOf = new LinkedHashMap<>();
            Set<String> withdrawn = new LinkedHashSet<>();
            List<Row> behind = new ArrayList<>();
            for (Row r : rows) {
                if (!campaignId.equals(r.text("campaignId"))) {
                    continue;
                }
                if (r.type().equals("PledgeSigned") && !LocalDate.parse(r.text("signedOn")).isAfter(period.to())) {
                    pledgeOf.put(r.text("pledgeId"), r.text("personId"));
                    behind.add(r);
                } else if (r.type().equals("PledgeWithdrawn")
                        && !LocalDate.parse(r.text("withdrawnOn")).isAfter(period.to())) {
                    withdrawn.add(r.text("pledgeId"));
                    behind.add(r);
                }
            }
            Set<String> covered = new LinkedHashSet<>();
            pledgeOf.forEach((pledge, person) -> {
                if (!withdrawn.contains(pledge)) {
                    covered.add(person);
                }
            });
            List<Map<String, Object>> missing = people.stream().filter(p -> !covered.contains(p.personId()))
                    .map(p -> Map.<String, Object>of("personId", p.personId(), "fullName", p.fullName(),
                            "unitId", p.unitId()))
                    .toList();
            int total = people.size();
            int signed = total - missing.size();
            BigDecimal percent = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(signed * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN)
                    .stripTrailingZeros();
            // nobody can have signed for a campaign the dossier's moment has not reached the start of
            LocalDate begins = LocalDate.parse(campaign.text("from"));
            boolean begun = !begins.isAfter(recordDay);
            String status = total == 0 || !begun ? NO_DATA : missing.isEmpty() ? MET : signed > 0 ? PARTLY_MET
                    : NOT_MET;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("campaignId", campaignId);
            details.put("title", campaign.text("title"));
            details.put("people", total);
            details.put("signed", signed);
            details.put("percent", percent);
            details.put("targetPercent", 100);
            details.put("missing", missing);
            indicators.add(new Indicator("PLEDGE_COVERAGE", "Tỷ lệ ký cam kết: " + campaign.text("title"), status,
                    signed + "/" + total + " người đã ký (" + written(percent) + "%, chỉ tiêu 100%)"
                            + (begun ? "" : "; cuộc vận động chưa bắt đầu (từ ngày "
                                    + begins.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")"),
                    details, entries(behind)));
        }
        return indicators;
    }

    /** The violations of the unit and the units below it, each where its unit stood on its day. */
    private Indicator violations(String unitId, Period period, long position) {
        FactsReader.UnitParents parents = facts.unitParents(position);
        Set<String> root = Set.of(unitId);
        List<ViolationSummary> list = facts.violations(parents.everBelow(root), period, position).stream()
                .filter(v -> parents.nearest("UNIT".equals(v.subjectKind()) ? v.subjectId() : v.unitId(),
                        v.occurredOn(), root) != null)
                .toList();
        // the discipline the period dealt out for violations that came before it belongs to its record too
        List<ViolationSummary> earlier = facts.sanctionedInPeriod(parents.everBelow(root), period, position).stream()
                .filter(v -> parents.nearest("UNIT".equals(v.subjectKind()) ? v.subjectId() : v.unitId(),
                        v.occurredOn(), root) != null)
                .toList();
        Map<String, Long> byRule = new TreeMap<>(list.stream()
                .collect(Collectors.groupingBy(ViolationSummary::ruleCode, Collectors.counting())));
        Map<String, Long> byStatus = new TreeMap<>(list.stream()
                .collect(Collectors.groupingBy(ViolationSummary::status, Collectors.counting())));
        Map<String, Long> bySanction = new TreeMap<>(list.stream().filter(v -> v.sanction() != null)
                .collect(Collectors.groupingBy(ViolationSummary::sanction, Collectors.counting())));
        long confirmed = byStatus.getOrDefault("CONFIRMED", 0L);
        List<Row> rows = audit.of("violations", java.util.stream.Stream.concat(list.stream(),
                        earlier.stream()).map(ViolationSummary::violationId).toList(), List.of("ViolationRecorded",
                        "ViolationAmended", "ViolationConfirmed", "ViolationDismissed", "ViolationRetracted",
                        "SanctionImposed", "SanctionAnnulled"), position);
        Evidence evidence = evidence(rows, java.util.stream.Stream.concat(list.stream(), earlier.stream()), position);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("byRule", byRule);
        details.put("byStatus", byStatus);
        details.put("bySanction", bySanction);
        details.put("violations", list.stream().map(evidence::row).toList());
        details.put("sanctionedEarlierViolations", earlier.stream().map(evidence::row).toList());
        List<Entry> behind = entries(rows);
        return new Indicator("VIOLATIONS", "Vi phạm theo quy tắc, tình trạng và hình thức xử lý",
                confirmed == 0 ? MET : NOT_MET,
                list.size() + " vi phạm được ghi nhận, " + confirmed + " đã xác nhận" + (earlier.isEmpty() ? ""
                        : "; " + earlier.size() + " vi phạm trước kỳ bị xử lý kỷ luật trong kỳ"), details, behind);
    }

    /**
     * What an inspector reads beside a violation's codes, from its own events as of the dossier's moment: who the
     * person is, where the report came from and what it says (as last amended), and the numbers of the decisions.
     */
    private record Evidence(Map<String, String> names, Map<String, Row> recorded, Map<String, String> descriptions,
                            Map<Long, String> decisionNumbers) {

        Map<String, Object> row(ViolationSummary v) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("violationId", v.violationId());
            row.put("subjectKind", v.subjectKind());
            row.put("subjectId", v.subjectId());
            row.put("fullName", "PERSON".equals(v.subjectKind()) ? names.get(v.subjectId()) : null);
            row.put("unitId", v.unitId());
            row.put("ruleCode", v.ruleCode());
            row.put("occurredOn", day(v.occurredOn()));
            Row first = recorded.get(v.violationId());
            row.put("source", first == null ? null : first.text("source"));
            row.put("description", descriptions.get(v.violationId()));
            row.put("status", v.status());
            row.put("sanction", v.sanction());
            row.put("sanctionDecidedOn", day(v.sanctionDecidedOn()));
            row.put("decisionNo", v.sanctionPosition() == null ? null : decisionNumbers.get(v.sanctionPosition()));
            row.put("annulledSanction", v.annulledSanction());
            row.put("annulledSanctionDecidedOn", day(v.annulledSanctionDecidedOn()));
            row.put("annulledDecisionNo", v.annulledSanctionPosition() == null ? null
                    : decisionNumbers.get(v.annulledSanctionPosition()));
            row.put("positions", v.positions());
            return row;
        }
    }

    /** A day as the rest of the details write it (ISO), absent as null. */
    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private Evidence evidence(List<Row> rows, java.util.stream.Stream<ViolationSummary> violations, long position) {
        Map<String, Row> recorded = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        Map<Long, String> decisionNumbers = new HashMap<>();
        for (Row r : rows) {
            switch (r.type()) {
                case "ViolationRecorded" -> {
                    recorded.put(r.text("violationId"), r);
                    descriptions.put(r.text("violationId"), r.text("description"));
                }
                case "ViolationAmended" -> descriptions.put(r.text("violationId"), r.text("description"));
                case "SanctionImposed" -> decisionNumbers.put(r.position(), r.text("decisionNo"));
                default -> {
                }
            }
        }
        Set<String> people = violations.filter(v -> "PERSON".equals(v.subjectKind()))
                .map(ViolationSummary::subjectId).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (!people.isEmpty()) {
            facts.people(people, position).forEach((id, person) -> names.put(id, person[0]));
        }
        return new Evidence(names, recorded, descriptions, decisionNumbers);
    }

    /**
     * Whether maternity leaves cover every day of {@code month} between them (a month partly worked is still
     * evaluated): a leave extended is a second one from the day after the first, as leaves never overlap.
     */
    static boolean onMaternityLeaveThroughout(List<FactsReader.Leave> leaves, Period month) {
        if (leaves == null) {
            return false;
        }
        LocalDate uncovered = month.from();
        for (FactsReader.Leave leave : leaves.stream().filter(l -> l.kind().equals(LeaveKind.MATERNITY.name()))
                .sorted(java.util.Comparator.comparing(FactsReader.Leave::from)).toList()) {
            if (leave.from().isAfter(uncovered)) {
                break;
            }
            if (!leave.to().isBefore(uncovered)) {
                uncovered = leave.to().plusDays(1);
            }
            if (uncovered.isAfter(month.to())) {
                return true;
            }
        }
        return false;
    }

    /** A person's month as a dossier lists it: the month, who, and the unit they worked in. */
    private static Map<String, Object> personMonth(YearMonth month, PersonOnDay person) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("month", month.toString());
        row.put("personId", person.personId());
        row.put("fullName", person.fullName());
        row.put("unitId", person.unitId());
        return row;
    }

    /** The most people-months a dossier names as not evaluated; the count beside them tells the rest. */
    private static final int MAX_LISTED = 2_000;

    /**
     * Completeness against the people of each month ended by the dossier's moment, who of them has no evaluation,
     * and the level distribution of the months.
     */
    private Indicator evaluations(String unitId, Set<String> units, FactsReader.UnitParents parents, Period period,
                                  long position) {
        long expected = 0;
        long recorded = 0;
        Map<String, Long> levels = new TreeMap<>();
        Map<String, String> levelLabels = new TreeMap<>();
        // the evaluations counted, each a person's month: cited by their own trails, so that a month a late transfer
        // moved here is cited here, where it counts
        Set<String> counted = new LinkedHashSet<>();
        List<Map<String, Object>> notEvaluated = new ArrayList<>();
        long notEvaluatedCount = 0;
        // a month wholly on maternity leave owes no evaluation (there is no work of it to judge); told apart
        List<Map<String, Object>> onLeave = new ArrayList<>();
        long onLeaveCount = 0;
        Map<String, List<FactsReader.Leave>> leaves = new HashMap<>();
        // a month not ended by the dossier's moment owes nothing yet (it is evaluated once it is over): only the
        // evaluations already recorded for it count, and a month not begun has none
        LocalDate now = facts.dayOf(position);
        for (YearMonth month : period.months()) {
            Period whole = Period.month(month);
            if (!period.encloses(whole) || whole.from().isAfter(now)) {
                continue;
            }
            boolean ended = whole.to().isBefore(now);
            // the units below it at the month's end, as the tree stood then
            Set<String> subtree = parents.below(unitId, whole.to(), units);
            // the people of the month's end still in service when it began (a month begun after a dismissal owes no
            // evaluation), and anyone evaluated for it however that came about: never more recorded than expected
            List<PersonOnDay> staff = ended ? facts.peopleIn(subtree, whole.to(), whole.from(), position) : List.of();
            List<String> unread = staff.stream().map(PersonOnDay::personId).filter(id -> !leaves.containsKey(id))
                    .toList();
            if (!unread.isEmpty()) {
                unread.forEach(id -> leaves.put(id, new ArrayList<>()));
                facts.leaves(unread, position).forEach(leave -> leaves.get(leave.personId()).add(leave));
            }
            Set<String> owed = staff.stream().map(PersonOnDay::personId)
                    .filter(id -> !onMaternityLeaveThroughout(leaves.get(id), whole))
                    .collect(Collectors.toCollection(HashSet::new));
            Set<String> evaluated = new HashSet<>();
            // the month's evaluations of the whole subtree read once, each in the unit it counts in
            Map<String, List<FactsReader.PersonEvaluation>> byUnit = facts.personEvaluations(subtree, whole, position)
                    .stream().collect(Collectors.groupingBy(FactsReader.PersonEvaluation::unitId, TreeMap::new,
                            Collectors.toList()));
            for (Map.Entry<String, List<FactsReader.PersonEvaluation>> unit : byUnit.entrySet()) {
                // each person under the criteria set their evaluation was recorded under
                List<ClassificationService.Classified> rows = classifications.monthAsRecorded(unit.getKey(), month,
                        unit.getValue(), position);
                recorded += rows.size();
                rows.forEach(c -> owed.add(c.classification().personId()));
                rows.forEach(c -> evaluated.add(c.classification().personId()));
                rows.forEach(c -> levels.merge(c.classification().level(), 1L, Long::sum));
                // a level's name in the set it was leveled under ("B": "Hoàn thành tốt nhiệm vụ"); the first one met
                rows.forEach(c -> c.set().bands().stream()
                        .filter(b -> b.level().equals(c.classification().level()) && b.label() != null)
                        .findFirst().ifPresent(b -> levelLabels.putIfAbsent(b.level(), b.label())));
                rows.forEach(c -> counted.add(vn.thidua.ledger.api.evaluation.PersonEvaluationId.of(
                        new vn.thidua.ledger.api.person.PersonId(c.classification().personId()), whole).value()));
            }
            expected += owed.size();
            for (PersonOnDay person : staff) {
                if (!evaluated.contains(person.personId()) && !owed.contains(person.personId())) {
                    onLeaveCount++;
                    if (onLeave.size() < MAX_LISTED) {
                        onLeave.add(personMonth(month, person));
                    }
                } else if (!evaluated.contains(person.personId())) {
                    notEvaluatedCount++;
                    if (notEvaluated.size() < MAX_LISTED) {
                        notEvaluated.add(personMonth(month, person));
                    }
                }
            }
        }
        BigDecimal percent = expected == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(recorded * 100)
                .divide(BigDecimal.valueOf(expected), 2, RoundingMode.DOWN).stripTrailingZeros();
        String status = expected == 0 ? NO_DATA : recorded >= expected ? MET : recorded > 0 ? PARTLY_MET : NOT_MET;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("expected", expected);
        details.put("recorded", recorded);
        details.put("percent", percent);
        details.put("levels", levels);
        details.put("levelLabels", levelLabels);
        // who was owed a month and has none: an inspector asks for names, not a count
        details.put("notEvaluatedCount", notEvaluatedCount);
        details.put("notEvaluated", notEvaluated);
        details.put("onMaternityLeaveCount", onLeaveCount);
        details.put("onMaternityLeave", onLeave);
        List<Row> behind = new ArrayList<>(audit.citedWithin("evaluations", counted,
                List.of("PersonEvaluated", "PersonEvaluationCorrected"), period, position));
        // the leaves that excused a month are behind the count too
        Set<String> excused = onLeave.stream().map(away -> (String) away.get("personId")).collect(Collectors.toSet());
        audit.of("persons", excused, List.of("LeaveRecorded"), position).stream()
                .filter(r -> !LocalDate.parse(r.text("from")).isAfter(period.to())
                        && !LocalDate.parse(r.text("to")).isBefore(period.from()))
                .forEach(behind::add);
        behind.sort(java.util.Comparator.comparingLong(Row::position));
        return new Indicator("EVALUATIONS", "Đánh giá, xếp loại hằng tháng: mức đầy đủ và phân bố mức", status,
                recorded + "/" + expected + " lượt đánh giá tháng (" + written(percent) + "%)", details,
                entries(behind));
    }

    /**
     * The period a satisfaction rate is compared with: the same period a year earlier, or, for a period longer than a
     * year, which would overlap that one and count its own surveys on both sides, the one of the same length just
     * before it.
     */
    static java.util.Optional<Period> comparedWith(Period period) {
        java.util.Optional<Period> yearBefore = period.yearBefore();
        return yearBefore.isPresent() && yearBefore.get().overlaps(period) ? period.previous() : yearBefore;
    }

    /**
     * The period's satisfaction rate against the seeds' target, a rate rising every year (seed 001 §2.1: "phấn đấu
     * hàng năm tăng tỉ lệ hài lòng"): compared with the same period a year earlier — higher (or 100% again) is met,
     * the same rate partly met, lower not met; without surveys a year earlier there is nothing to measure the rise
     * by, and without surveys in the period nothing at all.
     */
    private Indicator satisfaction(String unitId, FactsReader.UnitParents parents, Period period, long position) {
        // each survey of a unit below it as the tree stood at the end of the survey's own period, as the ranking
        // pools them: a division moved away later still counts where it was surveyed, one moved in only from then
        Set<String> everBelow = parents.everBelow(Set.of(unitId));
        java.util.function.BiPredicate<String, LocalDate> surveyedBelow = (unit, periodEnd) ->
                unitId.equals(parents.nearest(unit, periodEnd, Set.of(unitId)));
        List<SurveyFact> surveys = facts.surveys(everBelow, period, position).stream()
                .filter(survey -> surveyedBelow.test(survey.unitId(), survey.period().to())).toList();
        long respondents = surveys.stream().mapToLong(SurveyFact::respondents).sum();
        long satisfied = surveys.stream().mapToLong(SurveyFact::satisfied).sum();
        BigDecimal rate = rate(satisfied, respondents);
        // the year 0001 has no year before it to compare with
        Period yearBefore = comparedWith(period).orElse(null);
        String before = yearBefore != null && !yearBefore.equals(period.yearBefore().orElse(null))
                ? "kỳ liền trước cùng độ dài" : "cùng kỳ năm trước";
        List<SurveyFact> earlier = yearBefore == null ? List.of() : facts.surveys(everBelow, yearBefore, position)
                .stream().filter(survey -> surveyedBelow.test(survey.unitId(), survey.period().to())).toList();
        long earlierRespondents = earlier.stream().mapToLong(SurveyFact::respondents).sum();
        long earlierSatisfied = earlier.stream().mapToLong(SurveyFact::satisfied).sum();
        BigDecimal earlierRate = rate(earlierSatisfied, earlierRespondents);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("surveys", surveys.size());
        details.put("respondents", respondents);
        details.put("satisfied", satisfied);
        if (rate != null) {
            details.put("percent", rate);
        }
        details.put("target", "RISING");
        details.put("previousPeriod", yearBefore == null ? null : yearBefore.label());
        details.put("previousRespondents", earlierRespondents);
        details.put("previousSatisfied", earlierSatisfied);
        if (earlierRate != null) {
            details.put("previousPercent", earlierRate);
        }
        String status;
        String summary;
        if (rate == null) {
            status = NO_DATA;
            summary = "Chưa có khảo sát trong kỳ";
        } else {
            summary = written(rate) + "% hài lòng (" + satisfied + "/" + respondents + ")";
            if (earlierRate == null) {
                status = NO_DATA;
                summary += "; chưa có khảo sát " + before + (yearBefore == null ? ""
                        : " (" + yearBefore.label() + ")") + " để so sánh với chỉ tiêu tăng hằng năm";
            } else {
                // the exact rates compared, not the rounded percentages
                int compared = java.math.BigInteger.valueOf(satisfied).multiply(
                                java.math.BigInteger.valueOf(earlierRespondents))
                        .compareTo(java.math.BigInteger.valueOf(earlierSatisfied).multiply(
                                java.math.BigInteger.valueOf(respondents)));
                boolean full = satisfied == respondents;
                status = compared > 0 || full ? MET : compared == 0 ? PARTLY_MET : NOT_MET;
                summary += "; " + before + " (" + yearBefore.label() + ") " + written(earlierRate) + "% ("
                        + earlierSatisfied + "/" + earlierRespondents + "): "
                        + (compared > 0 ? "tăng" : compared == 0 ? (full ? "giữ mức tối đa" : "không tăng") : "giảm");
            }
        }
        // the surveys of both periods are behind the verdict, each cited where it was counted
        List<Row> behind = new ArrayList<>();
        for (Period cited : java.util.stream.Stream.of(yearBefore, period).filter(java.util.Objects::nonNull).toList()) {
            audit.within("units", everBelow, List.of("SurveyRecorded", "SurveyCorrected"), cited, position).stream()
                    .filter(r -> surveyedBelow.test(r.text("unitId"), Period.parse(r.text("period")).to()))
                    .forEach(behind::add);
        }
        return new Indicator("SATISFACTION", "Sự hài lòng của người dân, doanh nghiệp",
                status, summary, details, entries(behind.stream().distinct()
                        .sorted(java.util.Comparator.comparingLong(Row::position)).toList()));
    }

    /** satisfied / respondents as a percentage cut (never rounded up) to 2 places, or null without respondents. */
    private static BigDecimal rate(long satisfied, long respondents) {
        return respondents == 0 ? null : BigDecimal.valueOf(satisfied * 100)
                .divide(BigDecimal.valueOf(respondents), 2, RoundingMode.DOWN).stripTrailingZeros();
    }

    /**
     * The reports due in the period: on time, late, overdue, or still pending; one whose deadline the dossier's
     * moment has not reached yet is listed pending but not counted, as it can still come in time.
     */
    private Indicator reports(Set<String> subtree, Period period, LocalDate recordDay, long position) {
        List<Row> rows = audit.of("units", subtree, List.of("ReportRequired", "ReportSubmitted", "ReportOverdue",
                "ReportRequirementCancelled"), position);
        // a requirement cancelled is owed no more: neither on time nor late
        Set<String> cancelled = rows.stream().filter(r -> r.type().equals("ReportRequirementCancelled"))
                .map(r -> r.text("reportId")).collect(Collectors.toSet());
        rows = rows.stream().filter(r -> !cancelled.contains(r.text("reportId"))).toList();
        Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
        Map<String, List<Row>> behind = new LinkedHashMap<>();
        for (Row r : rows) {
            LocalDate due = LocalDate.parse(r.text("dueBefore"));
            if (due.isBefore(period.from()) || due.isAfter(period.to().plusDays(1))) {
                continue;
            }
            String id = r.text("reportId");
            Map<String, Object> report = reports.computeIfAbsent(id, k -> new LinkedHashMap<>(Map.of(
                    "reportId", id, "unitId", r.text("unitId"), "kind", r.text("kind"),
                    "year", Integer.parseInt(r.text("year")),
                    "dueBefore", r.text("dueBefore"), "status", "PENDING")));
            behind.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
            if (r.type().equals("ReportSubmitted")) {
                report.put("submittedOn", r.text("submittedOn"));
                report.put("status", r.data().get("onTime").asBoolean() ? "ON_TIME" : "LATE");
            } else if (r.type().equals("ReportOverdue") && "PENDING".equals(report.get("status"))) {
                report.put("status", "OVERDUE");
            }
        }
        long onTime = reports.values().stream().filter(r -> "ON_TIME".equals(r.get("status"))).count();
        long notYetDue = reports.values().stream().filter(r -> "PENDING".equals(r.get("status"))
                && recordDay.isBefore(LocalDate.parse((String) r.get("dueBefore")))).count();
        long due = reports.size() - notYetDue;
        String status = due == 0 ? NO_DATA : onTime == due ? MET : onTime > 0 ? PARTLY_MET : NOT_MET;
        return new Indicator("REPORTS_ON_TIME", "Báo cáo đúng hạn", status,
                onTime + "/" + due + " báo cáo đến hạn trong kỳ được nộp đúng hạn"
                        + (notYetDue == 0 ? "" : "; " + notYetDue + " báo cáo chưa đến hạn"),
                Map.of("reports", List.copyOf(reports.values())),
                entries(behind.values().stream().flatMap(List::stream).toList()));
    }

    /**
     * The inspections of the unit up to the period's end (those of periods begun by then), their findings and
     * conclusions; found as the worst of the findings in force (the latest of each inspection and item: a finding
     * recorded again for an item replaces the one before), met when inspections closed without any finding, and no
     * data while the only inspections are under way with nothing found yet.
     */
    private Indicator inspections(List<Row> inspectionRows, Period period) {
        // begun by the period's end: by the day it began when told, else by the period it inspected
        Set<String> begun = inspectionRows.stream().filter(r -> r.type().equals("InspectionOpened"))
                .filter(r -> r.text("openedOn") != null ? !LocalDate.parse(r.text("openedOn")).isAfter(period.to())
                        : !Period.parse(r.text("period")).from().isAfter(period.to()))
                .map(r -> r.text("inspectionId")).collect(Collectors.toSet());
        List<Row> rows = inspectionRows.stream().filter(r -> begun.contains(r.text("inspectionId"))).toList();
        Map<String, Map<String, Object>> inspections = new LinkedHashMap<>();
        Map<String, Map<String, Object>> latestFindings = new LinkedHashMap<>();
        for (Row r : rows) {
            String id = r.text("inspectionId");
            Map<String, Object> inspection = inspections.computeIfAbsent(id, k -> new LinkedHashMap<>(Map.of(
                    "inspectionId", id, "targetUnitId", r.text("targetUnitId"), "period", r.text("period"),
                    "findings", new ArrayList<Map<String, Object>>(), "closed", false)));
            if (r.type().equals("InspectionOpened")) {
                inspection.put("team", r.data().get("team"));
                if (r.text("kind") != null) {
                    inspection.put("kind", r.text("kind"));
                }
                if (r.text("openedOn") != null) {
                    inspection.put("openedOn", r.text("openedOn"));
                }
            } else if (r.type().equals("InspectionFindingRecorded")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> findings = (List<Map<String, Object>>) inspection.get("findings");
                Map<String, Object> finding = new LinkedHashMap<>();
                finding.put("item", r.text("item"));
                finding.put("result", r.text("result"));
                finding.put("note", r.text("note"));
                findings.add(finding);
                Map<String, Object> replaced = latestFindings.put(id + "/" + r.text("item"), finding);
                if (replaced != null) {
                    replaced.put("replaced", true);
                }
            } else {
                inspection.put("closed", true);
                inspection.put("conclusion", r.text("conclusion"));
            }
        }
        String worst = null;
        for (Map<String, Object> finding : latestFindings.values()) {
            worst = worse(worst, (String) finding.get("result"));
        }
        boolean anyClosed = inspections.values().stream().anyMatch(i -> Boolean.TRUE.equals(i.get("closed")));
        String status = worst != null ? worst : anyClosed ? MET : NO_DATA;
        return new Indicator("PRIOR_INSPECTIONS", "Các đợt kiểm tra và kết quả", status,
                inspections.size() + " đợt kiểm tra đến hết kỳ", Map.of("inspections", List.copyOf(inspections.values())),
                entries(rows));
    }

    private static String worse(String a, String b) {
        List<String> order = List.of(MET, PARTLY_MET, NOT_MET);
        if (a == null) {
            return order.contains(b) ? b : null;
        }
        return order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    /**
     * The seed's checklist items no other indicator derives from the record (content implemented, self-inspection,
     * grassroots democracy, duties): what the inspections found on each ({@link Findings}).
     */
    private static List<Indicator> checklistFindings(Findings findings, Period period, Indicator selfInspection) {
        InspectionChecklist checklist = InspectionChecklist.inForceOn(period.to());
        List<Indicator> indicators = new ArrayList<>();
        for (String code : FOUND_BY_INSPECTION) {
            String label = checklist.item(code).map(InspectionChecklist.Item::label).orElse(code);
            Indicator byRecord = code.equals("SELF_INSPECTION_DONE") && selfInspection != null
                    ? new Indicator(code, label, selfInspection.status(), selfInspection.summary(),
                    selfInspection.details(), selfInspection.entries())
                    : new Indicator(code, label, NO_DATA, "Chưa có kết quả kiểm tra nội dung này trong kỳ", null,
                    List.of());
            indicators.add(findings.judge(byRecord, code));
        }
        return indicators;
    }

    /** The unit's own inspections (kind SELF) of periods overlapping this one, as the record tells them; or null. */
    private static Indicator selfInspections(String unitId, List<Row> rows, Period period) {
        List<Row> own = rows.stream().filter(r -> r.type().equals("InspectionOpened"))
                .filter(r -> "SELF".equals(r.text("kind")) && unitId.equals(r.text("targetUnitId")))
                .filter(r -> Period.parse(r.text("period")).overlaps(period))
                // begun by the period's end, as prior inspections are
                .filter(r -> r.text("openedOn") == null || !LocalDate.parse(r.text("openedOn")).isAfter(period.to()))
                .toList();
        if (own.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> list = own.stream().map(r -> {
            Map<String, Object> inspection = new LinkedHashMap<>();
            inspection.put("inspectionId", r.text("inspectionId"));
            inspection.put("period", r.text("period"));
            if (r.text("openedOn") != null) {
                inspection.put("openedOn", r.text("openedOn"));
            }
            return inspection;
        }).toList();
        return new Indicator("SELF_INSPECTION_DONE", "", MET, own.size() + " đợt tự kiểm tra của đơn vị trong kỳ",
                Map.of("selfInspections", list), entries(own));
    }

    /**
     * What inspections of periods overlapping the dossier's found on each checklist item: a unit inspected in the
     * period speaks for itself (its latest finding on the item, none if its inspections did not look at it); one
     * not inspected is spoken for by its divisions, each the same way, rolled up (all met: met; none: not met;
     * otherwise partly met), each finding naming the unit it was about. An inspection team's finding
     * is the verdict on its item over what the record alone suggests (kept in the details as {@code byRecord}),
     * unless the record holds evidence recorded after it.
     */
    private static final class Findings {

        private final String unitId;
        private final Map<String, List<String>> children = new LinkedHashMap<>();
        private final Map<String, Row> opened = new LinkedHashMap<>();
        private final List<Row> recorded;
        private final LocalDate periodEnd;
        /** The units not closed before the period began: each of them is to inspect itself in it. */
        private final Set<String> openInPeriod = new java.util.HashSet<>();

        /**
         * A verdict on an item: its result, the findings it rests on, and the divisions that, beside others that
         * inspected themselves, did not (a self-inspection's roll-up: they count as not met without any entry).
         */
        private record Verdict(String result, List<Row> findings, List<String> notSelfInspected) {

            Verdict(String result, List<Row> findings) {
                this(result, findings, List.of());
            }
        }

        Findings(String unitId, Map<String, UnitNode> units, FactsReader.UnitParents parents, List<Row> rows,
                 Period period) {
            this.unitId = unitId;
            this.periodEnd = period.to();
            units.values().stream().filter(u -> u.closedOn() == null || !u.closedOn().isBefore(period.from()))
                    .forEach(u -> openInPeriod.add(u.unitId()));
            // the divisions that speak for a unit are those below it as the tree stood at the period's end
            units.values().forEach(u -> {
                String parent = parents.parentOn(u.unitId(), period.to());
                if (parent != null) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(u.unitId());
                }
            });
            rows.stream().filter(r -> r.type().equals("InspectionOpened"))
                    .filter(r -> Period.parse(r.text("period")).overlaps(period))
                    .forEach(r -> opened.put(r.text("inspectionId"), r));
            this.recorded = rows.stream().filter(r -> r.type().equals("InspectionFindingRecorded"))
                    .filter(r -> opened.containsKey(r.text("inspectionId"))).toList();
        }

        /** The unit's latest self-inspection (kind SELF) of a period overlapping the dossier's, begun by its end. */
        private Row selfInspectionOf(String unit) {
            Row latest = null;
            for (Row inspection : opened.values()) {
                if ("SELF".equals(inspection.text("kind")) && unit.equals(inspection.text("targetUnitId"))
                        && (inspection.text("openedOn") == null
                        || !LocalDate.parse(inspection.text("openedOn")).isAfter(periodEnd))) {
                    latest = inspection;
                }
            }
            return latest;
        }

        private String targetOf(Row finding) {
            return opened.get(finding.text("inspectionId")).text("targetUnitId");
        }

        /**
         * A unit's own inspections speak for it on the items they looked at: its latest finding on the item. On an
         * item they did not look at (or before they found anything), its divisions speak, each the same way, rolled
         * up: an inspection opened over a unit does not silence what its divisions were found.
         */
        private Verdict verdict(String unit, String item, Set<String> seen) {
            if (!seen.add(unit)) {
                return null;
            }
            Row latest = null;
            for (Row finding : recorded) {
                if (item.equals(finding.text("item")) && unit.equals(targetOf(finding))) {
                    latest = finding;
                }
            }
            if (latest != null) {
                return new Verdict(latest.text("result"), List.of(latest));
            }
            if (item.equals("SELF_INSPECTION_DONE") && !unit.equals(unitId)) {
                // a division no team looked at on this item speaks by its record: a self-inspection of its own
                Row own = selfInspectionOf(unit);
                if (own != null) {
                    return new Verdict(MET, List.of(own));
                }
            }
            List<Verdict> below = new ArrayList<>();
            List<String> silent = new ArrayList<>();
            for (String child : children.getOrDefault(unit, List.of())) {
                Verdict verdict = verdict(child, item, seen);
                if (verdict != null) {
                    below.add(verdict);
                } else if (openInPeriod.contains(child)) {
                    silent.add(child);
                }
            }
            if (below.isEmpty()) {
                return null;
            }
            if (!silent.isEmpty() && item.equals("SELF_INSPECTION_DONE")) {
                // every unit is to inspect itself: beside divisions that did, one with neither a self-inspection nor
                // a finding did not
                below.add(new Verdict(NOT_MET, List.of(), silent));
            }
            Set<String> results = below.stream().map(Verdict::result).collect(Collectors.toSet());
            return new Verdict(results.size() == 1 ? results.iterator().next() : PARTLY_MET,
                    below.stream().flatMap(v -> v.findings().stream()).toList(),
                    below.stream().flatMap(v -> v.notSelfInspected().stream()).toList());
        }

        Indicator judge(Indicator byRecord, String item) {
            Verdict verdict = verdict(unitId, item, new java.util.HashSet<>());
            if (verdict == null) {
                return byRecord;
            }
            List<Row> verdicts = verdict.findings();
            List<Row> behind = verdicts; // exactly the findings the verdict rests on, no other
            String found = verdict.result();
            // the later word stands: a covenant recorded after the team found none answers its finding
            long foundAt = verdicts.stream().mapToLong(Row::position).max().orElse(0);
            long recordedAt = byRecord.entries().stream().mapToLong(Entry::position).max().orElse(-1);
            boolean recordLater = byRecord.details() != null && recordedAt > foundAt;
            String status = recordLater ? byRecord.status() : found;
            Map<String, Object> details = new LinkedHashMap<>();
            if (byRecord.details() != null) {
                details.putAll(byRecord.details());
            }
            if (byRecord.details() != null) {
                details.put("byRecord", byRecord.status());
            }
            details.put("findings", behind.stream().map(r -> {
                Map<String, Object> finding = new LinkedHashMap<>();
                finding.put("inspectionId", r.text("inspectionId"));
                finding.put("targetUnitId", targetOf(r));
                finding.put("period", opened.get(r.text("inspectionId")).text("period"));
                // a division's own self-inspection, on record, is what speaks for it
                boolean selfInspection = r.type().equals("InspectionOpened");
                finding.put("result", selfInspection ? MET : r.text("result"));
                finding.put("note", selfInspection ? "Đơn vị đã tự kiểm tra (theo sổ)" : r.text("note"));
                return finding;
            }).toList());
            String source = verdicts.size() == 1
                    ? "đợt kiểm tra " + verdicts.get(0).text("inspectionId") + " (đơn vị "
                            + targetOf(verdicts.get(0)) + ", kỳ "
                            + opened.get(verdicts.get(0).text("inspectionId")).text("period") + ")"
                    : "kết quả kiểm tra gần nhất của " + verdicts.size() + " đơn vị trực thuộc ("
                            + verdicts.stream().map(this::targetOf).collect(Collectors.joining(", ")) + ")";
            String summary = byRecord.details() == null ? "Theo " + source
                    : recordLater ? byRecord.summary() + "; sổ ghi nhận sau " + source
                    : "Theo " + source + "; theo sổ: " + byRecord.summary();
            if (!verdict.notSelfInspected().isEmpty()) {
                // what made the roll-up short has no entry of its own: named here
                details.put("notSelfInspected", verdict.notSelfInspected());
                summary += "; đơn vị trực thuộc chưa tự kiểm tra: " + String.join(", ", verdict.notSelfInspected());
            }
            List<Entry> entries = new ArrayList<>(byRecord.entries());
            entries.addAll(entries(behind));
            entries.sort(java.util.Comparator.comparingLong(Entry::position));
            return new Indicator(byRecord.code(), byRecord.label(), status, summary, details, entries);
        }
    }

    /**
     * The mid-term and final reviews the applicable campaigns planned for a day in the period, by the moment the
     * dossier describes (the day its position was recorded), against those held: each due one counts when a review
     * of its kind was held for its campaign, late or not. None due: told by the reviews held in it, or no data.
     */
    private Indicator reviews(List<Row> campaigns, Period period, long position) {
        Set<String> campaignIds = campaigns.stream().map(r -> r.text("campaignId")).collect(Collectors.toSet());
        // a review planned in the period and held after it (a late tổng kết) was still held: as of the position
        List<Row> held = audit.of("campaigns", campaignIds, List.of("ReviewHeld"), position);
        LocalDate now = facts.dayOf(position);
        List<Map<String, Object>> due = new ArrayList<>();
        for (Row campaign : campaigns) {
            for (String[] plan : new String[][] {{"MID_TERM", "midTermReview"}, {"FINAL", "finalReview"}}) {
                String planned = campaign.text(plan[1]);
                if (planned == null || !period.contains(LocalDate.parse(planned))
                        || !LocalDate.parse(planned).isBefore(now)) {
                    continue;
                }
                Map<String, Object> review = new LinkedHashMap<>();
                review.put("campaignId", campaign.text("campaignId"));
                review.put("kind", plan[0]);
                review.put("plannedOn", planned);
                held.stream().filter(r -> r.text("campaignId").equals(campaign.text("campaignId"))
                                && r.text("kind").equals(plan[0])).findFirst()
                        .ifPresent(r -> review.put("heldOn", r.text("heldOn")));
                due.add(review);
            }
        }
        List<Row> inPeriod = held.stream().filter(r -> period.contains(LocalDate.parse(r.text("heldOn")))).toList();
        List<Map<String, Object>> list = inPeriod.stream()
                .map(r -> fields(r, "campaignId", "kind", "heldOn", "chainHead")).toList();
        long done = due.stream().filter(r -> r.containsKey("heldOn")).count();
        String status = due.isEmpty() ? (inPeriod.isEmpty() ? NO_DATA : MET)
                : done == due.size() ? MET : done > 0 ? PARTLY_MET : NOT_MET;
        String summary = due.isEmpty()
                ? inPeriod.size() + " cuộc sơ kết, tổng kết trong kỳ; không có cuộc nào theo kế hoạch đến hạn"
                : done + "/" + due.size() + " cuộc sơ kết, tổng kết theo kế hoạch đến hạn trong kỳ đã tổ chức";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("due", due);
        details.put("reviews", list);
        return new Indicator("REVIEWS_HELD", "Sơ kết, tổng kết", status, summary, details, entries(inPeriod));
    }

    private Indicator commendations(Set<String> subtree, List<PersonOnDay> people, Period period, long position) {
        Set<String> recipients = new LinkedHashSet<>(subtree);
        people.forEach(p -> recipients.add(p.personId()));
        List<Row> rows = new ArrayList<>(audit.of("units", subtree,
                List.of("CommendationApproved", "CommendationRevoked", "CommendationReinstated"), position));
        rows.addAll(audit.of("persons", people.stream().map(PersonOnDay::personId).toList(),
                List.of("CommendationApproved", "CommendationRevoked", "CommendationReinstated"), position));
        List<Row> all = rows.stream().filter(r -> recipients.contains(r.text("recipientId")))
                .sorted(java.util.Comparator.comparingLong(Row::position)).distinct().toList();
        rows = all.stream()
                // what rewards this period (or a part of it), or was decided in it: not a year's title in its March
                .filter(r -> period.encloses(Period.parse(r.text("period"))) || (r.text("decidedOn") != null
                        && period.contains(LocalDate.parse(r.text("decidedOn"))))).toList();
        List<Map<String, Object>> list = rows.stream().map(r -> {
            Map<String, Object> decision = fields(r, "commendationId", "title", "recipientId", "period");
            decision.put("event", r.type());
            for (String field : List.of("decisionNo", "decidedOn", "reason")) {
                if (r.text(field) != null) {
                    decision.put(field, r.text(field));
                }
            }
            return decision;
        }).toList();
        // met while a title or certificate listed stands by its last decision of all, listed here or not (a
        // revocation names no day of its own); all revoked: none does
        Set<String> listed = rows.stream().map(r -> r.text("commendationId")).collect(Collectors.toSet());
        Map<String, String> last = new LinkedHashMap<>();
        all.stream().filter(r -> listed.contains(r.text("commendationId")))
                .forEach(r -> last.put(r.text("commendationId"), r.type()));
        boolean granted = last.values().stream().anyMatch(type -> !type.equals("CommendationRevoked"));
        return new Indicator("COMMENDATIONS", "Khen thưởng trong kỳ", rows.isEmpty() ? NO_DATA : granted ? MET : NOT_MET,
                rows.size() + " quyết định khen thưởng, thu hồi, khôi phục", Map.of("commendations", list), entries(rows));
    }

    /** The row's fields of these names, in this order, as text (null where it has none). */
    private static Map<String, Object> fields(Row row, String... names) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, row.text(name));
        }
        return fields;
    }

    /** A share as Vietnamese write it in a sentence: a decimal comma (85,71), as the screen writes scores. */
    private static String written(BigDecimal percent) {
        return percent.toPlainString().replace('.', ',');
    }
}
