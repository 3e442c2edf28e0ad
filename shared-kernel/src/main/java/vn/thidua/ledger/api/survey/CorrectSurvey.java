package vn.thidua.ledger.api.survey;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects the figures of a recorded survey; the {@code reason} says why, as the record is never overwritten. */
public record CorrectSurvey(@TargetAggregateIdentifier SurveyId surveyId, int respondents, int satisfied,
                            String reason) {
}
