package vn.thidua.ledger.command.survey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.survey.CorrectSurvey;
import vn.thidua.ledger.api.survey.RecordSurvey;
import vn.thidua.ledger.api.survey.SurveyCorrected;
import vn.thidua.ledger.api.survey.SurveyId;
import vn.thidua.ledger.api.survey.SurveyRecorded;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

/** The result of one satisfaction survey of a unit for a period, with its corrections. */
@Aggregate
class Survey {

    @AggregateIdentifier
    private SurveyId surveyId;
    private UnitId unitId;
    private String period;
    private int respondents;
    private int satisfied;

    Survey() {
        // for Axon
    }

    @CommandHandler
    Survey(RecordSurvey command, OrganisationDirectory directory) {
        if (command.unitId() == null) {
            throw RefusedException.invalid("SURVEY_UNIT_REQUIRED", "unitId", "Phải nêu đơn vị được khảo sát");
        }
        String period = requirePeriod(command.period());
        requireFigures(command.respondents(), command.satisfied());
        directory.unit(command.unitId()).orElseThrow(() -> RefusedException.notFound("unitId", command.unitId()))
                .requireOpenOn(Period.parse(period).from(), "unitId");
        apply(new SurveyRecorded(command.surveyId(), command.unitId(), period, command.respondents(),
                command.satisfied(), blankToNull(command.method()), blankToNull(command.note())));
    }

    @CommandHandler
    void handle(CorrectSurvey command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw RefusedException.invalid("SURVEY_CORRECTION_REASON_REQUIRED", "reason", "Phải nêu lý do đính chính");
        }
        requireFigures(command.respondents(), command.satisfied());
        if (command.respondents() == respondents && command.satisfied() == satisfied) {
            return; // the figures in force already (a correction sent again): nothing to record, answered as a replay
        }
        apply(new SurveyCorrected(surveyId, unitId, period, command.respondents(), command.satisfied(),
                command.reason().strip()));
    }

    private static void requireFigures(int respondents, int satisfied) {
        if (respondents <= 0) {
            throw RefusedException.invalid("SURVEY_RESPONDENTS_POSITIVE", "respondents",
                    "Số người được khảo sát phải lớn hơn 0");
        }
        if (satisfied < 0 || satisfied > respondents) {
            throw RefusedException.invalid("SURVEY_SATISFIED_WITHIN_RESPONDENTS", "satisfied",
                    "Số người hài lòng (" + satisfied + ") phải từ 0 đến số người được khảo sát (" + respondents + ")");
        }
    }

    private static String requirePeriod(String period) {
        Period parsed;
        try {
            parsed = Period.parseAsWritten(period);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("PERIOD_VALID", "period",
                    "Kỳ khảo sát không hợp lệ: " + period + " (ví dụ 2024-05, 2024-Q2, 2024-H1, 2024)");
        }
        // what citizens answered about a period they have lived through
        Today.begun(parsed, "SURVEY_PERIOD_BEGUN", "period", "Kỳ khảo sát");
        return period.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(SurveyRecorded event) {
        surveyId = event.surveyId();
        unitId = event.unitId();
        period = event.period();
        respondents = event.respondents();
        satisfied = event.satisfied();
    }

    @EventSourcingHandler
    void on(SurveyCorrected event) {
        respondents = event.respondents();
        satisfied = event.satisfied();
    }
}
