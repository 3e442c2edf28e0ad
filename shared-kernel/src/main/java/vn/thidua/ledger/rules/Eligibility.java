package vn.thidua.ledger.rules;

import java.util.List;

/**
 * Whether a candidate meets the conditions of a title for a year under a law version, and if not, every
 * reason why (a code and its Vietnamese wording).
 */
public record Eligibility(String candidateId, String title, int year, EmulationLaw law, boolean eligible,
                          List<Reason> reasons) {

    public record Reason(String code, String message) {
    }

    public Eligibility {
        reasons = List.copyOf(reasons);
    }
}
