package vn.thidua.ledger.api.criteria;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A version of a criteria set was published; it carries the whole definition, in force from {@code effectiveFrom}. */
@Revision("1")
public record CriteriaSetPublished(CriteriaSet criteriaSet) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(criteriaSet.id());
    }

    @Override
    public String businessTime() {
        return criteriaSet.effectiveFrom().toString();
    }
}
