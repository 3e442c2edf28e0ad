package vn.thidua.ledger.query.discipline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.query.facts.FactsReader;
import vn.thidua.ledger.query.facts.ViewPoints;
import vn.thidua.ledger.query.time.AsOf;
import vn.thidua.ledger.rules.DecidedSanction;
import vn.thidua.ledger.rules.DisciplineEffects;

@RestController
@Tag(name = "Kỷ luật", description = "Hệ quả của kỷ luật (Luật 52/2019, điều 82)")
class DisciplineController {

    /** A decision in force against the person, and what it bars. */
    record Decision(String violationId, String form, String formLabel, LocalDate decidedOn, boolean disciplinary,
                    LocalDate barredFrom, LocalDate barredTo, boolean barInEffect) {
    }

    /**
     * @param barredThrough the last day a bar holds from {@code on}; null when none holds then
     * @param effect        the bar in words, in Vietnamese; null when none holds
     */
    record Discipline(String personId, String fullName, LocalDate on, long position, boolean barred,
                      LocalDate barredThrough, String effect, List<Decision> decisions) {
    }

    private final FactsReader facts;
    private final ViewPoints viewPoints;

    DisciplineController(FactsReader facts, ViewPoints viewPoints) {
        this.facts = facts;
        this.viewPoints = viewPoints;
    }

    @GetMapping("/api/persons/{id}/discipline")
    @Operation(summary = "Các quyết định xử lý đang có hiệu lực của một người và thời hạn không được nâng ngạch, thăng "
            + "hạng, quy hoạch, bổ nhiệm (12 tháng sau khiển trách, cảnh cáo, hạ bậc lương; 24 tháng sau giáng chức, "
            + "cách chức)")
    Discipline discipline(@PathVariable String id,
                          @Parameter(description = "ngày xét, mặc định hôm nay", example = "2025-01-15")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                          @RequestParam(required = false) String asOf) {
        if (!EntityId.FORMAT.matcher(id).matches()) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "id",
                    "Không tìm thấy: mã không hợp lệ " + id);
        }
        long position = viewPoints.position(asOf);
        String[] person = facts.people(List.of(id), position).get(id);
        if (person == null) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "id",
                    "Không tìm thấy người " + id);
        }
        LocalDate day = on == null ? LocalDate.now(AsOf.VIETNAM) : on;
        List<DecidedSanction> sanctions = facts.sanctions(List.of(id), position).stream()
                .filter(s -> !s.decidedOn().isAfter(day))
                .sorted(Comparator.comparing(DecidedSanction::decidedOn).thenComparing(DecidedSanction::violationId))
                .toList();
        List<DisciplineEffects.Bar> bars = DisciplineEffects.bars(sanctions);
        List<Decision> decisions = sanctions.stream().map(s -> {
            Optional<DisciplineEffects.Bar> bar = DisciplineEffects.bar(s);
            return new Decision(s.violationId(), s.form().name(), s.form().label(), s.decidedOn(),
                    s.form().disciplinary(), bar.map(DisciplineEffects.Bar::from).orElse(null),
                    bar.map(DisciplineEffects.Bar::to).orElse(null), bar.map(b -> b.inEffectOn(day)).orElse(false));
        }).toList();
        Optional<LocalDate> through = DisciplineEffects.barredThrough(bars, day);
        return new Discipline(id, person[0], day, position, through.isPresent(), through.orElse(null),
                through.map(last -> "Không thực hiện nâng ngạch, thăng hạng, quy hoạch, bổ nhiệm đến hết ngày " + last)
                        .orElse(null), decisions);
    }
}
