package vn.thidua.ledger.command.person;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.person.ChangePersonPost;
import vn.thidua.ledger.api.person.LeaveRecorded;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonPostChanged;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.PersonTransferred;
import vn.thidua.ledger.api.person.RecordLeave;
import vn.thidua.ledger.api.person.RegisterPerson;
import vn.thidua.ledger.api.person.TransferPerson;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.DisciplinePolicy;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.UnitEntry;

/** A person working in a unit (cán bộ, công chức, viên chức, người lao động). */
@Aggregate
class Person {

    @AggregateIdentifier
    private PersonId personId;
    private UnitId unitId;
    private PersonCategory category;
    private boolean leader;
    private LocalDate lastChangeOn;
    /** The first day of service, when the registration told it. */
    private LocalDate joinedOn;
    /** A leave recorded: its first and last day. */
    private record Leave(LocalDate from, LocalDate to) {
    }

    private final List<Leave> leaves = new ArrayList<>();

    Person() {
        // for Axon
    }

    @CommandHandler
    Person(RegisterPerson command, OrganisationDirectory directory) {
        if (command.fullName() == null || command.fullName().isBlank()) {
            throw RefusedException.invalid("PERSON_NAME_REQUIRED", "fullName", "Họ và tên không được để trống");
        }
        if (command.category() == null) {
            throw RefusedException.invalid("PERSON_CATEGORY_REQUIRED", "category",
                    "Phải nêu đối tượng: cán bộ, công chức, viên chức hay người lao động");
        }
        if (command.unitId() == null) {
            throw RefusedException.invalid("PERSON_UNIT_REQUIRED", "unitId", "Phải nêu đơn vị công tác");
        }
        if (directory.person(command.personId()).isPresent()) {
            throw RefusedException.alreadyExists(command.personId());
        }
        requireOpenUnit(directory, command.unitId(), "unitId");
        if (command.joinedOn() != null) {
            Today.notAfter(command.joinedOn(), "PERSON_JOINED_NOT_IN_FUTURE", "joinedOn", "Ngày bắt đầu công tác");
        }
        apply(new PersonRegistered(command.personId(), command.unitId(), command.fullName().strip(),
                command.category(), command.leader(), command.joinedOn()));
    }

    @CommandHandler
    void handle(RecordLeave command, OrganisationDirectory directory) {
        if (command.kind() == null) {
            throw RefusedException.invalid("LEAVE_KIND_REQUIRED", "kind", "Phải nêu loại nghỉ (MATERNITY: nghỉ chế độ "
                    + "thai sản)");
        }
        if (command.from() == null || command.to() == null) {
            throw RefusedException.invalid("LEAVE_DATES_REQUIRED", command.from() == null ? "from" : "to",
                    "Phải nêu ngày bắt đầu và ngày kết thúc nghỉ");
        }
        if (command.to().isBefore(command.from())) {
            throw RefusedException.invalid("LEAVE_DATES_ORDERED", "to", "Ngày kết thúc " + command.to()
                    + " trước ngày bắt đầu " + command.from());
        }
        // a leave is recorded once it has begun (its end may be the one decided)
        Today.notAfter(command.from(), "LEAVE_BEGUN", "from", "Ngày bắt đầu nghỉ");
        for (Leave leave : leaves) {
            if (!command.from().isAfter(leave.to()) && !command.to().isBefore(leave.from())) {
                throw RefusedException.conflict("LEAVE_NOT_OVERLAPPING", "from", "Đã ghi nhận thời gian nghỉ từ "
                        + leave.from() + " đến " + leave.to() + ", trùng với " + command.from() + ".." + command.to());
            }
        }
        directory.requireInServiceOn(personId, command.from(), "from");
        directory.requireInServiceOn(personId, command.to(), "to");
        UnitId unit = directory.unitOn(personId, command.from()).orElse(unitId);
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        apply(new LeaveRecorded(personId, unit, command.kind(), command.from(), command.to(), note));
    }

    @EventSourcingHandler
    void on(LeaveRecorded event) {
        leaves.add(new Leave(event.from(), event.to()));
    }

    @CommandHandler
    void handle(TransferPerson command, OrganisationDirectory directory) {
        if (command.toUnitId() == null) {
            throw RefusedException.invalid("PERSON_TRANSFER_UNIT_REQUIRED", "toUnitId", "Phải nêu đơn vị chuyển đến");
        }
        if (command.effectiveOn() == null) {
            throw RefusedException.invalid("PERSON_TRANSFER_DATE_REQUIRED", "effectiveOn", "Phải nêu ngày có hiệu lực");
        }
        // the order first: a transfer dated before a later change would speak of a unit they are not in then
        requireInOrder(command.effectiveOn());
        if (command.toUnitId().equals(unitId)) {
            throw RefusedException.conflict("PERSON_TRANSFER_TO_OTHER_UNIT", "toUnitId",
                    "Người này đang công tác tại " + unitId.value());
        }
        directory.requireInServiceOn(personId, command.effectiveOn(), "effectiveOn");
        requireOpenUnit(directory, command.toUnitId(), "toUnitId");
        apply(new PersonTransferred(personId, unitId, command.toUnitId(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ChangePersonPost command, OrganisationDirectory directory) {
        if (command.category() == null) {
            throw RefusedException.invalid("PERSON_CATEGORY_REQUIRED", "category",
                    "Phải nêu đối tượng: cán bộ, công chức, viên chức hay người lao động");
        }
        if (command.effectiveOn() == null) {
            throw RefusedException.invalid("PERSON_POST_DATE_REQUIRED", "effectiveOn", "Phải nêu ngày có hiệu lực");
        }
        // a change of category alone leaves the leadership post as it is, never silently ends it
        boolean newLeader = command.leader() == null ? leader : command.leader();
        if (command.category() == category && newLeader == leader) {
            throw RefusedException.conflict("PERSON_POST_CHANGED", "category", "Không có gì thay đổi");
        }
        requireInOrder(command.effectiveOn());
        directory.requireInServiceOn(personId, command.effectiveOn(), "effectiveOn");
        // a sanction was judged by the post held on its decision's day: the new post must allow its form too
        for (OrganisationDirectory.PersonSanction sanction
                : directory.sanctionsDecidedFrom(personId, command.effectiveOn())) {
            if (!DisciplinePolicy.allows(sanction.form(), SubjectKind.PERSON, command.category(), newLeader)) {
                throw RefusedException.conflict("PERSON_POST_AFTER_SANCTION", "effectiveOn", "Quyết định kỷ luật "
                        + sanction.form().label().toLowerCase(Locale.ROOT) + " ngày " + sanction.decidedOn()
                        + " (vi phạm " + sanction.violationId().value() + ") không áp dụng cho "
                        + DisciplinePolicy.subjectLabel(SubjectKind.PERSON, command.category(), newLeader)
                        .toLowerCase(Locale.ROOT) + "; hãy hủy quyết định đó trước, hoặc ghi thay đổi có hiệu lực "
                        + "sau ngày " + sanction.decidedOn());
            }
        }
        apply(new PersonPostChanged(personId, unitId, category, leader, command.category(), newLeader,
                command.effectiveOn()));
    }

    /** Changes take effect in date order, so that "where and what was this person on a day" has one answer. */
    private void requireInOrder(LocalDate effectiveOn) {
        // recorded once in effect: the directory, and every check made against it, follows the person from then on
        Today.notAfter(effectiveOn, "PERSON_CHANGE_DATE_NOT_IN_FUTURE", "effectiveOn", "Ngày có hiệu lực");
        if (joinedOn != null && effectiveOn.isBefore(joinedOn)) {
            throw RefusedException.conflict("PERSON_NOT_YET_IN_SERVICE", "effectiveOn", "Người này bắt đầu công tác "
                    + "từ ngày " + joinedOn + "; không thể ghi thay đổi có hiệu lực sớm hơn");
        }
        if (lastChangeOn != null && effectiveOn.isBefore(lastChangeOn)) {
            throw RefusedException.conflict("PERSON_CHANGES_IN_DATE_ORDER", "effectiveOn",
                    "Đã có thay đổi có hiệu lực từ " + lastChangeOn + "; không thể ghi thay đổi có hiệu lực sớm hơn");
        }
    }

    private static void requireOpenUnit(OrganisationDirectory directory, UnitId unit, String field) {
        UnitEntry entry = directory.unit(unit).orElseThrow(() -> RefusedException.notFound(field, unit));
        if (entry.closed()) {
            throw RefusedException.conflict("UNIT_CLOSED", field, "Đơn vị " + unit.value() + " đã giải thể");
        }
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        joinedOn = event.joinedOn();
        personId = event.personId();
        unitId = event.unitId();
        category = event.category();
        leader = event.leader();
    }

    @EventSourcingHandler
    void on(PersonTransferred event) {
        unitId = event.toUnitId();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(PersonPostChanged event) {
        category = event.category();
        leader = event.leader();
        lastChangeOn = event.effectiveOn();
    }
}
