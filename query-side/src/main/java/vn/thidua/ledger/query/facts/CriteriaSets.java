package vn.thidua.ledger.query.facts;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetCatalogue;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.criteria.CriteriaSubject;

/**
 * Which criteria-set version a view uses: {@code ID@V} pins a version, {@code ID} takes the version of that id
 * in force for the period, and no parameter takes the set for the subject in force for the period.
 */
@Component
public class CriteriaSets {

    private final FactsReader facts;

    CriteriaSets(FactsReader facts) {
        this.facts = facts;
    }

    public CriteriaSet resolve(String param, String field, CriteriaSubject subject, LocalDate periodStart, long asOf) {
        CriteriaSetCatalogue catalogue = facts.criteriaSets(asOf);
        return resolve(catalogue, param, field, subject, periodStart);
    }

    /** A criteria set evaluations were recorded under: its id and the version most of them were recorded under. */
    public record Recorded(String id, int version) {

        /**
         * How to name it for a period: by its id, taking the version in force on the period's first day; by the
         * version recorded when none of that id was in force then (a set taking effect within the period, a quarter's
         * third month say): no version in force was never a reason to refuse a view its evaluations make.
         */
        public String ref(CriteriaSetCatalogue catalogue, LocalDate periodStart) {
            return catalogue.resolve(CriteriaSetRef.parse(id), periodStart).isPresent() ? id : id + "@" + version;
        }
    }

    public static CriteriaSet resolve(CriteriaSetCatalogue catalogue, String param, String field,
                                      CriteriaSubject subject, LocalDate periodStart) {
        CriteriaSet set;
        if (param == null || param.isBlank()) {
            List<CriteriaSet> inForce = catalogue.inForce(subject, periodStart);
            if (inForce.isEmpty()) {
                throw RefusedException.invalid("CRITERIA_SET_IN_FORCE", field,
                        "Chưa có bộ tiêu chí " + subject.label().toLowerCase() + " nào có hiệu lực từ " + periodStart
                                + "; hãy nêu criteriaSet=ID hoặc ID@V");
            }
            if (inForce.size() > 1) {
                throw RefusedException.invalid("CRITERIA_SET_AMBIGUOUS", field, "Có nhiều bộ tiêu chí cùng hiệu lực ("
                        + inForce.stream().map(s -> s.ref().toString()).toList() + "); hãy nêu criteriaSet");
            }
            set = inForce.get(0);
        } else {
            CriteriaSetRef ref;
            try {
                ref = CriteriaSetRef.parse(param.strip());
            } catch (IllegalArgumentException e) {
                throw RefusedException.invalid("QUERY_PARAMETER", field, e.getMessage());
            }
            set = catalogue.resolve(ref, periodStart).orElseThrow(() -> new RefusedException(
                    RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", field,
                    "Không tìm thấy bộ tiêu chí " + ref + (ref.pinned() ? "" : " có hiệu lực từ " + periodStart)));
        }
        if (set.subject() != subject) {
            throw RefusedException.invalid("CRITERIA_SET_SUBJECT", field,
                    "Bộ tiêu chí " + set.ref() + " dành cho " + set.subject().label().toLowerCase()
                            + ", không dùng được ở đây");
        }
        return set;
    }
}
