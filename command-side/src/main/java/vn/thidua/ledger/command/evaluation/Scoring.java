package vn.thidua.ledger.command.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetCatalogue;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.criteria.Criterion;
import vn.thidua.ledger.command.criteria.CriteriaSetLookup;

/** Finds the criteria set version an evaluation is scored under, and checks the scores against it. */
final class Scoring {

    static final String FIELD = "criteriaSet";

    private Scoring() {
    }

    /**
     * The versions of the set {@code ref} names, refused when it names none, a set of another subject or, pinned, a
     * version never published — whatever the period (a bulk import asks once, for all its rows).
     */
    static CriteriaSetCatalogue named(CriteriaSetLookup lookup, CriteriaSetRef ref, CriteriaSubject subject) {
        CriteriaSetCatalogue versions = new CriteriaSetCatalogue(lookup.versions(ref.id()));
        if (versions.sets().isEmpty()) {
            throw RefusedException.notFound(FIELD, ref.id());
        }
        // every version of an id has the same subject, so the first tells
        CriteriaSubject setSubject = versions.sets().get(0).subject();
        if (setSubject != subject) {
            throw RefusedException.invalid("EVALUATION_CRITERIA_SET_SUBJECT", FIELD, "Bộ tiêu chí " + ref.id().value()
                    + " dùng để đánh giá " + setSubject.label().toLowerCase() + ", không dùng cho "
                    + subject.label().toLowerCase());
        }
        if (ref.pinned() && versions.version(ref.id(), ref.version()).isEmpty()) {
            throw new RefusedException(Reason.NOT_FOUND, "CRITERIA_SET_VERSION_EXISTS", FIELD,
                    "Bộ tiêu chí " + ref.id().value() + " không có phiên bản " + ref.version());
        }
        return versions;
    }

    /**
     * The version {@code ref} names for {@code period}; with no reference, the criteria set for {@code subject}
     * that took effect last on or before the period's first day, whatever its id.
     */
    static CriteriaSet resolve(CriteriaSetLookup lookup, CriteriaSetRef ref, CriteriaSubject subject, Period period) {
        if (ref == null) {
            List<CriteriaSet> inForce = new CriteriaSetCatalogue(lookup.forSubject(subject))
                    .inForce(subject, period.from());
            if (inForce.isEmpty()) {
                throw RefusedException.invalid("EVALUATION_CRITERIA_SET_IN_FORCE", FIELD, "Chưa có bộ tiêu chí nào cho "
                        + subject.label().toLowerCase() + " có hiệu lực vào " + period.from()
                        + "; hãy nêu bộ tiêu chí");
            }
            if (inForce.size() > 1) {
                throw RefusedException.invalid("EVALUATION_CRITERIA_SET_AMBIGUOUS", FIELD, "Các bộ tiêu chí "
                        + inForce.stream().map(s -> s.ref().toString()).collect(Collectors.joining(", "))
                        + " cùng có hiệu lực từ " + inForce.get(0).effectiveFrom() + "; hãy nêu bộ tiêu chí");
            }
            return inForce.get(0);
        }
        CriteriaSetCatalogue versions = named(lookup, ref, subject);
        if (!ref.pinned()) {
            return versions.inForce(ref.id(), period.from()).orElseThrow(() -> RefusedException.invalid(
                    "EVALUATION_CRITERIA_SET_IN_FORCE", FIELD, "Bộ tiêu chí " + ref.id().value()
                            + " chưa có phiên bản nào có hiệu lực vào " + period.from()));
        }
        CriteriaSet set = versions.version(ref.id(), ref.version()).orElseThrow();
        if (set.effectiveFrom().isAfter(period.to())) {
            throw RefusedException.invalid("EVALUATION_CRITERIA_SET_IN_FORCE", FIELD, "Bộ tiêu chí " + set.ref()
                    + " có hiệu lực từ " + set.effectiveFrom() + ", sau kỳ đánh giá " + period);
        }
        return set;
    }

    /** A score that breaks a rule: the criterion's code, the rule and what is wrong, in Vietnamese. */
    record Problem(String code, String rule, String message) {
    }

    /**
     * The scores, checked against {@code set} and listed in the set's order of criteria. A criterion left out
     * counts 0; a criterion derived from surveys is never entered by hand; points above a criterion's maximum are
     * kept as given (the scoring counts the maximum).
     */
    static Map<String, BigDecimal> checked(CriteriaSet set, Map<String, BigDecimal> scores) {
        List<Problem> problems = problems(set, scores);
        if (!problems.isEmpty()) {
            throw RefusedException.invalid(problems.stream()
                    .map(p -> new RefusedException.FieldRefusal("scores." + p.code(), p.rule(), p.message())).toList());
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (Criterion criterion : set.criteria()) {
            if (scores.containsKey(criterion.code())) {
                ordered.put(criterion.code(), scores.get(criterion.code()));
            }
        }
        return ordered;
    }

    /** Every score of {@code scores} that {@link #checked} would refuse, at most one per criterion, in their order. */
    static List<Problem> problems(CriteriaSet set, Map<String, BigDecimal> scores) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> score : scores.entrySet()) {
            problem(set, score.getKey(), score.getValue()).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> problem(CriteriaSet set, String code, BigDecimal points) {
        Optional<Criterion> known = set.criterion(code);
        if (known.isEmpty()) {
            return Optional.of(new Problem(code, "EVALUATION_CRITERION_KNOWN",
                    "Bộ tiêu chí " + set.ref() + " không có tiêu chí " + code));
        }
        Criterion criterion = known.get();
        if (criterion.source().derived()) {
            return Optional.of(new Problem(code, "EVALUATION_CRITERION_DERIVED", "Điểm tiêu chí " + code
                    + " được tính từ " + criterion.source().label().toLowerCase() + ", không nhập tay"));
        }
        if (points == null) {
            return Optional.of(new Problem(code, "EVALUATION_POINTS_REQUIRED",
                    "Phải nêu số điểm của tiêu chí " + code + " (bỏ tiêu chí ra nếu không chấm)"));
        }
        // points above the criterion's maximum are kept as given and count as the maximum (API.md: Σ min(points, max))
        if (points.signum() < 0) {
            return Optional.of(new Problem(code, "EVALUATION_POINTS_NOT_NEGATIVE", "Điểm tiêu chí " + code
                    + " không được âm: " + points.toPlainString()));
        }
        if (!CriteriaSet.isWithinPrecision(points)) {
            BigDecimal stripped = points.stripTrailingZeros();
            return Optional.of(new Problem(code, "EVALUATION_POINTS_PRECISION", "Điểm tiêu chí " + code
                    + (stripped.scale() > CriteriaSet.MAX_DECIMALS
                            ? " có tối đa " + CriteriaSet.MAX_DECIMALS + " chữ số thập phân"
                            : " có tối đa " + CriteriaSet.MAX_INTEGER_DIGITS + " chữ số phần nguyên")
                    + ", không phải " + points));
        }
        return Optional.empty();
    }

    static Map<String, BigDecimal> required(Map<String, BigDecimal> scores) {
        if (scores == null) {
            throw RefusedException.invalid("EVALUATION_SCORES_REQUIRED", "scores",
                    "Phải nêu điểm theo từng tiêu chí, ví dụ {\"TASKS\": 65}");
        }
        if (scores.isEmpty()) {
            // an evaluation without a single score would rate its subject 0 points, the lowest level
            throw RefusedException.invalid("EVALUATION_SCORES_REQUIRED", "scores",
                    "Phải chấm điểm ít nhất một tiêu chí, ví dụ {\"TASKS\": 65}; tiêu chí không nêu tính 0 điểm");
        }
        return scores;
    }
}
