package vn.thidua.ledger.command.criteria;

import java.util.List;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSubject;

/**
 * The published criteria set versions, for command handlers that score against them (build a
 * {@link vn.thidua.ledger.api.criteria.CriteriaSetCatalogue} of the answer to resolve one). Answers reflect
 * committed events only.
 */
public interface CriteriaSetLookup {

    /** Every published version of {@code id}; empty when it was never published. */
    List<CriteriaSet> versions(CriteriaSetId id);

    /** Every published version of every criteria set for {@code subject}. */
    List<CriteriaSet> forSubject(CriteriaSubject subject);
}
