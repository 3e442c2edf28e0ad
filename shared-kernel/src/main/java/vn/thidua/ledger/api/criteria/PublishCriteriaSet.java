package vn.thidua.ledger.api.criteria;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes a new version of a criteria set; a published version is never edited, only followed by a higher one. */
public record PublishCriteriaSet(CriteriaSet criteriaSet) {

    @TargetAggregateIdentifier
    public CriteriaSetId criteriaSetId() {
        return criteriaSet.id();
    }
}
