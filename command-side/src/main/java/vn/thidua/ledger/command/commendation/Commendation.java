package vn.thidua.ledger.command.commendation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.ApproveCommendation;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationProposed;
import vn.thidua.ledger.api.commendation.CommendationReinstated;
import vn.thidua.ledger.api.commendation.CommendationRejected;
import vn.thidua.ledger.api.commendation.CommendationRevoked;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.ProposeCommendation;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.commendation.ReinstateCommendation;
import vn.thidua.ledger.api.commendation.RejectCommendation;
import vn.thidua.ledger.api.commendation.RevokeCommendation;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.CampaignEntry;

/**
 * A title or certificate proposed for a person or a unit: approved by a decision, or rejected; an approved
 * one may later be revoked. Rejected is final, and so is revoked by decision; a revocation a violation caused is
 * undone if that violation is retracted or its day corrected out of the period.
 */
@Aggregate
class Commendation {

    private enum Status { PROPOSED, APPROVED, REJECTED, REVOKED }

    /** "Today", for the rule that a decision cannot lie in the future, is the date in Vietnam. */

    @AggregateIdentifier
    private CommendationId commendationId;
    private CommendationTitle title;
    private RecipientKind recipientKind;
    private String recipientId;
    private String period;
    /** The cụm or khối a Cờ thi đua is for; null for other titles and for flags proposed before clusters were named. */
    private ClusterId clusterId;
    private Status status;
    /** The violation whose confirmation revoked this commendation; null unless revoked for one. */
    private ViolationId revokedFor;

    Commendation() {
        // for Axon
    }

    @CommandHandler
    Commendation(ProposeCommendation command, OrganisationDirectory directory) {
        if (command.title() == null) {
            throw RefusedException.invalid("COMMENDATION_TITLE_REQUIRED", "title",
                    "Phải nêu danh hiệu hoặc hình thức khen thưởng");
        }
        if (command.recipientId() == null) {
            throw RefusedException.invalid("COMMENDATION_RECIPIENT_REQUIRED", "recipientId",
                    "Phải nêu cá nhân hoặc tập thể được đề nghị khen thưởng");
        }
        String period = requirePeriod(command.period());
        if (command.title().yearly() && !isCalendarYear(Period.parse(period))) {
            throw RefusedException.invalid("TITLE_PERIOD_YEAR", "period", "Danh hiệu \"" + command.title().label()
                    + "\" được xét theo năm; kỳ phải là một năm (ví dụ 2024), không phải " + period);
        }
        // one flag to a cụm or khối a year: a flag rewards whole years (one, or a campaign's), never part of one
        if (command.title() == CommendationTitle.CO_THI_DUA && !isWholeYears(Period.parse(period))) {
            throw RefusedException.invalid("TITLE_PERIOD_YEAR", "period", "Cờ thi đua được xét theo năm; kỳ phải là "
                    + "một năm hoặc trọn nhiều năm (ví dụ 2024 hoặc 2021-01-01..2025-12-31), không phải " + period);
        }
        // a title rewards what was done: a period not yet begun has nothing to reward (its approval would be refused)
        Today.begun(Period.parse(period), "COMMENDATION_PERIOD_BEGUN", "period", "Kỳ được khen thưởng");
        RecipientKind kind = recipientKind(command, directory);
        if (kind == RecipientKind.PERSON) {
            // a title rewards service: a period the person served no day of (before joining, after a dismissal)
            Period rewarded = Period.parse(period);
            directory.requireInServiceDuring(new PersonId(command.recipientId()), rewarded.from(), rewarded.to(),
                    "period");
        }
        if (kind == RecipientKind.UNIT) {
            // a period that began after the unit was closed rewards nothing it did
            directory.unit(new UnitId(command.recipientId())).orElseThrow()
                    .requireOpenOn(Period.parse(period).from(), "recipientId");
        }
        ClusterId cluster = flagCluster(command, period, directory);
        if (command.campaignId() != null) {
            requireWithinCampaign(command, kind, Period.parse(period), directory);
        }
        apply(new CommendationProposed(command.commendationId(), command.title(), kind, command.recipientId(), period,
                blankToNull(command.reason()), command.campaignId(), cluster));
    }

    /**
     * A commendation given under a campaign rewards what was done in it: its period meets the campaign's days, and
     * the recipient (a person by the unit they worked in) was within the campaign's scope on the last of those days.
     */
    private static void requireWithinCampaign(ProposeCommendation command, RecipientKind kind, Period rewarded,
                                              OrganisationDirectory directory) {
        CampaignEntry campaign = directory.campaign(command.campaignId())
                .orElseThrow(() -> RefusedException.notFound("campaignId", command.campaignId()));
        if (rewarded.to().isBefore(campaign.startsOn()) || rewarded.from().isAfter(campaign.endsOn())) {
            throw RefusedException.conflict("COMMENDATION_WITHIN_CAMPAIGN", "period", "Kỳ khen thưởng "
                    + command.period().strip() + " nằm ngoài thời gian của cuộc vận động " + command.campaignId().value()
                    + " (" + campaign.startsOn() + ".." + campaign.endsOn() + ")");
        }
        LocalDate day = rewarded.to().isAfter(campaign.endsOn()) ? campaign.endsOn() : rewarded.to();
        UnitId unit = kind == RecipientKind.UNIT ? new UnitId(command.recipientId())
                : directory.unitOn(new PersonId(command.recipientId()), day).orElse(null);
        if (unit == null || !directory.isWithinOn(unit, campaign.scopeUnitId(), day)) {
            throw RefusedException.conflict("COMMENDATION_RECIPIENT_IN_CAMPAIGN_SCOPE", "recipientId",
                    (kind == RecipientKind.UNIT ? "Đơn vị " + command.recipientId()
                            : "Ngày " + day + ", " + command.recipientId() + (unit == null ? " không công tác tại đơn vị nào"
                            : " công tác tại đơn vị " + unit.value()))
                            + (kind == RecipientKind.UNIT ? " nằm" : ",") + " ngoài phạm vi cuộc vận động "
                            + command.campaignId().value() + " (" + campaign.scopeUnitId().value() + ")");
        }
    }

    /**
     * The cụm or khối a Cờ thi đua is for (DOMAIN.md item 6: the flag goes to the unit leading its cụm or khối, one
     * flag to each): the one named, which the unit must have belonged to in the period, or the only one it belonged
     * to. Null for every other title, which names none.
     */
    private static ClusterId flagCluster(ProposeCommendation command, String period, OrganisationDirectory directory) {
        if (command.title() != CommendationTitle.CO_THI_DUA) {
            if (command.clusterId() != null) {
                throw RefusedException.invalid("COMMENDATION_CLUSTER_FOR_FLAG_ONLY", "clusterId", "Chỉ Cờ thi đua "
                        + "nêu cụm, khối thi đua (clusterId); danh hiệu \"" + command.title().label() + "\" không nêu");
            }
            return null;
        }
        Period rewarded = Period.parse(period);
        UnitId unit = new UnitId(command.recipientId());
        List<ClusterId> clusters = directory.clustersBetween(unit, rewarded.from(), rewarded.to());
        if (command.clusterId() != null) {
            if (clusters.contains(command.clusterId())) {
                return command.clusterId();
            }
            if (!directory.clusterExists(command.clusterId())) {
                throw RefusedException.notFound("clusterId", command.clusterId());
            }
            throw RefusedException.conflict("CO_THI_DUA_CLUSTER_MEMBER", "clusterId", "Cờ thi đua của cụm, khối "
                    + command.clusterId().value() + " tặng đơn vị dẫn đầu cụm, khối đó; " + unit.value()
                    + " không thuộc cụm, khối này trong kỳ " + period + (clusters.isEmpty() ? ""
                    : " (đơn vị thuộc " + ids(clusters) + ")"));
        }
        if (clusters.isEmpty()) {
            throw RefusedException.conflict("CO_THI_DUA_CLUSTER_MEMBER", "recipientId", "Cờ thi đua tặng đơn vị "
                    + "dẫn đầu cụm, khối thi đua; " + unit.value() + " không thuộc cụm, khối nào trong kỳ " + period);
        }
        if (clusters.size() > 1) {
            throw RefusedException.invalid("CO_THI_DUA_CLUSTER_REQUIRED", "clusterId", "Trong kỳ " + period + ", "
                    + unit.value() + " thuộc " + clusters.size() + " cụm, khối thi đua (" + ids(clusters)
                    + "); hãy nêu Cờ thi đua của cụm, khối nào (clusterId)");
        }
        return clusters.get(0);
    }

    private static String ids(List<ClusterId> clusters) {
        return clusters.stream().map(ClusterId::value).collect(Collectors.joining(", "));
    }

    /** A Cờ thi đua of the same cụm or khối for an overlapping period, in force for another commendation. */
    private void requireClusterFlagFree(OrganisationDirectory directory, Period rewarded, String refusedAction) {
        if (title != CommendationTitle.CO_THI_DUA || clusterId == null) {
            return;
        }
        directory.clusterFlagInForce(clusterId, rewarded.from(), rewarded.to())
                .filter(held -> !held.getKey().equals(commendationId))
                .ifPresent(held -> {
                    throw RefusedException.conflict("CO_THI_DUA_ONCE_PER_CLUSTER", null, refusedAction
                            + ": Cờ thi đua của cụm, khối " + clusterId.value() + " cho kỳ này đã được tặng "
                            + held.getValue() + " (" + held.getKey().value() + "); mỗi cụm, khối một cờ");
                });
    }

    /**
     * Whether the recipient is a person or a unit. A person and a unit may share an id, so the title decides
     * between them, and only when it suits both must the client say which it means.
     */
    private static RecipientKind recipientKind(ProposeCommendation command, OrganisationDirectory directory) {
        boolean person = directory.person(new PersonId(command.recipientId())).isPresent();
        boolean unit = directory.unitExists(new UnitId(command.recipientId()));
        if (command.recipientKind() != null) {
            boolean exists = command.recipientKind() == RecipientKind.PERSON ? person : unit;
            if (!exists) {
                throw RefusedException.notFound("recipientId", command.recipientKind().idOf(command.recipientId()));
            }
            requireSuits(command.title(), command.recipientKind());
            return command.recipientKind();
        }
        if (!person && !unit) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "recipientId",
                    "Không tìm thấy cá nhân hay tập thể nào có mã " + command.recipientId() + " (recipientId)");
        }
        boolean suitsPerson = person && command.title().awardableTo(RecipientKind.PERSON);
        boolean suitsUnit = unit && command.title().awardableTo(RecipientKind.UNIT);
        if (suitsPerson && suitsUnit) {
            throw RefusedException.invalid("COMMENDATION_RECIPIENT_UNAMBIGUOUS", "recipientKind",
                    "Mã " + command.recipientId() + " vừa là cá nhân vừa là tập thể; hãy nêu recipientKind (PERSON hoặc UNIT)");
        }
        if (suitsPerson || suitsUnit) {
            return suitsPerson ? RecipientKind.PERSON : RecipientKind.UNIT;
        }
        RecipientKind found = person ? RecipientKind.PERSON : RecipientKind.UNIT;
        requireSuits(command.title(), found);
        return found;
    }

    private static void requireSuits(CommendationTitle title, RecipientKind kind) {
        if (!title.awardableTo(kind)) {
            throw RefusedException.invalid("COMMENDATION_TITLE_FOR_RECIPIENT", "title",
                    "Danh hiệu \"" + title.label() + "\" không xét cho " + kind.label().toLowerCase());
        }
    }

    @CommandHandler
    void handle(ApproveCommendation command, OrganisationDirectory directory) {
        if (status == Status.APPROVED) {
            throw RefusedException.conflict("COMMENDATION_APPROVED_ONCE", null,
                    "Đề nghị khen thưởng " + commendationId.value() + " đã được phê duyệt");
        }
        requireNotFinal();
        if (command.decisionNo() == null || command.decisionNo().isBlank()) {
            throw RefusedException.invalid("COMMENDATION_DECISION_REQUIRED", "decisionNo",
                    "Phải nêu số quyết định khen thưởng");
        }
        if (command.decidedOn() == null) {
            throw RefusedException.invalid("COMMENDATION_DECISION_REQUIRED", "decidedOn",
                    "Phải nêu ngày ký quyết định khen thưởng");
        }
        Period rewarded = Period.parse(period);
        if (command.decidedOn().isBefore(rewarded.from())) {
            throw RefusedException.invalid("COMMENDATION_DECIDED_AFTER_PERIOD_STARTS", "decidedOn",
                    "Ngày quyết định " + command.decidedOn() + " trước khi kỳ được khen thưởng " + period + " bắt đầu");
        }
        // a yearly title, a flag, rewards the whole year: it is judged at the year's end (its level, its members')
        if ((title.yearly() || title == CommendationTitle.CO_THI_DUA)
                && command.decidedOn().isBefore(rewarded.to().withDayOfMonth(1))) {
            throw RefusedException.invalid("TITLE_DECIDED_AT_PERIOD_END", "decidedOn", "Danh hiệu \"" + title.label()
                    + "\" được xét khi kỳ " + period + " kết thúc; ngày quyết định " + command.decidedOn()
                    + " phải từ " + rewarded.to().withDayOfMonth(1) + " (tháng cuối của kỳ) trở đi");
        }
        Today.notAfter(command.decidedOn(), "COMMENDATION_DATE_NOT_IN_FUTURE", "decidedOn", "Ngày quyết định");
        if (title.heldOncePerPeriod()) {
            directory.titleInForce(title, recipientKind, recipientId, rewarded.from(), rewarded.to())
                    .ifPresent(held -> {
                        throw RefusedException.conflict("TITLE_ONCE_PER_PERIOD", null, recipientKind.label() + " "
                                + recipientId + " đã được tặng danh hiệu \"" + title.label() + "\" cho kỳ này ("
                                + held.value() + ")");
                    });
        }
        requireClusterFlagFree(directory, rewarded, "Không thể phê duyệt");
        if (recipientKind == RecipientKind.PERSON) {
            directory.requireInServiceDuring(new PersonId(recipientId), rewarded.from(), rewarded.to(), "period");
        }
        SubjectKind subjectKind = recipientKind == RecipientKind.PERSON ? SubjectKind.PERSON : SubjectKind.UNIT;
        directory.confirmedViolationBetween(subjectKind, recipientId, rewarded.from(), rewarded.to())
                .ifPresent(violation -> {
                    // it would be revoked at once (DOMAIN.md item 6): a confirmed violation falls in its period
                    throw RefusedException.conflict("TITLE_PERIOD_WITHOUT_CONFIRMED_VIOLATION", null,
                            "Không thể khen thưởng " + recipientKind.label().toLowerCase() + " " + recipientId
                                    + " cho kỳ " + period + ": vi phạm " + violation.value()
                                    + " đã được xác nhận trong kỳ này");
                });
        apply(new CommendationApproved(commendationId, title, recipientKind, recipientId, period,
                command.decisionNo().strip(), command.decidedOn(), clusterId));
    }

    @CommandHandler
    void handle(RejectCommendation command) {
        requireNotFinal();
        if (status == Status.APPROVED) {
            throw RefusedException.conflict("COMMENDATION_REJECT_PROPOSED_ONLY", null,
                    "Đề nghị khen thưởng " + commendationId.value() + " đã được phê duyệt; chỉ có thể thu hồi");
        }
        apply(new CommendationRejected(commendationId, title, recipientKind, recipientId, period,
                requireReason(command.reason()), clusterId));
    }

    @CommandHandler
    void handle(RevokeCommendation command) {
        // revoked for a violation, a title may still be revoked by decision: that makes it final (no reinstatement)
        boolean revokedForAViolation = status == Status.REVOKED && revokedFor != null;
        if (!(revokedForAViolation && command.violationId() == null)) {
            requireNotFinal();
        }
        if (status != Status.APPROVED && !revokedForAViolation) {
            throw RefusedException.conflict("COMMENDATION_REVOKE_APPROVED_ONLY", null,
                    "Chỉ thu hồi được khen thưởng đã phê duyệt; đề nghị " + commendationId.value() + " chưa được phê duyệt");
        }
        apply(new CommendationRevoked(commendationId, title, recipientKind, recipientId, period,
                requireReason(command.reason()), command.violationId(), clusterId));
    }

    /**
     * A revocation a violation caused is undone when that violation no longer falls in the period: only that one (a
     * decision to revoke is final), only while no other confirmed violation of the recipient falls there, and not
     * when the title has been granted again meanwhile.
     */
    @CommandHandler
    void handle(ReinstateCommendation command, OrganisationDirectory directory) {
        if (status != Status.REVOKED || revokedFor == null || !revokedFor.equals(command.violationId())) {
            throw RefusedException.conflict("COMMENDATION_REINSTATED_AFTER_ITS_VIOLATION", null, "Khen thưởng "
                    + commendationId.value() + " không bị thu hồi vì vi phạm " + command.violationId().value()
                    + "; chỉ khôi phục được khen thưởng bị thu hồi do một vi phạm nay không còn nằm trong kỳ");
        }
        Period rewarded = Period.parse(period);
        SubjectKind subjectKind = recipientKind == RecipientKind.PERSON ? SubjectKind.PERSON : SubjectKind.UNIT;
        directory.confirmedViolationBetween(subjectKind, recipientId, rewarded.from(), rewarded.to())
                .ifPresent(violation -> {
                    throw RefusedException.conflict("TITLE_PERIOD_WITHOUT_CONFIRMED_VIOLATION", null,
                            "Không khôi phục khen thưởng " + commendationId.value() + ": vi phạm " + violation.value()
                                    + " đã được xác nhận trong kỳ " + period);
                });
        if (title.heldOncePerPeriod()) {
            directory.titleInForce(title, recipientKind, recipientId, rewarded.from(), rewarded.to())
                    .ifPresent(held -> {
                        throw RefusedException.conflict("TITLE_ONCE_PER_PERIOD", null, recipientKind.label() + " "
                                + recipientId + " đã được tặng lại danh hiệu \"" + title.label() + "\" cho kỳ này ("
                                + held.value() + ")");
                    });
        }
        requireClusterFlagFree(directory, rewarded, "Không khôi phục khen thưởng " + commendationId.value());
        apply(new CommendationReinstated(commendationId, title, recipientKind, recipientId, period,
                command.violationId(), requireReason(command.reason()), clusterId));
    }

    private void requireNotFinal() {
        if (status == Status.REJECTED || status == Status.REVOKED) {
            throw RefusedException.conflict("COMMENDATION_FINAL", null, "Đề nghị khen thưởng " + commendationId.value()
                    + (status == Status.REJECTED ? " đã bị từ chối" : " đã bị thu hồi") + "; không thể thay đổi");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RefusedException.invalid("COMMENDATION_REASON_REQUIRED", "reason", "Phải nêu lý do");
        }
        return reason.strip();
    }

    private static String requirePeriod(String period) {
        try {
            Period.parseAsWritten(period);
            return period;
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("PERIOD_VALID", "period",
                    "Kỳ khen thưởng không hợp lệ: " + period + " (ví dụ 2024)");
        }
    }

    private static boolean isCalendarYear(Period period) {
        return period.from().getDayOfYear() == 1 && period.to().equals(period.from().withDayOfYear(
                period.from().lengthOfYear()));
    }

    /** From a 1 January to a 31 December. */
    private static boolean isWholeYears(Period period) {
        return period.from().getDayOfYear() == 1 && period.to().getMonthValue() == 12
                && period.to().getDayOfMonth() == 31;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(CommendationProposed event) {
        commendationId = event.commendationId();
        title = event.title();
        recipientKind = event.recipientKind();
        recipientId = event.recipientId();
        period = event.period();
        clusterId = event.clusterId();
        status = Status.PROPOSED;
    }

    @EventSourcingHandler
    void on(CommendationApproved event) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(CommendationRejected event) {
        status = Status.REJECTED;
    }

    @EventSourcingHandler
    void on(CommendationRevoked event) {
        status = Status.REVOKED;
        revokedFor = event.violationId();
    }

    @EventSourcingHandler
    void on(CommendationReinstated event) {
        status = Status.APPROVED;
        revokedFor = null;
    }
}
