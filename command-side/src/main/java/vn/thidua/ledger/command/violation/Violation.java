package vn.thidua.ledger.command.violation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.AmendViolation;
import vn.thidua.ledger.api.violation.AnnulSanction;
import vn.thidua.ledger.api.violation.ConfirmViolation;
import vn.thidua.ledger.api.violation.DisciplinePolicy;
import vn.thidua.ledger.api.violation.DismissViolation;
import vn.thidua.ledger.api.violation.ImposeSanction;
import vn.thidua.ledger.api.violation.RecordViolation;
import vn.thidua.ledger.api.violation.RetractViolation;
import vn.thidua.ledger.api.violation.RuleCatalogue;
import vn.thidua.ledger.api.violation.SanctionAnnulled;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SanctionImposed;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.api.violation.ViolationDismissed;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationRecorded;
import vn.thidua.ledger.api.violation.ViolationRetracted;
import vn.thidua.ledger.api.violation.ViolationStatus;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.UnitEntry;
import vn.thidua.ledger.command.directory.OrganisationDirectory.PersonEntry;

/**
 * A violation (vi phạm) of a catalogued rule by a person or a unit: recorded, then confirmed or dismissed,
 * possibly amended or retracted, and, once confirmed, sanctioned (at most one sanction in force at a time).
 * Every step is an event of its own; nothing recorded earlier is overwritten.
 */
@Aggregate
class Violation {

    /** "Today", for the rules that a violation or a sanction cannot lie in the future, is the date in Vietnam. */

    private record SanctionInForce(SanctionForm form, LocalDate decidedOn, String decisionNo, UnitId unitId) {
    }

    @AggregateIdentifier
    private ViolationId violationId;
    private ViolationStatus status;
    private SubjectKind subjectKind;
    private String subjectId;
    private UnitId unitId;
    private String ruleCode;
    private int catalogueVersion;
    private LocalDate occurredOn;
    private String description;
    private String evidenceRef;
    private SanctionInForce sanction;
    /** The day of the last annulment, when it was recorded with one (those of before annulments had days: null). */
    private LocalDate lastAnnulledOn;

    Violation() {
        // for Axon
    }

    @CommandHandler
    Violation(RecordViolation command, OrganisationDirectory directory, RuleCatalogue catalogue) {
        if (command.subjectId() == null || command.subjectId().isBlank()) {
            throw RefusedException.invalid("VIOLATION_SUBJECT_REQUIRED", "subjectId",
                    "Phải nêu cá nhân hoặc đơn vị vi phạm");
        }
        if (!EntityId.FORMAT.matcher(command.subjectId()).matches()) {
            throw RefusedException.invalid("ID_FORMAT", "subjectId", "Mã không hợp lệ: " + command.subjectId());
        }
        String rule = requireKnownRule(command.ruleCode(), catalogue);
        if (command.occurredOn() == null) {
            throw RefusedException.invalid("VIOLATION_DATE_REQUIRED", "occurredOn", "Phải nêu ngày xảy ra vi phạm");
        }
        requireNotInFuture(command.occurredOn());
        if (command.source() == null) {
            throw RefusedException.invalid("VIOLATION_SOURCE_REQUIRED", "source",
                    "Phải nêu nguồn phát hiện vi phạm (kiểm tra, đơn thư, cấp trên, tự phê bình, khảo sát, khác)");
        }
        SubjectKind kind = subjectKindOf(command, directory);
        UnitId unit = kind == SubjectKind.PERSON ? unitOf(new PersonId(command.subjectId()), command.occurredOn(),
                directory) : new UnitId(command.subjectId());
        if (kind == SubjectKind.UNIT) {
            directory.unit(unit).orElseThrow().requireOpenOn(command.occurredOn(), "subjectId");
        }
        apply(new ViolationRecorded(command.violationId(), kind, command.subjectId(), unit, rule, catalogue.version(),
                command.occurredOn(), command.source(), clean(command.description()), clean(command.evidenceRef())));
    }

    /** The kind the client named, or else whichever of a person and a unit has the id (refused when both do). */
    private static SubjectKind subjectKindOf(RecordViolation command, OrganisationDirectory directory) {
        String id = command.subjectId();
        if (command.subjectKind() == SubjectKind.UNIT) {
            if (!directory.unitExists(new UnitId(id))) {
                throw RefusedException.notFound("subjectId", new UnitId(id));
            }
            return SubjectKind.UNIT;
        }
        boolean person = directory.person(new PersonId(id)).isPresent();
        if (command.subjectKind() == SubjectKind.PERSON) {
            if (!person) {
                throw RefusedException.notFound("subjectId", new PersonId(id));
            }
            return SubjectKind.PERSON;
        }
        boolean unit = directory.unitExists(new UnitId(id));
        if (person && unit) {
            // the request leaves out what it must say, as a commendation's does: invalid input, not a conflict
            throw RefusedException.invalid("VIOLATION_SUBJECT_AMBIGUOUS", "subjectKind",
                    "Mã " + id + " vừa là một cá nhân vừa là một đơn vị; hãy nêu subjectKind (PERSON hoặc UNIT)");
        }
        if (!person && !unit) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "subjectId",
                    "Không tìm thấy cá nhân hoặc đơn vị có mã " + id + " (subjectId)");
        }
        return person ? SubjectKind.PERSON : SubjectKind.UNIT;
    }

    /** The unit the person worked in on the day of the violation: its standings are the ones it weighs on. */
    private static UnitId unitOf(PersonId person, LocalDate day, OrganisationDirectory directory) {
        directory.requireInServiceOn(person, day, "occurredOn");
        return directory.unitOn(person, day)
                .or(() -> directory.person(person).map(PersonEntry::unitId))
                .orElseThrow(() -> RefusedException.notFound("subjectId", person));
    }

    @CommandHandler
    void handle(ConfirmViolation command) {
        String reason = requireReason(command.reason());
        requireNotClosed("xác nhận");
        if (status == ViolationStatus.CONFIRMED) {
            throw RefusedException.conflict("VIOLATION_ALREADY_CONFIRMED", null,
                    "Vi phạm " + violationId.value() + " đã được xác nhận");
        }
        apply(new ViolationConfirmed(violationId, subjectKind, subjectId, unitId, occurredOn, reason));
    }

    @CommandHandler
    void handle(DismissViolation command) {
        String reason = requireReason(command.reason());
        requireNotClosed("bác bỏ");
        if (status == ViolationStatus.CONFIRMED) {
            throw RefusedException.conflict("VIOLATION_ALREADY_CONFIRMED", null,
                    "Vi phạm " + violationId.value() + " đã được xác nhận nên không thể bác bỏ; "
                            + "nếu đã ghi nhầm, hãy thu hồi (retract)");
        }
        apply(new ViolationDismissed(violationId, subjectKind, subjectId, unitId, occurredOn, reason));
    }

    @CommandHandler
    void handle(RetractViolation command) {
        String reason = requireReason(command.reason());
        requireNotClosed("thu hồi");
        if (sanction != null) {
            // withdrawing the record would leave a sanction without a violation behind it
            throw RefusedException.conflict("VIOLATION_SANCTION_IN_FORCE", null,
                    "Vi phạm " + violationId.value() + " đang có quyết định kỷ luật " + describe(sanction)
                            + "; hãy hủy quyết định đó trước khi thu hồi");
        }
        apply(new ViolationRetracted(violationId, subjectKind, subjectId, unitId, occurredOn, reason));
    }

    @CommandHandler
    void handle(AmendViolation command, RuleCatalogue catalogue, OrganisationDirectory directory) {
        String reason = requireReason(command.reason());
        String newRule = command.ruleCode() == null ? ruleCode : requireKnownRule(command.ruleCode(), catalogue);
        LocalDate newOccurredOn = command.occurredOn() == null ? occurredOn : requireNotInFuture(command.occurredOn());
        String newDescription = command.description() == null ? description : clean(command.description());
        String newEvidenceRef = command.evidenceRef() == null ? evidenceRef : clean(command.evidenceRef());
        requireNotClosed("sửa");
        boolean ruleChanges = !newRule.equals(ruleCode);
        boolean dateChanges = !newOccurredOn.equals(occurredOn);
        if (!ruleChanges && !dateChanges && Objects.equals(newDescription, description)
                && Objects.equals(newEvidenceRef, evidenceRef)) {
            throw RefusedException.invalid("VIOLATION_AMENDMENT_CHANGES", null,
                    "Nội dung sửa không khác gì bản ghi hiện tại của vi phạm " + violationId.value());
        }
        if (sanction != null && (ruleChanges || dateChanges)) {
            // the sanction was checked against this rule and date (form, limitation period)
            throw RefusedException.conflict("VIOLATION_SANCTION_IN_FORCE", ruleChanges ? "ruleCode" : "occurredOn",
                    "Vi phạm " + violationId.value() + " đang có quyết định kỷ luật " + describe(sanction)
                            + "; hãy hủy quyết định đó trước khi sửa mã quy tắc hoặc ngày vi phạm");
        }
        // a new day may fall before or after a transfer of the person: the unit follows the day
        UnitId newUnit = dateChanges && subjectKind == SubjectKind.PERSON
                ? unitOf(new PersonId(subjectId), newOccurredOn, directory) : unitId;
        if (dateChanges && subjectKind == SubjectKind.UNIT) {
            directory.unit(unitId).ifPresent(unit -> unit.requireOpenOn(newOccurredOn, "occurredOn"));
        }
        // and the unit it leaves is the one its old day counts in now: a transfer recorded since, back-dated before
        // that day, moved it out of the unit it was recorded in
        UnitId previousUnit = dateChanges && subjectKind == SubjectKind.PERSON
                ? directory.unitOn(new PersonId(subjectId), occurredOn).orElse(unitId) : unitId;
        apply(new ViolationAmended(violationId, subjectKind, subjectId, newUnit, newRule,
                ruleChanges ? catalogue.version() : catalogueVersion, newOccurredOn, newDescription, newEvidenceRef,
                ruleCode, occurredOn, description, evidenceRef, reason, previousUnit));
    }

    @CommandHandler
    void handle(ImposeSanction command, OrganisationDirectory directory) {
        if (command.form() == null) {
            throw RefusedException.invalid("SANCTION_FORM_REQUIRED", "form", "Phải nêu hình thức xử lý");
        }
        if (command.decidedOn() == null) {
            throw RefusedException.invalid("SANCTION_DATE_REQUIRED", "decidedOn", "Phải nêu ngày quyết định");
        }
        requireNotClosed("xử lý kỷ luật");
        if (status != ViolationStatus.CONFIRMED) {
            throw RefusedException.conflict("SANCTION_REQUIRES_CONFIRMED", null,
                    "Chỉ xử lý khi vi phạm đã được xác nhận; vi phạm " + violationId.value() + " mới ở trạng thái '"
                            + status.label() + "'");
        }
        if (sanction != null) {
            throw RefusedException.conflict("SANCTION_ALREADY_IMPOSED", null,
                    "Vi phạm " + violationId.value() + " đã có quyết định " + describe(sanction)
                            + "; muốn xử lý lại phải hủy quyết định đó trước");
        }
        if (command.decidedOn().isBefore(occurredOn)) {
            throw RefusedException.invalid("SANCTION_AFTER_VIOLATION", "decidedOn",
                    "Ngày quyết định " + command.decidedOn() + " trước ngày xảy ra vi phạm " + occurredOn);
        }
        // the earlier decision stood until its annulment: a new one dated before it would overlap it on the record
        if (lastAnnulledOn != null && command.decidedOn().isBefore(lastAnnulledOn)) {
            throw RefusedException.conflict("SANCTION_AFTER_ANNULMENT", "decidedOn", "Ngày quyết định "
                    + command.decidedOn() + " trước ngày hủy quyết định xử lý trước (" + lastAnnulledOn
                    + "); hai quyết định không thể cùng có hiệu lực với một vi phạm");
        }
        PersonCategory category = null;
        boolean leader = false;
        UnitId unitNow = unitId;
        if (subjectKind == SubjectKind.PERSON) {
            // one dismissed before the decision was no longer a public servant to discipline
            directory.requireInServiceOn(new PersonId(subjectId), command.decidedOn(), "decidedOn");
            // the forms are those of the post the person held when the decision was taken, not of today's
            PersonEntry person = directory.personOn(new PersonId(subjectId), command.decidedOn())
                    .orElseThrow(() -> RefusedException.notFound("subjectId", new PersonId(subjectId)));
            category = person.category();
            leader = person.leader();
            unitNow = person.unitId();
        }
        SanctionForm form = command.form();
        if (!DisciplinePolicy.allows(form, subjectKind, category, leader)) {
            throw RefusedException.invalid("SANCTION_FORM_FOR_CATEGORY", "form",
                    "Hình thức " + form.label() + " không áp dụng cho "
                            + DisciplinePolicy.subjectLabel(subjectKind, category, leader).toLowerCase(Locale.ROOT)
                            + "; các hình thức được áp dụng: "
                            + DisciplinePolicy.allowedFormsLabel(subjectKind, category, leader));
        }
        if (!DisciplinePolicy.withinLimitation(form, occurredOn, command.decidedOn())) {
            throw RefusedException.conflict("SANCTION_LIMITATION_EXPIRED", "decidedOn",
                    "Đã hết thời hiệu xử lý " + form.label().toLowerCase(Locale.ROOT) + " (" + form.limitationYears()
                            + " năm kể từ ngày vi phạm " + occurredOn + ", hết ngày "
                            + DisciplinePolicy.limitationEnds(form, occurredOn) + "; ngày quyết định "
                            + command.decidedOn() + ")");
        }
        Today.notAfter(command.decidedOn(), "SANCTION_DATE_NOT_IN_FUTURE", "decidedOn", "Ngày quyết định");
        apply(new SanctionImposed(violationId, subjectKind, subjectId, unitNow, category, leader, form,
                command.decidedOn(), clean(command.decisionNo())));
    }

    @CommandHandler
    void handle(AnnulSanction command, OrganisationDirectory directory) {
        String reason = requireReason(command.reason());
        if (sanction == null) {
            throw RefusedException.conflict("SANCTION_IN_FORCE_REQUIRED", null,
                    "Vi phạm " + violationId.value() + " không có quyết định xử lý nào đang có hiệu lực");
        }
        if (sanction.form() == SanctionForm.BUOC_THOI_VIEC && subjectKind == SubjectKind.PERSON) {
            // the dismissal ended the person's service: a unit closed since, with them still on its staff, rests on it
            directory.person(new PersonId(subjectId)).flatMap(person -> directory.unit(person.unitId()))
                    .filter(UnitEntry::closed).ifPresent(unit -> {
                        throw RefusedException.conflict("SANCTION_ANNUL_UNIT_CLOSED", null, "Đơn vị "
                                + unit.unitId().value() + " của " + subjectId + " đã giải thể sau quyết định buộc thôi "
                                + "việc này; hủy quyết định thì người này lại công tác ở một đơn vị không còn");
                    });
        }
        // the annulling decision's own day: not before the decision it annuls, not a day still to come
        LocalDate annulledOn = command.annulledOn() != null ? command.annulledOn() : Today.date();
        if (annulledOn.isBefore(sanction.decidedOn())) {
            throw RefusedException.invalid("SANCTION_ANNULLED_AFTER_DECISION", "annulledOn", "Ngày hủy " + annulledOn
                    + " trước ngày của quyết định bị hủy (" + sanction.decidedOn() + ")");
        }
        Today.notAfter(annulledOn, "SANCTION_ANNUL_DATE_NOT_IN_FUTURE", "annulledOn", "Ngày hủy quyết định");
        apply(new SanctionAnnulled(violationId, subjectKind, subjectId, sanction.unitId(), sanction.form(),
                sanction.decidedOn(), sanction.decisionNo(), reason, annulledOn, clean(command.decisionNo())));
    }

    private static String requireKnownRule(String code, RuleCatalogue catalogue) {
        String stripped = code == null ? null : code.strip();
        if (!catalogue.contains(stripped)) {
            throw RefusedException.invalid("RULE_CODE_KNOWN", "ruleCode",
                    stripped == null || stripped.isEmpty()
                            ? "Phải nêu mã quy tắc bị vi phạm (xem GET /api/rule-codes)"
                            : "Mã quy tắc " + stripped + " không có trong danh mục phiên bản " + catalogue.version()
                                    + " (xem GET /api/rule-codes)");
        }
        return stripped;
    }

    private static LocalDate requireNotInFuture(LocalDate day) {
        return Today.notAfter(day, "VIOLATION_DATE_NOT_IN_FUTURE", "occurredOn", "Ngày xảy ra vi phạm");
    }

    private static String requireReason(String reason) {
        String stripped = clean(reason);
        if (stripped == null) {
            throw RefusedException.invalid("VIOLATION_REASON_REQUIRED", "reason", "Phải nêu lý do");
        }
        return stripped;
    }

    private void requireNotClosed(String action) {
        if (status.isFinal()) {
            throw RefusedException.conflict("VIOLATION_CLOSED", null,
                    "Vi phạm " + violationId.value() + " ở trạng thái '" + status.label() + "'; không thể " + action
                            + " nữa");
        }
    }

    private static String describe(SanctionInForce sanction) {
        return sanction.form().label() + Optional.ofNullable(sanction.decisionNo()).map(no -> " số " + no).orElse("")
                + " ngày " + sanction.decidedOn();
    }

    /** Free text as given, without surrounding blanks; blank text is no text. */
    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ViolationRecorded event) {
        violationId = event.violationId();
        status = ViolationStatus.RECORDED;
        subjectKind = event.subjectKind();
        subjectId = event.subjectId();
        unitId = event.unitId();
        ruleCode = event.ruleCode();
        catalogueVersion = event.catalogueVersion();
        occurredOn = event.occurredOn();
        description = event.description();
        evidenceRef = event.evidenceRef();
    }

    @EventSourcingHandler
    void on(ViolationConfirmed event) {
        status = ViolationStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(ViolationDismissed event) {
        status = ViolationStatus.DISMISSED;
    }

    @EventSourcingHandler
    void on(ViolationRetracted event) {
        status = ViolationStatus.RETRACTED;
    }

    @EventSourcingHandler
    void on(ViolationAmended event) {
        if (event.unitId() != null) {
            unitId = event.unitId();
        }
        ruleCode = event.ruleCode();
        catalogueVersion = event.catalogueVersion();
        occurredOn = event.occurredOn();
        description = event.description();
        evidenceRef = event.evidenceRef();
    }

    @EventSourcingHandler
    void on(SanctionImposed event) {
        sanction = new SanctionInForce(event.form(), event.decidedOn(), event.decisionNo(), event.unitId());
    }

    @EventSourcingHandler
    void on(SanctionAnnulled event) {
        sanction = null;
        lastAnnulledOn = event.annulledOn();
    }
}
