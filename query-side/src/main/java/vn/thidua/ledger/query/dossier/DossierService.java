package vn.thidua.ledger.query.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
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
import vn.thidua.ledger.rules.Classification;
import vn.thidua.ledger.rules.SurveyFact;

/**
 * Builds a unit's inspection dossier for a period from the facts and the audit trails as of a position. The
 * unit's own subtree counts as the unit (a district's dossier covers its divisions); campaigns launched over
 * the unit or any unit above it apply to it.
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
        progress.awaitCaughtUp("audit", position);
        Map<String, UnitNode> units = facts.units(position);
        UnitNode unit = units.get(unitId);
        if (unit == null) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "unit",
                    "Không tìm thấy đơn vị " + unitId);
        }
        Period period = point.period();
        Set<String> subtree = FactsReader.subtree(units, unitId);
        Set<String> above = new LinkedHashSet<>();
        for (String u = unit.parentId(); u != null && units.containsKey(u) && above.add(u); ) {
            u = units.get(u).parentId();
        }
        Set<String> reach = new LinkedHashSet<>(subtree);
        reach.addAll(above);

        List<Row> campaigns = audit.of("units", reach, List.of("CampaignLaunched"), position).stream()
                .filter(r -> reach.contains(r.text("scopeUnitId")))
                .filter(r -> period.overlaps(new Period(LocalDate.parse(r.text("from")), LocalDate.parse(r.text("to")))))
                .toList();
        List<PersonOnDay> people = facts.peopleIn(subtree, period.to(), position);

        List<Indicator> indicators = new ArrayList<>();
        indicators.add(launch(campaigns));
        indicators.add(covenants(subtree, period, position));
        indicators.add(registrations(subtree, period, position));
        indicators.addAll(pledges(campaigns, people, period, position));
        indicators.add(violations(subtree, period, position));
        indicators.add(evaluations(subtree, period, position));
        indicators.add(satisfaction(subtree, period, position));
        indicators.add(reports(subtree, period, position));
        List<Row> inspectionRows = audit.of("units", subtree,
                List.of("InspectionOpened", "InspectionFindingRecorded", "InspectionClosed"), position);
        indicators.add(inspections(inspectionRows, period));
        indicators.addAll(checklistFindings(inspectionRows, period));
        indicators.add(reviews(campaigns, period, position));
        indicators.add(commendations(subtree, people, period, position));
        return new Dossier(unitId, unit.name(), point.periodLabel(), period.from().toString(), period.to().toString(),
                position, indicators);
    }

    private static Entry entry(Row row) {
        return new Entry(row.position(), row.recordedAt().toString(), row.type(), row.businessTime(), row.actor());
    }

    private static List<Entry> entries(Collection<Row> rows) {
        return rows.stream().map(DossierService::entry).toList();
    }

    private Indicator launch(List<Row> campaigns) {
        List<Map<String, Object>> list = campaigns.stream().map(r -> Map.<String, Object>of(
                "campaignId", r.text("campaignId"), "title", r.text("title"), "kind", r.text("kind"),
                "scopeUnitId", r.text("scopeUnitId"), "from", r.text("from"), "to", r.text("to"))).toList();
        return new Indicator("LAUNCH_ORGANISED", "Tổ chức phát động", campaigns.isEmpty() ? NOT_MET : MET,
                campaigns.size() + " cuộc vận động, phong trào áp dụng cho đơn vị trong kỳ",
                Map.of("campaigns", list), entries(campaigns));
    }

    private Indicator covenants(Set<String> subtree, Period period, long position) {
        List<Row> rows = audit.of("units", subtree, List.of("CovenantSigned"), position).stream()
                .filter(r -> !LocalDate.parse(r.text("signedOn")).isAfter(period.to())).toList();
        List<Map<String, Object>> list = rows.stream().map(r -> Map.<String, Object>of(
                "covenantId", r.text("covenantId"), "campaignId", r.text("campaignId"), "signedOn", r.text("signedOn"),
                "units", r.data().get("unitIds"))).toList();
        return new Indicator("COVENANT_SIGNED", "Ký giao ước thi đua", rows.isEmpty() ? NOT_MET : MET,
                rows.size() + " giao ước đã ký đến hết kỳ", Map.of("covenants", list), entries(rows));
    }

    private Indicator registrations(Set<String> subtree, Period period, long position) {
        List<Row> rows = audit.of("units", subtree, List.of("EmulationRegistered"), position).stream()
                .filter(r -> {
                    int year = Integer.parseInt(r.text("year"));
                    return year >= period.from().getYear() && year <= period.to().getYear();
                }).toList();
        List<Map<String, Object>> list = rows.stream().map(r -> Map.<String, Object>of(
                "unitId", r.text("unitId"), "campaignId", r.text("campaignId"), "year", r.text("year"),
                "targets", r.data().get("targets"))).toList();
        return new Indicator("EMULATION_REGISTERED", "Đăng ký thi đua", rows.isEmpty() ? NOT_MET : MET,
                rows.size() + " bản đăng ký thi đua cho các năm của kỳ", Map.of("registrations", list), entries(rows));
    }

    /** Coverage per campaign: who worked in the unit at the period's end, and whose pledge was in force then. */
    private List<Indicator> pledges(List<Row> campaigns, List<PersonOnDay> people, Period period, long position) {
        Set<String> personIds = people.stream().map(PersonOnDay::personId).collect(Collectors.toSet());
        List<Row> rows = audit.of("persons", personIds, List.of("PledgeSigned", "PledgeRenewed", "PledgeWithdrawn"),
                position);
        List<Indicator> indicators = new ArrayList<>();
        for (Row campaign : campaigns) {
            String campaignId = campaign.text("campaignId");
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
                    : BigDecimal.valueOf(signed * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
            String status = total == 0 ? NO_DATA : missing.isEmpty() ? MET : signed > 0 ? PARTLY_MET : NOT_MET;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("campaignId", campaignId);
            details.put("title", campaign.text("title"));
            details.put("people", total);
            details.put("signed", signed);
            details.put("percent", percent);
            details.put("targetPercent", 100);
            details.put("missing", missing);
            indicators.add(new Indicator("PLEDGE_COVERAGE", "Tỷ lệ ký cam kết: " + campaign.text("title"), status,
                    signed + "/" + total + " người đã ký (" + percent.toPlainString() + "%, chỉ tiêu 100%)",
                    details, entries(behind)));
        }
        return indicators;
    }

    private Indicator violations(Set<String> subtree, Period period, long position) {
        List<ViolationSummary> list = facts.violations(subtree, period, position);
        Map<String, Long> byRule = new TreeMap<>(list.stream()
                .collect(Collectors.groupingBy(ViolationSummary::ruleCode, Collectors.counting())));
        Map<String, Long> byStatus = new TreeMap<>(list.stream()
                .collect(Collectors.groupingBy(ViolationSummary::status, Collectors.counting())));
        Map<String, Long> bySanction = new TreeMap<>(list.stream().filter(v -> v.sanction() != null)
                .collect(Collectors.groupingBy(ViolationSummary::sanction, Collectors.counting())));
        long confirmed = byStatus.getOrDefault("CONFIRMED", 0L);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("byRule", byRule);
        details.put("byStatus", byStatus);
        details.put("bySanction", bySanction);
        details.put("violations", list);
        List<Entry> behind = entries(audit.of("violations",
                list.stream().map(ViolationSummary::violationId).toList(), List.of("ViolationRecorded",
                        "ViolationAmended", "ViolationConfirmed", "ViolationDismissed", "ViolationRetracted",
                        "SanctionImposed", "SanctionAnnulled"), position));
        return new Indicator("VIOLATIONS", "Vi phạm theo quy tắc, tình trạng và hình thức xử lý",
                confirmed == 0 ? MET : NOT_MET,
                list.size() + " vi phạm được ghi nhận, " + confirmed + " đã xác nhận", details, behind);
    }

    /** Completeness against the people of each month, and the level distribution of the months. */
    private Indicator evaluations(Set<String> subtree, Period period, long position) {
        long expected = 0;
        long recorded = 0;
        Map<String, Long> levels = new TreeMap<>();
        for (YearMonth month : period.months()) {
            Period whole = Period.month(month);
            if (!period.encloses(whole)) {
                continue;
            }
            expected += facts.peopleIn(subtree, whole.to(), position).size();
            for (String unit : subtree) {
                if (facts.personEvaluations(List.of(unit), whole, position).isEmpty()) {
                    continue;
                }
                List<Classification> rows = classifications.month(unit, month,
                        classifications.monthSet(unit, month, null, position), position);
                recorded += rows.size();
                rows.forEach(c -> levels.merge(c.level(), 1L, Long::sum));
            }
        }
        BigDecimal percent = expected == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(recorded * 100)
                .divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String status = expected == 0 ? NO_DATA : recorded >= expected ? MET : recorded > 0 ? PARTLY_MET : NOT_MET;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("expected", expected);
        details.put("recorded", recorded);
        details.put("percent", percent);
        details.put("levels", levels);
        List<Row> behind = audit.citedWithin("units", subtree,
                List.of("PersonEvaluated", "PersonEvaluationCorrected"), period, position);
        return new Indicator("EVALUATIONS", "Đánh giá, xếp loại hằng tháng: mức đầy đủ và phân bố mức", status,
                recorded + "/" + expected + " lượt đánh giá tháng (" + percent.toPlainString() + "%)", details,
                entries(behind));
    }

    private Indicator satisfaction(Set<String> subtree, Period period, long position) {
        List<SurveyFact> surveys = facts.surveys(subtree, period, position);
        long respondents = surveys.stream().mapToLong(SurveyFact::respondents).sum();
        long satisfied = surveys.stream().mapToLong(SurveyFact::satisfied).sum();
        BigDecimal rate = respondents == 0 ? null : BigDecimal.valueOf(satisfied * 100)
                .divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("surveys", surveys.size());
        details.put("respondents", respondents);
        details.put("satisfied", satisfied);
        if (rate != null) {
            details.put("percent", rate);
        }
        return new Indicator("SATISFACTION", "Sự hài lòng của người dân, doanh nghiệp",
                respondents == 0 ? NO_DATA : MET,
                rate == null ? "Chưa có khảo sát trong kỳ" : rate.toPlainString() + "% hài lòng (" + satisfied + "/"
                        + respondents + ")", details,
                entries(audit.citedWithin("units", subtree, List.of("SurveyRecorded", "SurveyCorrected"), period,
                        position)));
    }

    private Indicator reports(Set<String> subtree, Period period, long position) {
        List<Row> rows = audit.of("units", subtree, List.of("ReportRequired", "ReportSubmitted", "ReportOverdue"),
                position);
        Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
        Map<String, List<Row>> behind = new LinkedHashMap<>();
        for (Row r : rows) {
            LocalDate due = LocalDate.parse(r.text("dueBefore"));
            if (due.isBefore(period.from()) || due.isAfter(period.to().plusDays(1))) {
                continue;
            }
            String id = r.text("reportId");
            Map<String, Object> report = reports.computeIfAbsent(id, k -> new LinkedHashMap<>(Map.of(
                    "reportId", id, "unitId", r.text("unitId"), "kind", r.text("kind"), "year", r.text("year"),
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
        String status = reports.isEmpty() ? NO_DATA : onTime == reports.size() ? MET : onTime > 0 ? PARTLY_MET : NOT_MET;
        return new Indicator("REPORTS_ON_TIME", "Báo cáo đúng hạn", status,
                onTime + "/" + reports.size() + " báo cáo đến hạn trong kỳ được nộp đúng hạn",
                Map.of("reports", List.copyOf(reports.values())),
                entries(behind.values().stream().flatMap(List::stream).toList()));
    }

    /**
     * The inspections of the unit up to the period's end (those of periods begun by then), their findings and
     * conclusions; found as the worst finding recorded.
     */
    private Indicator inspections(List<Row> inspectionRows, Period period) {
        List<Row> rows = inspectionRows.stream()
                .filter(r -> !Period.parse(r.text("period")).from().isAfter(period.to())).toList();
        Map<String, Map<String, Object>> inspections = new LinkedHashMap<>();
        String worst = null;
        for (Row r : rows) {
            String id = r.text("inspectionId");
            Map<String, Object> inspection = inspections.computeIfAbsent(id, k -> new LinkedHashMap<>(Map.of(
                    "inspectionId", id, "targetUnitId", r.text("targetUnitId"), "period", r.text("period"),
                    "findings", new ArrayList<Map<String, Object>>(), "closed", false)));
            if (r.type().equals("InspectionOpened")) {
                inspection.put("team", r.data().get("team"));
            } else if (r.type().equals("InspectionFindingRecorded")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> findings = (List<Map<String, Object>>) inspection.get("findings");
                Map<String, Object> finding = new LinkedHashMap<>();
                finding.put("item", r.text("item"));
                finding.put("result", r.text("result"));
                finding.put("note", r.text("note"));
                findings.add(finding);
                worst = worse(worst, r.text("result"));
            } else {
                inspection.put("closed", true);
                inspection.put("conclusion", r.text("conclusion"));
            }
        }
        String status = inspections.isEmpty() ? NO_DATA : worst == null ? MET : worst;
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
     * grassroots democracy, duties): what the latest finding on each, in an inspection of a period overlapping this
     * one, found.
     */
    private List<Indicator> checklistFindings(List<Row> rows, Period period) {
        Map<String, String> periodOf = new LinkedHashMap<>();
        rows.stream().filter(r -> r.type().equals("InspectionOpened"))
                .forEach(r -> periodOf.put(r.text("inspectionId"), r.text("period")));
        InspectionChecklist checklist = InspectionChecklist.inForceOn(period.to());
        List<Indicator> indicators = new ArrayList<>();
        for (String code : FOUND_BY_INSPECTION) {
            String label = checklist.item(code).map(InspectionChecklist.Item::label).orElse(code);
            List<Row> findings = rows.stream()
                    .filter(r -> r.type().equals("InspectionFindingRecorded") && code.equals(r.text("item")))
                    .filter(r -> periodOf.containsKey(r.text("inspectionId"))
                            && Period.parse(periodOf.get(r.text("inspectionId"))).overlaps(period))
                    .toList();
            if (findings.isEmpty()) {
                indicators.add(new Indicator(code, label, NO_DATA, "Chưa có kết quả kiểm tra nội dung này trong kỳ",
                        null, List.of()));
                continue;
            }
            Row latest = findings.get(findings.size() - 1);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("findings", findings.stream().map(r -> {
                Map<String, Object> finding = new LinkedHashMap<>();
                finding.put("inspectionId", r.text("inspectionId"));
                finding.put("period", periodOf.get(r.text("inspectionId")));
                finding.put("result", r.text("result"));
                finding.put("note", r.text("note"));
                return finding;
            }).toList());
            indicators.add(new Indicator(code, label, latest.text("result"), "Theo đợt kiểm tra "
                    + latest.text("inspectionId") + " (kỳ " + periodOf.get(latest.text("inspectionId")) + ")",
                    details, entries(findings)));
        }
        return indicators;
    }

    private Indicator reviews(List<Row> campaigns, Period period, long position) {
        Set<String> campaignIds = campaigns.stream().map(r -> r.text("campaignId")).collect(Collectors.toSet());
        List<Row> rows = audit.of("campaigns", campaignIds, List.of("ReviewHeld"), position).stream()
                .filter(r -> period.contains(LocalDate.parse(r.text("heldOn")))).toList();
        List<Map<String, Object>> list = rows.stream().map(r -> {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("campaignId", r.text("campaignId"));
            review.put("kind", r.text("kind"));
            review.put("heldOn", r.text("heldOn"));
            review.put("chainHead", r.text("chainHead"));
            return review;
        }).toList();
        return new Indicator("REVIEWS_HELD", "Sơ kết, tổng kết", rows.isEmpty() ? NOT_MET : MET,
                rows.size() + " cuộc sơ kết, tổng kết trong kỳ", Map.of("reviews", list), entries(rows));
    }

    private Indicator commendations(Set<String> subtree, List<PersonOnDay> people, Period period, long position) {
        Set<String> recipients = new LinkedHashSet<>(subtree);
        people.forEach(p -> recipients.add(p.personId()));
        List<Row> rows = new ArrayList<>(audit.of("units", subtree,
                List.of("CommendationApproved", "CommendationRevoked"), position));
        rows.addAll(audit.of("persons", people.stream().map(PersonOnDay::personId).toList(),
                List.of("CommendationApproved", "CommendationRevoked"), position));
        rows = rows.stream().filter(r -> recipients.contains(r.text("recipientId")))
                .filter(r -> period.overlaps(Period.parse(r.text("period"))))
                .sorted(java.util.Comparator.comparingLong(Row::position)).distinct().toList();
        List<Map<String, Object>> list = rows.stream().map(r -> Map.<String, Object>of("commendationId",
                r.text("commendationId"), "title", r.text("title"), "recipientId", r.text("recipientId"),
                "event", r.type())).toList();
        return new Indicator("COMMENDATIONS", "Khen thưởng trong kỳ", rows.isEmpty() ? NO_DATA : MET,
                rows.size() + " quyết định khen thưởng, thu hồi", Map.of("commendations", list), entries(rows));
    }
}
