package vn.thidua.ledger.command.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.survey.CorrectSurvey;
import vn.thidua.ledger.api.survey.RecordSurvey;
import vn.thidua.ledger.api.survey.SurveyId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/surveys")
@Tag(name = "Khảo sát sự hài lòng", description = "Kết quả khảo sát sự hài lòng của người dân, doanh nghiệp")
class SurveyController {

    private final CommandDispatcher dispatcher;

    SurveyController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    // the ranges of respondents and satisfied are business rules, checked by the aggregate so they name their rule
    record RecordSurveyRequest(
            @Schema(description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "LB-BPMC") @NotNull @Pattern(regexp = EntityId.REGEX) String unitId,
            @Schema(example = "2024-H1") @NotBlank @Size(max = 32)
            String period,
            @Schema(example = "250") @NotNull Integer respondents,
            @Schema(example = "231") @NotNull Integer satisfied,
            @Schema(example = "SIPAS") @Size(max = 100) String method,
            @Schema(example = "Phiếu khảo sát tại Bộ phận một cửa quận Long Biên") @Size(max = 2000) String note) {
    }

    record CorrectSurveyRequest(
            @Schema(example = "250") @NotNull Integer respondents,
            @Schema(example = "229") @NotNull Integer satisfied,
            @Schema(example = "Nhập trùng 2 phiếu khảo sát") @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @Operation(summary = "Ghi nhận kết quả khảo sát sự hài lòng (record a satisfaction survey)")
    ResponseEntity<WriteResult> record(@Valid @RequestBody RecordSurveyRequest body) {
        SurveyId id = new SurveyId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new RecordSurvey(id, new UnitId(body.unitId()), body.period(),
                body.respondents(), body.satisfied(), body.method(), body.note()));
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Đính chính kết quả khảo sát (correct a survey)")
    ResponseEntity<WriteResult> correct(@PathVariable String id, @Valid @RequestBody CorrectSurveyRequest body) {
        SurveyId surveyId = surveyId(id);
        return dispatcher.write(surveyId, body, new CorrectSurvey(surveyId, body.respondents(), body.satisfied(),
                body.reason()));
    }

    private static SurveyId surveyId(String id) {
        return new SurveyId(EntityId.requirePathId(id, "id"));
    }
}
