package vn.thidua.ledger.command.inspection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.inspection.CloseInspection;
import vn.thidua.ledger.api.inspection.InspectionChecklist;
import vn.thidua.ledger.api.inspection.InspectionClosed;
import vn.thidua.ledger.api.inspection.FindingResult;
import vn.thidua.ledger.api.inspection.InspectionFindingRecorded;
import vn.thidua.ledger.api.inspection.InspectionId;
import vn.thidua.ledger.api.inspection.InspectionOpened;
import vn.thidua.ledger.api.inspection.InspectionTeam;
import vn.thidua.ledger.api.inspection.OpenInspection;
import vn.thidua.ledger.api.inspection.RecordFinding;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

/**
 * An inspection of a unit's work over a period: opened, findings recorded item by item against the checklist
 * version it was opened under, then closed with a conclusion.
 */
@Aggregate
class Inspection {

    @AggregateIdentifier
    private InspectionId inspectionId;
    private UnitId targetUnitId;
    private String period;
    private int checklistVersion;
    private boolean closed;
    private String conclusion;
    /** The finding in force for each item: its result and note, as recorded last. */
    private final Map<String, Found> findings = new HashMap<>();

    private record Found(FindingResult result, String note) {
    }

    Inspection() {
        // for Axon
    }

    /** The longest team name, the most members and the longest member name an inspection records. */
    static final int MAX_TEAM_NAME = 500;
    static final int MAX_MEMBERS = 50;
    static final int MAX_MEMBER_NAME = 200;

    /** A team is a name or a list of names, as written on a decision: never a document of megabytes. */
    private static void requireTeamSize(InspectionTeam team) {
        if (team.name() != null && characters(team.name()) > MAX_TEAM_NAME) {
            throw RefusedException.invalid("INSPECTION_TEAM_SIZE", "team", "Tên đoàn kiểm tra dài tối đa "
                    + MAX_TEAM_NAME + " ký tự, không phải " + characters(team.name()));
        }
        if (team.members() != null && team.members().size() > MAX_MEMBERS) {
            throw RefusedException.invalid("INSPECTION_TEAM_SIZE", "team", "Đoàn kiểm tra có tối đa " + MAX_MEMBERS
                    + " thành viên, không phải " + team.members().size());
        }
        if (team.members() != null) {
            team.members().stream().filter(member -> characters(member) > MAX_MEMBER_NAME).findFirst()
                    .ifPresent(member -> {
                        throw RefusedException.invalid("INSPECTION_TEAM_SIZE", "team", "Họ tên thành viên đoàn kiểm "
                                + "tra dài tối đa " + MAX_MEMBER_NAME + " ký tự, không phải " + characters(member));
                    });
        }
    }

    /** Characters as a reader counts them: composed (a decomposed "ệ" is one), whatever their UTF-16 length. */
    private static int characters(String text) {
        String composed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        return composed.codePointCount(0, composed.length());
    }

    @CommandHandler
    Inspection(OpenInspection command, OrganisationDirectory directory) {
        if (command.team() == null || command.team().namesNobody()) {
            throw RefusedException.invalid("INSPECTION_TEAM_REQUIRED", "team",
                    "Phải nêu đoàn kiểm tra: tên đoàn hoặc họ tên các thành viên");
        }
        requireTeamSize(command.team());
        if (command.targetUnitId() == null) {
            throw RefusedException.invalid("INSPECTION_TARGET_REQUIRED", "targetUnitId",
                    "Phải nêu đơn vị được kiểm tra");
        }
        Period inspected = parsePeriod(command.period());
        LocalDate today = Today.date();
        if (inspected.from().isAfter(today)) {
            // what an inspection finds is what was done in the period: a period not begun has nothing to find
            throw RefusedException.invalid("INSPECTION_PERIOD_BEGUN", "period",
                    "Kỳ được kiểm tra " + command.period().strip() + " chưa bắt đầu (hôm nay là " + today + ")");
        }
        if (command.openedOn() != null) {
            Today.notAfter(command.openedOn(), "INSPECTION_DATE_NOT_IN_FUTURE", "openedOn", "Ngày bắt đầu kiểm tra");
            if (command.openedOn().isBefore(inspected.from())) {
                throw RefusedException.invalid("INSPECTION_OPENED_AFTER_PERIOD_BEGINS", "openedOn",
                        "Ngày bắt đầu kiểm tra " + command.openedOn() + " trước khi kỳ được kiểm tra "
                                + command.period().strip() + " bắt đầu");
            }
        }
        directory.unit(command.targetUnitId())
                .orElseThrow(() -> RefusedException.notFound("targetUnitId", command.targetUnitId()))
                .requireOpenOn(inspected.from(), "targetUnitId");
        apply(new InspectionOpened(command.inspectionId(), command.team(), command.targetUnitId(),
                command.period().strip(), InspectionChecklist.inForceOn(inspected.from()).version(), command.kind(),
                command.openedOn()));
    }

    @CommandHandler
    void handle(RecordFinding command) {
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (command.result() != null && new Found(command.result(), note).equals(findings.get(command.item()))) {
            // the finding in force, sent again (a retried request, after the close too): nothing new to record
            return;
        }
        requireOpen();
        InspectionChecklist checklist = InspectionChecklist.version(checklistVersion).orElseThrow(() ->
                new IllegalStateException("checklist version " + checklistVersion + " is not in the catalogue"));
        if (command.item() == null || checklist.item(command.item()).isEmpty()) {
            throw RefusedException.invalid("INSPECTION_CHECKLIST_ITEM_KNOWN", "item",
                    "Nội dung kiểm tra '" + command.item() + "' không có trong danh mục kiểm tra (phiên bản "
                            + checklistVersion + "); các mục: " + checklist.items().stream()
                            .map(item -> item.code() + " (" + item.label() + ")")
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (command.result() == null) {
            throw RefusedException.invalid("INSPECTION_RESULT_REQUIRED", "result",
                    "Phải nêu kết quả: đạt, đạt một phần hoặc không đạt");
        }
        apply(new InspectionFindingRecorded(inspectionId, targetUnitId, period, checklistVersion, command.item(),
                command.result(), note));
    }

    @CommandHandler
    void handle(CloseInspection command) {
        if (closed && command.conclusion() != null && command.conclusion().strip().equals(conclusion)) {
            return; // the close in force, sent again: nothing new to record
        }
        requireOpen();
        if (command.conclusion() == null || command.conclusion().isBlank()) {
            throw RefusedException.invalid("INSPECTION_CONCLUSION_REQUIRED", "conclusion",
                    "Phải nêu kết luận kiểm tra");
        }
        apply(new InspectionClosed(inspectionId, targetUnitId, period, command.conclusion().strip()));
    }

    private void requireOpen() {
        if (closed) {
            throw RefusedException.conflict("INSPECTION_CLOSED", null,
                    "Cuộc kiểm tra " + inspectionId.value() + " đã kết thúc; không thể ghi nhận thêm");
        }
    }

    private static Period parsePeriod(String period) {
        try {
            return Period.parseAsWritten(period);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("PERIOD_VALID", "period",
                    "Kỳ kiểm tra không hợp lệ: " + period + " (ví dụ 2024, 2024-H1, 2024-01-01..2024-06-30)");
        }
    }

    @EventSourcingHandler
    void on(InspectionOpened event) {
        inspectionId = event.inspectionId();
        targetUnitId = event.targetUnitId();
        period = event.period();
        checklistVersion = event.checklistVersion();
    }

    @EventSourcingHandler
    void on(InspectionFindingRecorded event) {
        findings.put(event.item(), new Found(event.result(), event.note()));
    }

    @EventSourcingHandler
    void on(InspectionClosed event) {
        closed = true;
        conclusion = event.conclusion();
    }
}
