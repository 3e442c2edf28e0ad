package vn.thidua.ledger.query.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.thidua.ledger.api.campaign.CampaignKind;
import vn.thidua.ledger.api.cluster.ClusterKind;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.inspection.FindingResult;
import vn.thidua.ledger.api.inspection.InspectionKind;
import vn.thidua.ledger.api.person.LeaveKind;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.report.ReportKind;
import vn.thidua.ledger.api.review.ReviewKind;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.ViolationSource;

/**
 * The Vietnamese name of a code the files show ({@code GIANG_CHUC} → "Giáng chức"), for inspection teams who read
 * Vietnamese. A code two lists name differently is left as it is rather than guessed.
 */
public final class CodeLabels {

    private static final Map<String, String> LABELS = build();

    private CodeLabels() {
    }

    public static Optional<String> of(String code) {
        return Optional.ofNullable(code).map(LABELS::get);
    }

    /** The code with its name beside it, "NK-3 (Không tham nhũng, …)"; the code alone when it has none. */
    public static String named(String code) {
        return code + of(code).map(label -> " (" + label + ")").orElse("");
    }

    private static Map<String, String> build() {
        Map<String, String> labels = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        add(labels, ambiguous, SanctionForm.values(), SanctionForm::label);
        add(labels, ambiguous, ReviewKind.values(), ReviewKind::label);
        add(labels, ambiguous, CampaignKind.values(), CampaignKind::label);
        add(labels, ambiguous, PersonCategory.values(), PersonCategory::label);
        add(labels, ambiguous, FindingResult.values(), FindingResult::label);
        add(labels, ambiguous, InspectionKind.values(), InspectionKind::label);
        add(labels, ambiguous, ReportKind.values(), ReportKind::label);
        add(labels, ambiguous, LeaveKind.values(), LeaveKind::label);
        add(labels, ambiguous, UnitKind.values(), UnitKind::label);
        add(labels, ambiguous, ClusterKind.values(), ClusterKind::label);
        add(labels, ambiguous, CommendationTitle.values(), CommendationTitle::label);
        add(labels, ambiguous, RecipientKind.values(), RecipientKind::label);
        add(labels, ambiguous, EvaluationStage.values(), EvaluationStage::label);
        add(labels, ambiguous, ViolationSource.values(), ViolationSource::label);
        // the current catalogue's rule codes and checklist items: what a violation broke, what an inspection looked at
        vn.thidua.ledger.api.violation.RuleCatalogue rules = vn.thidua.ledger.api.violation.RuleCatalogue.current();
        rules.groups().forEach(g -> put(labels, ambiguous, g.code(), g.titleVi()));
        rules.entries().forEach(e -> put(labels, ambiguous, e.code(), e.titleVi()));
        vn.thidua.ledger.api.inspection.InspectionChecklist.inForceOn(java.time.LocalDate.now()).items()
                .forEach(i -> put(labels, ambiguous, i.code(), i.label()));
        ambiguous.forEach(labels::remove);
        return Map.copyOf(labels);
    }

    private static void put(Map<String, String> labels, Set<String> ambiguous, String code, String label) {
        String earlier = labels.putIfAbsent(code, label);
        if (earlier != null && !earlier.equals(label)) {
            ambiguous.add(code);
        }
    }

    private static <E extends Enum<E>> void add(Map<String, String> labels, Set<String> ambiguous, E[] values,
                                                Function<E, String> label) {
        for (E value : List.of(values)) {
            String earlier = labels.putIfAbsent(value.name(), label.apply(value));
            if (earlier != null && !earlier.equals(label.apply(value))) {
                ambiguous.add(value.name());
            }
        }
    }
}
