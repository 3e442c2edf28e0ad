package vn.thidua.ledger.command.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.evaluation.EvaluatePerson;
import vn.thidua.ledger.api.evaluation.EvaluateUnit;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

/**
 * Recording evaluations. The answer's id is the evaluation's, {@code <subjectId>.<period>}, under which its
 * audit trail lists every submission and correction ({@code /api/audit/evaluations/{id}}).
 */
@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "Đánh giá, xếp loại")
class EvaluationController {

    private final CommandDispatcher dispatcher;

    EvaluationController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record EvaluatePersonRequest(
            @Schema(example = "LB-PNV-01") @NotNull @Pattern(regexp = EntityId.REGEX) String personId,
            @Schema(example = "2024-05", description = "một tháng") @NotBlank
            String period,
            @Schema(example = "{\"DISCIPLINE\": 20, \"TASKS\": 62.5, \"BONUS\": 5}",
                    description = "điểm theo mã tiêu chí; tiêu chí không nêu tính 0 điểm")
            @NotNull Map<String, BigDecimal> scores,
            @Schema(example = "VN.HN-3814@1",
                    description = "MÃ hoặc MÃ@PHIÊN_BẢN; bỏ trống: bộ tiêu chí cá nhân có hiệu lực trong tháng")
            String criteriaSet,
            @Schema(example = "HEAD_DECISION", description = "SELF_ASSESSMENT (tự đánh giá), LEADER_REVIEW (lãnh đạo "
                    + "nhận xét) hoặc HEAD_DECISION (thủ trưởng quyết định, mặc định)") EvaluationStage stage,
            @Schema(example = "Hoàn thành tốt nhiệm vụ được giao") @Size(max = 2000) String note) {
    }

    record EvaluateUnitRequest(
            @Schema(example = "LB-PNV") @NotNull @Pattern(regexp = EntityId.REGEX) String unitId,
            @Schema(example = "2024-Q2", description = "2024-05, 2024-Q2, 2024-H1, 2024 hoặc 2024-01-01..2024-06-30")
            @NotBlank
            String period,
            @Schema(example = "{\"GENERAL\": 18, \"ADMIN_REFORM\": 27.5, \"CIVILISED_OFFICE\": 19}",
                    description = "điểm theo mã tiêu chí; tiêu chí không nêu tính 0 điểm")
            @NotNull Map<String, BigDecimal> scores,
            @Schema(example = "VN.VHCS-DV@1",
                    description = "MÃ hoặc MÃ@PHIÊN_BẢN; bỏ trống: bộ tiêu chí tập thể có hiệu lực đầu kỳ")
            String criteriaSet,
            @Schema(example = "Đánh giá quý II") @Size(max = 2000) String note) {
    }

    @PostMapping("/persons")
    @Operation(summary = "Đánh giá, xếp loại cá nhân hằng tháng (evaluate a person for a month)")
    ResponseEntity<WriteResult> evaluatePerson(@Valid @RequestBody EvaluatePersonRequest body) {
        EvaluatePerson command = new EvaluatePerson(new PersonId(body.personId()), period(body.period()), body.stage(),
                body.scores(), criteriaSet(body.criteriaSet()), text(body.note()));
        return dispatcher.write(command.evaluationId(), body, command);
    }

    @PostMapping("/units")
    @Operation(summary = "Đánh giá tập thể theo kỳ (evaluate a unit for a period)")
    ResponseEntity<WriteResult> evaluateUnit(@Valid @RequestBody EvaluateUnitRequest body) {
        EvaluateUnit command = new EvaluateUnit(new UnitId(body.unitId()), period(body.period()), body.scores(),
                criteriaSet(body.criteriaSet()), text(body.note()));
        return dispatcher.write(command.evaluationId(), body, command);
    }

    private static Period period(String text) {
        try {
            return Period.parseAsWritten(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("PERIOD_FORMAT", "period", "Kỳ '" + text
                    + "' không hợp lệ; dùng 2024-05, 2024-Q2, 2024-H1, 2024 hoặc 2024-01-01..2024-06-30");
        }
    }

    private static CriteriaSetRef criteriaSet(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CriteriaSetRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("CRITERIA_SET_REF_FORMAT", Scoring.FIELD,
                    "Bộ tiêu chí '" + text + "' phải có dạng MÃ hoặc MÃ@PHIÊN_BẢN, ví dụ HN-3814@1");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
