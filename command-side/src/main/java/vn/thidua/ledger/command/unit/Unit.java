package vn.thidua.ledger.command.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.unit.CloseUnit;
import vn.thidua.ledger.api.unit.MoveUnit;
import vn.thidua.ledger.api.unit.RegisterUnit;
import vn.thidua.ledger.api.unit.RenameUnit;
import vn.thidua.ledger.api.unit.UnitClosed;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitMoved;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.api.unit.UnitRenamed;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.UnitEntry;

/** A unit of the organisation tree (cơ quan, đơn vị). */
@Aggregate
class Unit {

    @AggregateIdentifier
    private UnitId unitId;
    private String name;
    private UnitId parentId;
    private boolean closed;
    /** The day the last move took effect; null while the unit never moved. */
    private LocalDate movedOn;

    Unit() {
        // for Axon
    }

    @CommandHandler
    Unit(RegisterUnit command, OrganisationDirectory directory) {
        if (command.name() == null || command.name().isBlank()) {
            throw RefusedException.invalid("UNIT_NAME_REQUIRED", "name", "Tên đơn vị không được để trống");
        }
        if (command.kind() == null) {
            throw RefusedException.invalid("UNIT_KIND_REQUIRED", "kind", "Phải nêu loại đơn vị");
        }
        if (directory.unitExists(command.unitId())) {
            throw RefusedException.alreadyExists(command.unitId());
        }
        if (command.parentId() != null) {
            if (command.parentId().equals(command.unitId())) {
                throw RefusedException.invalid("UNIT_PARENT_NOT_SELF", "parentId", "Đơn vị không thể là cấp trên của chính nó");
            }
            requireOpenParent(directory, command.parentId());
        }
        apply(new UnitRegistered(command.unitId(), command.name().strip(), command.kind(), command.parentId()));
    }

    @CommandHandler
    void handle(RenameUnit command) {
        requireOpen();
        if (command.name() == null || command.name().isBlank()) {
            throw RefusedException.invalid("UNIT_NAME_REQUIRED", "name", "Tên đơn vị không được để trống");
        }
        String newName = command.name().strip();
        if (newName.equals(name)) {
            throw RefusedException.conflict("UNIT_NAME_CHANGED", "name", "Đơn vị đã mang tên này: " + name);
        }
        apply(new UnitRenamed(unitId, name, newName, command.reason()));
    }

    @CommandHandler
    void handle(MoveUnit command, OrganisationDirectory directory) {
        requireOpen();
        if (command.parentId() == null) {
            throw RefusedException.invalid("UNIT_PARENT_REQUIRED", "parentId", "Phải nêu đơn vị cấp trên mới");
        }
        if (command.effectiveOn() == null) {
            throw RefusedException.invalid("UNIT_MOVE_DATE_REQUIRED", "effectiveOn", "Phải nêu ngày có hiệu lực");
        }
        if (command.parentId().equals(parentId)) {
            throw RefusedException.conflict("UNIT_PARENT_CHANGED", "parentId",
                    "Đơn vị đã trực thuộc " + parentId.value());
        }
        // recorded once in effect: the tree, and every check made against it, follows the move from then on
        Today.notAfter(command.effectiveOn(), "UNIT_MOVE_DATE_NOT_IN_FUTURE", "effectiveOn", "Ngày có hiệu lực");
        if (movedOn != null && command.effectiveOn().isBefore(movedOn)) {
            throw RefusedException.conflict("UNIT_MOVES_IN_DATE_ORDER", "effectiveOn", "Đơn vị đã chuyển sang "
                    + parentId.value() + " từ ngày " + movedOn + "; lần chuyển mới không thể có hiệu lực sớm hơn ("
                    + command.effectiveOn() + ")");
        }
        requireOpenParent(directory, command.parentId());
        // today's tree tells the cycles of today; one dated earlier than a move above the new parent would be
        // checked against a tree that did not stand then
        directory.latestMoveAbove(command.parentId())
                .filter(moved -> moved.getValue().isAfter(command.effectiveOn()))
                .ifPresent(moved -> {
                    throw RefusedException.conflict("UNIT_MOVES_IN_DATE_ORDER", "effectiveOn", "Đơn vị "
                            + moved.getKey().value() + " (ở trên " + command.parentId().value() + ") đã chuyển từ ngày "
                            + moved.getValue() + "; lần chuyển có hiệu lực sớm hơn (" + command.effectiveOn()
                            + ") phải được ghi trước lần chuyển đó");
                });
        if (directory.isWithin(command.parentId(), unitId)) {
            throw RefusedException.conflict("UNIT_TREE_NO_CYCLE", "parentId",
                    "Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó (" + command.parentId().value() + ")");
        }
        apply(new UnitMoved(unitId, parentId, command.parentId(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(CloseUnit command, OrganisationDirectory directory) {
        requireOpen();
        if (command.closedOn() == null) {
            throw RefusedException.invalid("UNIT_CLOSE_DATE_REQUIRED", "closedOn", "Phải nêu ngày giải thể, sáp nhập");
        }
        if (directory.hasOpenChildren(unitId)) {
            throw RefusedException.conflict("UNIT_HAS_OPEN_CHILDREN", "id",
                    "Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể chúng trước");
        }
        long persons = directory.personsIn(unitId);
        if (persons > 0) {
            throw RefusedException.conflict("UNIT_HAS_PERSONS", "id",
                    "Đơn vị còn " + persons + " người đang công tác; hãy điều chuyển họ trước");
        }
        Today.notAfter(command.closedOn(), "UNIT_CLOSE_DATE_NOT_IN_FUTURE", "closedOn", "Ngày giải thể, sáp nhập");
        // a person dismissed (buộc thôi việc) served the unit until the decision: it existed until then
        directory.lastDismissalIn(unitId).filter(day -> command.closedOn().isBefore(day)).ifPresent(day -> {
            throw RefusedException.conflict("UNIT_CLOSED_AFTER_DISMISSALS", "closedOn", "Ngày giải thể "
                    + command.closedOn() + " trước ngày " + day + " có người của đơn vị bị buộc thôi việc");
        });
        if (movedOn != null && command.closedOn().isBefore(movedOn)) {
            throw RefusedException.conflict("UNIT_CLOSED_AFTER_MOVE", "closedOn", "Ngày giải thể "
                    + command.closedOn() + " trước ngày đơn vị chuyển sang " + parentId.value() + " (" + movedOn + ")");
        }
        // the people transferred out before the closure: none of them worked in a unit that no longer existed
        directory.lastStaffChangeOn(unitId).filter(day -> command.closedOn().isBefore(day)).ifPresent(day -> {
            throw RefusedException.conflict("UNIT_CLOSED_AFTER_TRANSFERS", "closedOn", "Ngày giải thể "
                    + command.closedOn() + " trước ngày " + day + " có người chuyển đến hoặc chuyển đi khỏi đơn vị");
        });
        // nor did a unit stand under it, or leave it, once it no longer existed
        directory.lastUnitMoveOn(unitId).filter(day -> command.closedOn().isBefore(day)).ifPresent(day -> {
            throw RefusedException.conflict("UNIT_CLOSED_AFTER_UNIT_MOVES", "closedOn", "Ngày giải thể "
                    + command.closedOn() + " trước ngày " + day + " có đơn vị chuyển đến trực thuộc hoặc chuyển đi "
                    + "khỏi đơn vị");
        });
        // nor did a unit below it outlive it
        directory.lastChildClosing(unitId).filter(child -> command.closedOn().isBefore(child.day()))
                .ifPresent(child -> {
                    throw RefusedException.conflict("UNIT_CLOSED_AFTER_CHILDREN", "closedOn", "Ngày giải thể "
                            + command.closedOn() + " trước ngày " + child.day() + " đơn vị trực thuộc " + child.key()
                            + " giải thể; đơn vị trực thuộc không thể còn hoạt động dưới một đơn vị đã giải thể");
                });
        // nothing on record may fall after the unit's end: a closed unit refuses such facts, so it refuses the end
        directory.latestFact(unitId).filter(fact -> command.closedOn().isBefore(fact.day())).ifPresent(fact -> {
            throw RefusedException.conflict("UNIT_CLOSED_AFTER_FACTS", "closedOn", "Ngày giải thể "
                    + command.closedOn() + " trước ngày " + fact.day() + " của " + described(fact.key())
                    + " đã ghi cho đơn vị; một đơn vị đã giải thể không nhận sự kiện nào sau ngày cuối cùng của nó");
        });
        apply(new UnitClosed(unitId, command.closedOn(), command.reason()));
    }

    /** A fact's key ({@code survey:KS-1}) as a reader says it ({@code khảo sát KS-1}). */
    private static String described(String key) {
        String kind = key.substring(0, key.indexOf(':'));
        String id = key.substring(key.indexOf(':') + 1);
        return switch (kind) {
            case "evaluation" -> "đánh giá đơn vị " + id;
            case "survey" -> "khảo sát " + id;
            case "inspection" -> "cuộc kiểm tra " + id;
            case "commendation" -> "đề nghị khen thưởng " + id;
            case "violation" -> "vi phạm " + id;
            case "report" -> "báo cáo phải nộp " + id;
            case "submission" -> "việc nộp báo cáo " + id;
            case "registration" -> "đăng ký thi đua " + id;
            case "covenant" -> "giao ước thi đua " + id;
            case "campaign" -> "phong trào, cuộc vận động " + id;
            case "review" -> "hội nghị sơ kết, tổng kết " + id;
            case "cluster" -> "tư cách thành viên cụm, khối " + id.substring(0, id.lastIndexOf(':')) + " từ "
                    + id.substring(id.lastIndexOf(':') + 1);
            default -> key;
        };
    }

    private void requireOpen() {
        if (closed) {
            throw RefusedException.conflict("UNIT_CLOSED", "id", "Đơn vị " + unitId.value() + " đã giải thể");
        }
    }

    static void requireOpenParent(OrganisationDirectory directory, UnitId parent) {
        UnitEntry entry = directory.unit(parent).orElseThrow(() -> RefusedException.notFound("parentId", parent));
        if (entry.closed()) {
            throw RefusedException.conflict("UNIT_CLOSED", "parentId", "Đơn vị " + parent.value() + " đã giải thể");
        }
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
        name = event.name();
        parentId = event.parentId();
    }

    @EventSourcingHandler
    void on(UnitRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(UnitMoved event) {
        parentId = Objects.requireNonNull(event.parentId());
        movedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(UnitClosed event) {
        closed = true;
    }
}
