package vn.thidua.ledger.command.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.report.ReportId;
import vn.thidua.ledger.api.report.ReportKind;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationId;

/**
 * What command handlers may ask about other aggregates: whether a referenced entity exists, where it sits
 * in the organisation, and set-wide facts. Answers reflect committed events only.
 */
public interface OrganisationDirectory {

    /** A unit; {@code closedOn}, the day it was closed (dissolved or merged), null while it is open. */
    record UnitEntry(UnitId unitId, UnitId parentId, String name, LocalDate closedOn) {

        public boolean closed() {
            return closedOn != null;
        }

        /**
         * Refuses a fact of the unit dated {@code day} (for a period: its first day) when the unit was closed before
         * that day: it no longer existed then. Facts up to its last day are still recorded, late ones included.
         */
        public void requireOpenOn(LocalDate day, String field) {
            if (closedOn != null && day != null && closedOn.isBefore(day)) {
                throw RefusedException.conflict("UNIT_CLOSED", field, "Đơn vị " + unitId.value()
                        + " đã giải thể, sáp nhập ngày " + closedOn + "; không ghi được cho ngày " + day
                        + " hay kỳ bắt đầu sau ngày đó");
            }
        }
    }

    record PersonEntry(PersonId personId, UnitId unitId, PersonCategory category, boolean leader) {
    }

    /** A campaign's scope and dates, with the day its mid-term review was planned for (null: none planned). */
    record CampaignEntry(CampaignId campaignId, UnitId scopeUnitId, LocalDate startsOn, LocalDate endsOn,
                         LocalDate midTermReview) {

        public CampaignEntry(CampaignId campaignId, UnitId scopeUnitId, LocalDate startsOn, LocalDate endsOn) {
            this(campaignId, scopeUnitId, startsOn, endsOn, null);
        }
    }

    boolean unitExists(UnitId unitId);

    Optional<UnitEntry> unit(UnitId unitId);

    /** True when a unit still has child units that are not closed. */
    boolean hasOpenChildren(UnitId unitId);

    /** How many persons work in the unit now: those it counts, not dismissed (buộc thôi việc) since. */
    long personsIn(UnitId unitId);

    /** The latest day a person counted in the unit was dismissed on, if one was: they served it until then. */
    Optional<LocalDate> lastDismissalIn(UnitId unitId);

    /** The last day anyone was transferred into or out of the unit; empty when nobody ever was. */
    Optional<LocalDate> lastStaffChangeOn(UnitId unitId);

    /** The last day a unit was moved under this one or out from under it; empty when none ever was. */
    Optional<LocalDate> lastUnitMoveOn(UnitId unitId);

    /** The unit under this one closed last ({@code key}: its id) and its last day; empty when none was closed. */
    Optional<DatedFact> lastChildClosing(UnitId unitId);

    /** A fact recorded on a unit ({@code key}: its kind and id, e.g. {@code survey:KS-1}) and the day it is dated. */
    record DatedFact(String key, LocalDate day) {
    }

    /** A sanction in force on a person: its violation, form and the day it was decided. */
    record PersonSanction(ViolationId violationId, SanctionForm form, LocalDate decidedOn) {
    }

    /** The sanctions in force on the person decided on {@code from} or later, in the order of their days. */
    List<PersonSanction> sanctionsDecidedFrom(PersonId personId, LocalDate from);

    /** The dismissal (buộc thôi việc) in force on the person, the earliest if several: it ends their service. */
    default Optional<PersonSanction> dismissal(PersonId personId) {
        return sanctionsDecidedFrom(personId, LocalDate.MIN).stream()
                .filter(sanction -> sanction.form() == SanctionForm.BUOC_THOI_VIEC).findFirst();
    }

    /** The first day of the person's service, when their registration told it. */
    Optional<LocalDate> joinedOn(PersonId personId);

    /**
     * Refuses a fact of {@code personId} dated {@code day} (409) when the person was not in service that day: before
     * the first day their registration told, or after a dismissal in force (Decree 112: buộc thôi việc ends it).
     */
    default void requireInServiceOn(PersonId personId, LocalDate day, String field) {
        requireInServiceDuring(personId, day, day, field);
    }

    /** As {@link #requireInServiceOn}, for a fact of a span (a month): the person served on one of its days. */
    default void requireInServiceDuring(PersonId personId, LocalDate from, LocalDate to, String field) {
        joinedOn(personId).filter(to::isBefore).ifPresent(joined -> {
            throw RefusedException.conflict("PERSON_NOT_YET_IN_SERVICE", field, personId.value() + " bắt đầu công tác "
                    + "từ ngày " + joined + "; không ghi nhận việc " + (from.equals(to) ? "của ngày " + from
                    : "từ " + from + " đến " + to) + " trước đó");
        });
        dismissal(personId).filter(dismissed -> from.isAfter(dismissed.decidedOn())).ifPresent(dismissed -> {
            throw RefusedException.conflict("PERSON_DISMISSED", field, personId.value() + " đã bị buộc thôi việc "
                    + "theo quyết định ngày " + dismissed.decidedOn() + " (vi phạm " + dismissed.violationId().value()
                    + "); không ghi nhận việc của ngày " + from + " sau đó");
        });
    }

    /**
     * The unit's latest fact a closed unit would refuse after its last day: an evaluation, survey, inspection or
     * proposed title by the first day of its period, a violation of the unit by its day, a cluster membership by its
     * first day; empty when none is recorded.
     */
    Optional<DatedFact> latestFact(UnitId unitId);

    /** The unit the person worked in on {@code day} (their first unit for days before any transfer). */
    Optional<UnitId> unitOn(PersonId personId, LocalDate day);

    boolean hasRegistration(CampaignId campaignId, UnitId unitId, int year);

    /** The report the unit already owes of this kind and year, under this campaign or (null) under none. */
    Optional<ReportId> requiredReport(UnitId unitId, ReportKind kind, int year, CampaignId campaignIdOrNull);

    Optional<PersonEntry> person(PersonId personId);

    /**
     * The person with the post (category, leadership) they held on {@code day}: the latest change taking effect on
     * or before it, the later record of one day; their post at registration before any change; in the unit they
     * worked in that day ({@link #unitOn}).
     */
    Optional<PersonEntry> personOn(PersonId personId, LocalDate day);

    /**
     * The units the person worked in on any day from {@code from} to {@code to}, both included: the unit of the
     * first day and those they were transferred to meanwhile.
     */
    java.util.Set<UnitId> unitsDuring(PersonId personId, LocalDate from, LocalDate to);

    Optional<CampaignEntry> campaign(CampaignId campaignId);

    boolean pledgeExists(PledgeId pledgeId);

    /**
     * The latest day a move took effect for {@code unit} or a unit above it in today's tree, with that unit; empty
     * when none of them ever moved. Before that day the chain above {@code unit} may have been another.
     */
    Optional<Map.Entry<UnitId, LocalDate>> latestMoveAbove(UnitId unit);

    /** True when {@code unit} is {@code ancestor} itself or lies anywhere below it in the tree. */
    boolean isWithin(UnitId unit, UnitId ancestor);

    /** Whether {@code unit} is {@code ancestor} or lay below it on {@code day}, by the tree of that day. */
    boolean isWithinOn(UnitId unit, UnitId ancestor, LocalDate day);

    boolean hasActivePledge(CampaignId campaignId, PersonId personId);

    /** The day the person's latest withdrawn pledge in the campaign was withdrawn; empty when none was. */
    Optional<LocalDate> lastPledgeWithdrawal(CampaignId campaignId, PersonId personId);

    /** A confirmed violation of this person or unit itself that occurred between the two days (inclusive). */
    Optional<ViolationId> confirmedViolationBetween(SubjectKind kind, String subjectId, LocalDate from, LocalDate to);

    /** Whether the violation is confirmed now (neither dismissed nor retracted since). */
    boolean isConfirmed(ViolationId violationId);

    /** The day of the violation as it stands now, if it is confirmed now; empty otherwise. */
    Optional<LocalDate> confirmedViolationDay(ViolationId violationId);

    /** An approved, unrevoked title of this kind for the recipient whose period overlaps the two days. */
    Optional<CommendationId> titleInForce(CommendationTitle title, RecipientKind kind, String recipientId,
                                          LocalDate from, LocalDate to);

    /** The clusters and blocs the unit belonged to on at least one day between the two, by id. */
    List<ClusterId> clustersBetween(UnitId unitId, LocalDate from, LocalDate to);

    /** Whether a cluster or bloc of this id was registered. */
    boolean clusterExists(ClusterId clusterId);

    /** An approved, unrevoked Cờ thi đua for the cluster whose period overlaps the two days, with its recipient. */
    Optional<Map.Entry<CommendationId, String>> clusterFlagInForce(ClusterId clusterId, LocalDate from, LocalDate to);

    /**
     * Answers {@link #unit}, {@link #person} and {@link #unitOn} for all of these at once, for the rest of the
     * current transaction: a batch of commands asks the database once instead of once per command.
     */
    default void readAhead(Collection<UnitId> units, Collection<PersonId> persons) {
    }
}
