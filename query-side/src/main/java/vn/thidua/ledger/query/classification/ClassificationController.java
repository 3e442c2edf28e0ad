package vn.thidua.ledger.query.classification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.Quota;
import vn.thidua.ledger.query.facts.FactsReader;
import vn.thidua.ledger.query.facts.ViewPoints;
import vn.thidua.ledger.query.time.ViewPoint;
import vn.thidua.ledger.rules.AnnualClassification;
import vn.thidua.ledger.rules.AnnualClassifier;
import vn.thidua.ledger.rules.AnnualLevel;
import vn.thidua.ledger.rules.Classification;

@RestController
@Tag(name = "Xếp loại", description = "Xếp loại cán bộ theo tháng và theo năm (Nghị định 90/2020, 48/2023)")
class ClassificationController {

    /**
     * {@code criteriaSetUnconfirmed}: the weights of a set some row was classified under await confirmation, its
     * results are indicative only;
     * {@code criteriaSets}: every set the rows were classified under (several when, no set named, the unit's people
     * were evaluated under different ones; {@code criteriaSet} and {@code quota} then tell the most used).
     */
    record Classifications(String unit, String period, String basis, String criteriaSet, long position,
                           QuotaApplied quota,
                           @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @io.swagger.v3.oas.annotations
                                   .media.Schema(description = "một tháng: MonthRow; quý, nửa năm, khoảng ngày: "
                                   + "PeriodRow; năm: YearRow", oneOf = {ClassificationService.MonthRow.class,
                                   ClassificationService.PeriodRow.class, ClassificationService.YearRow.class}))
                           List<?> rows, boolean criteriaSetUnconfirmed, List<String> criteriaSets) {

        Classifications(String unit, String period, String basis, String criteriaSet, long position,
                        QuotaApplied quota, List<?> rows, boolean criteriaSetUnconfirmed) {
            this(unit, period, basis, criteriaSet, position, quota, rows, criteriaSetUnconfirmed,
                    criteriaSet == null ? List.of() : List.of(criteriaSet));
        }
    }

    /**
     * The quota the rows were held to: at most {@code maxShare} at {@code level}; the larger share of a unit
     * recognised as exceptional when {@code exceptionalUnit} (its own level for the period reached its set's top).
     */
    record QuotaApplied(String level, BigDecimal maxShare, String base, boolean exceptionalUnit, String unitLevel,
                        String unitCriteriaSet) {

        static QuotaApplied of(CriteriaSet set, ClassificationService.UnitRecognition recognition) {
            if (set.quota() == null) {
                return null;
            }
            return new QuotaApplied(set.quota().level(), set.quota().maxShare(recognition.exceptional()),
                    set.quota().base(), recognition.exceptional(), recognition.unitLevel(),
                    recognition.unitCriteriaSet());
        }
    }

    private final ClassificationService classifications;
    private final ViewPoints viewPoints;
    private final FactsReader facts;

    ClassificationController(ClassificationService classifications, ViewPoints viewPoints, FactsReader facts) {
        this.classifications = classifications;
        this.viewPoints = viewPoints;
        this.facts = facts;
    }

    @GetMapping("/api/classifications")
    @Operation(summary = "Xếp loại người của một đơn vị theo tháng, quý, 6 tháng, khoảng ngày hoặc năm "
            + "(classifications of a unit's people)",
            description = "Tháng: điểm theo bộ tiêu chí, giới hạn do kỷ luật, tỷ lệ tối đa (basis MONTHLY). Quý, 6 tháng, "
                    + "khoảng ngày: điểm bình quân các tháng được đánh giá trọn trong kỳ, trừ điểm vi phạm của cả kỳ "
                    + "(basis MEAN_OF_MONTHS, monthsEvaluated). Năm: Nghị định 90/2020, 48/2023 "
                    + "(basis DECREE_90_2020_48_2023).")
    Classifications classify(@Parameter(example = "LB-PNV", required = true) @RequestParam(required = false) String unit,
                             @Parameter(description = "2024-05, 2024-Q2, 2024-H1, 2024 hoặc 2024-01-01..2024-06-30",
                                     example = "2024-05", required = true)
                             @RequestParam(required = false) String period,
                             @RequestParam(required = false) String criteriaSet,
                             @Parameter(description = "bộ tiêu chí đơn vị để xét đơn vị có được công nhận hoàn thành "
                                     + "xuất sắc trong kỳ (tỷ lệ tối đa lớn hơn); bỏ trống: bộ đã dùng khi đánh giá "
                                     + "đơn vị, hoặc bộ có hiệu lực")
                             @RequestParam(required = false) String unitCriteriaSet,
                             @RequestParam(required = false) String asOf) {
        if (unit == null || unit.isBlank()) {
            throw RefusedException.invalid("QUERY_PARAMETER", "unit", "Phải nêu đơn vị (unit)");
        }
        ViewPoint point = viewPoints.resolve(period, asOf);
        ClassificationService.requireWholeMonth(point.period());
        if (!facts.units(point.position()).containsKey(unit)) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "unit",
                    "Không tìm thấy đơn vị " + unit);
        }
        if (point.period().isMonth()) {
            YearMonth month = YearMonth.from(point.period().from());
            CriteriaSet set = classifications.monthSet(unit, month, criteriaSet, point.position());
            ClassificationService.UnitRecognition recognition = classifications.recognition(unit, point.period(), set,
                    unitCriteriaSet, point.position());
            // without a set named, people evaluated under different sets are each classified under their own
            List<ClassificationService.Classified> rows = (criteriaSet == null || criteriaSet.isBlank())
                    && classifications.monthUnderSeveralSets(unit, month, point.position())
                    ? classifications.monthAsRecorded(unit, month, point.position())
                    : classifications.month(unit, month, set, point.position(), recognition.exceptional()).stream()
                            .map(c -> new ClassificationService.Classified(c, set)).toList();
            Map<String, String> names = classifications.names(rows.stream().map(c -> c.classification().personId())
                    .toList(), point.position());
            return new Classifications(unit, point.periodLabel(), "MONTHLY", set.ref().toString(), point.position(),
                    QuotaApplied.of(set, recognition), rows.stream().map(r -> {
                        Classification c = r.classification();
                        return new ClassificationService.MonthRow(c.personId(), names.get(c.personId()), c.score(),
                                c.penalty(), c.level(), c.levelByScore(), c.adjustedBy(), r.set().ref().toString());
                    }).toList(), set.unconfirmed() || rows.stream().anyMatch(r -> r.set().unconfirmed()),
                    setsOf(set, rows.stream().map(r -> r.set().ref().toString())));
        }
        if (!ClassificationService.isCalendarYear(point.period())) {
            CriteriaSet set = classifications.periodSet(unit, point.period(), criteriaSet, point.position());
            ClassificationService.UnitRecognition recognition = classifications.recognition(unit, point.period(), set,
                    unitCriteriaSet, point.position());
            // without a set named, people evaluated under different sets are each classified under their own
            List<ClassificationService.PeriodRow> rows = (criteriaSet == null || criteriaSet.isBlank())
                    && classifications.periodUnderSeveralSets(unit, point.period(), point.position())
                    ? classifications.monthsAsRecorded(unit, point.period(), point.position())
                    : classifications.months(unit, point.period(), set, point.position(), recognition.exceptional());
            return new Classifications(unit, point.periodLabel(), "MEAN_OF_MONTHS", set.ref().toString(),
                    point.position(), QuotaApplied.of(set, recognition), rows, set.unconfirmed()
                    || anyUnconfirmed(rows.stream().map(ClassificationService.PeriodRow::criteriaSet).toList(),
                    point.period().from(), point.position()),
                    setsOf(set, rows.stream().map(ClassificationService.PeriodRow::criteriaSet)));
        }
        int year = point.period().from().getYear();
        List<AnnualClassification> rows = classifications.year(unit, year, criteriaSet, point.position());
        Map<String, String> names = classifications.names(rows.stream().map(AnnualClassification::personId).toList(),
                point.position());
        String used = classifications.yearSet(unit, year, criteriaSet, point.position()).orElse(criteriaSet);
        // from 2026 a unit's công chức follow Decree 335; each row names the basis it was classified under
        String basis = year >= AnnualClassifier.DECREE_335_FIRST_YEAR ? AnnualClassification.DECREE_335
                : AnnualClassification.DECREE_90;
        // Decree 335's quota of the year: HTXS at most 20% of those rated HTT, once the others are demoted
        QuotaApplied quota = rows.stream().anyMatch(c -> AnnualClassification.DECREE_335.equals(c.basis()))
                ? new QuotaApplied(AnnualLevel.HTXSNV.name(), AnnualClassifier.DECREE_335_SHARE,
                Quota.LEVEL_PREFIX + AnnualLevel.HTTNV.name(), false, null, null) : null;
        List<String> sets = setsOf(used,
                rows.stream().map(AnnualClassification::criteriaSet).filter(java.util.Objects::nonNull));
        return new Classifications(unit, point.periodLabel(), basis, used, point.position(), quota,
                rows.stream().map(c -> new ClassificationService.YearRow(c.personId(), names.get(c.personId()),
                        c.meanScore(), c.monthsEvaluated(), c.level().name(), c.level().label(),
                        c.levelByScore().name(), c.levelByScore().label(), c.adjustedBy(), c.dismissalFlag(), c.basis(),
                        c.criteriaSet(), c.penalty()))
                        .toList(),
                anyUnconfirmed(sets, LocalDate.of(year, 1, 1), point.position()), sets);
    }

    /** The sets the rows were classified under, the main one first. */
    private static List<String> setsOf(CriteriaSet main, java.util.stream.Stream<String> ofRows) {
        return setsOf(main.ref().toString(), ofRows);
    }

    private static List<String> setsOf(String main, java.util.stream.Stream<String> ofRows) {
        java.util.Set<String> sets = new java.util.LinkedHashSet<>();
        if (main != null) {
            sets.add(main);
        }
        ofRows.sorted().forEach(sets::add);
        return List.copyOf(sets);
    }

    /** Whether a set ({@code ID@VERSION}, or {@code ID} in force on {@code day}) has values no source confirms. */
    private boolean anyUnconfirmed(List<String> sets, LocalDate day, long position) {
        var catalogue = facts.criteriaSets(position);
        return sets.stream().filter(java.util.Objects::nonNull).distinct().anyMatch(set -> {
            try {
                return catalogue.resolve(vn.thidua.ledger.api.criteria.CriteriaSetRef.parse(set), day)
                        .map(CriteriaSet::unconfirmed).orElse(false);
            } catch (IllegalArgumentException unreadable) {
                return false;
            }
        });
    }
}
