package vn.thidua.ledger.command.criteria;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.criteria.Band;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.criteria.Criterion;
import vn.thidua.ledger.api.criteria.CriterionSource;
import vn.thidua.ledger.api.criteria.PublishCriteriaSet;
import vn.thidua.ledger.api.criteria.Quota;
import vn.thidua.ledger.api.criteria.SanctionCap;
import vn.thidua.ledger.api.criteria.ViolationPenalty;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

/**
 * Publishing criteria sets. Input checks here are about shape only; the rules of a definition (ordered
 * bands, a quota within 0..1, …) are the aggregate's, so that each refusal names its rule.
 */
@RestController
@RequestMapping("/api/criteria-sets")
@Tag(name = "Bộ tiêu chí đánh giá, xếp loại")
class CriteriaSetController {

    private final CommandDispatcher dispatcher;

    CriteriaSetController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record CriterionRequest(
            @Schema(example = "TASKS") String code,
            @Schema(example = "70") BigDecimal max,
            @Schema(example = "Kết quả thực hiện nhiệm vụ được giao") @Size(max = 500) String label,
            @Schema(description = "SCORED (chấm điểm, mặc định) hoặc SURVEY (từ khảo sát sự hài lòng, chỉ cho tập thể)")
            CriterionSource source) {
    }

    record BandRequest(
            @Schema(example = "A") String level,
            @Schema(example = "90") BigDecimal min,
            @Schema(example = "Hoàn thành xuất sắc nhiệm vụ") @Size(max = 500) String label) {
    }

    record QuotaRequest(
            @Schema(example = "A") String level,
            @Schema(example = "0.30") BigDecimal maxShare,
            @Schema(example = "B") String demoteTo,
            @Schema(description = "CLASSIFIED (số người được xếp loại, mặc định) hoặc LEVEL:<mức>, ví dụ LEVEL:HTT")
            String base,
            @Schema(example = "0.40", description = "tỷ lệ tối đa của đơn vị được công nhận hoàn thành xuất sắc nhiệm vụ "
                    + "trong kỳ (mức cao nhất của bộ tiêu chí đơn vị); bỏ trống: như mọi đơn vị")
            BigDecimal exceptionalMaxShare) {
    }

    record PenaltyRequest(
            @Schema(example = "NK-") String rulePrefix,
            @Schema(example = "5") BigDecimal points) {
    }

    record SanctionCapRequest(
            @Schema(example = "KHIEN_TRACH") String minForm,
            @Schema(example = "D") String maxLevel,
            @Schema(example = "PERIOD", description = "PERIOD: kỷ luật quyết định trong kỳ; YEAR: trong năm tính đến hết kỳ")
            String window) {
    }

    record PublishCriteriaSetRequest(
            @Schema(example = "HN-3814", description = "bỏ trống để hệ thống tự sinh mã (phiên bản sau phải nêu mã này)")
            @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "1") @NotNull Integer version,
            @Schema(example = "PERSON") @NotNull CriteriaSubject subject,
            @Schema(example = "2018-07-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "Đánh giá, xếp loại cán bộ, công chức, viên chức hằng tháng") @Size(max = 500)
            String title,
            @Schema(example = "3814-QĐ/TU ngày 16/5/2018") @Size(max = 500) String legalBasis,
            @Schema(description = "true khi các giá trị chưa được đối chiếu với văn bản gốc") Boolean unconfirmed,
            // required, though refused by the set's own rules (CRITERIA_SET_CRITERIA_REQUIRED) rather than here
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 100)
            List<@NotNull @Valid CriterionRequest> criteria,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 50) List<@NotNull @Valid BandRequest> bands,
            @Valid QuotaRequest quota,
            @Size(max = 100) List<@NotNull @Valid PenaltyRequest> violationPenalty,
            @Valid SanctionCapRequest sanctionCap) {

        CriteriaSet toCriteriaSet(String setId) {
            return new CriteriaSet(new CriteriaSetId(setId), version, subject, effectiveFrom, text(title),
                    text(legalBasis), Boolean.TRUE.equals(unconfirmed),
                    map(criteria, c -> new Criterion(c.code(), c.max(), text(c.label()), c.source())),
                    map(bands, b -> new Band(b.level(), b.min(), text(b.label()))),
                    quota == null ? null : new Quota(quota.level(), quota.maxShare(), quota.demoteTo(), quota.base(),
                            quota.exceptionalMaxShare()),
                    map(violationPenalty, p -> new ViolationPenalty(p.rulePrefix(), p.points())),
                    sanctionCap == null ? null : new SanctionCap(sanctionCap.minForm(), sanctionCap.maxLevel(), sanctionCap.window()));
        }

        private static <T, R> List<R> map(List<T> requests, Function<T, R> mapping) {
            return requests == null ? List.of() : requests.stream().map(mapping).toList();
        }

        private static String text(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @PostMapping
    @Operation(summary = "Ban hành một phiên bản bộ tiêu chí (publish a criteria set version)")
    ResponseEntity<WriteResult> publish(@Valid @RequestBody PublishCriteriaSetRequest body) {
        // API.md: a POST without id gets a generated one
        CriteriaSet set = body.toCriteriaSet(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(set.id(), body, new PublishCriteriaSet(set));
    }
}
