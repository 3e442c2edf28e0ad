package vn.thidua.ledger.command.scope;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.person.LeaveRecorded;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.CampaignEntry;
import vn.thidua.ledger.command.directory.OrganisationDirectory.PersonEntry;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * Refuses (403) an event of an account scoped to a unit unless everything it concerns lies within that unit (see
 * {@link #concerned}). Events that concern no unit at all — criteria sets, organisation-wide records — and
 * clusters with their members are for accounts of the whole organisation. Checked as each
 * event is staged, whichever command or import stages it, so a refused command stores nothing.
 */
public class UnitScopeCheck implements MessageDispatchInterceptor<EventMessage<?>> {

    static final String RULE = "UNIT_SCOPE";

    private final OrganisationDirectory directory;

    public UnitScopeCheck(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            check(message);
            return message;
        };
    }

    void check(EventMessage<?> message) {
        if (!(message.getMetaData().get(MetaDataKeys.UNIT_SCOPE) instanceof String scope)
                || !(message.getPayload() instanceof LedgerEvent event)) {
            return; // the whole organisation's accounts, and the system's own events
        }
        if (event.subjects().stream().anyMatch(ClusterId.class::isInstance)) {
            // clusters are the emulation council's: a unit does not choose whom it competes with
            throw new RefusedException(RefusedException.Reason.FORBIDDEN, RULE, null, "Tài khoản chỉ được ghi cho "
                    + "đơn vị " + scope + " và các đơn vị trực thuộc; cụm, khối thi đua và thành viên của chúng do "
                    + "tài khoản của toàn tổ chức ghi");
        }
        requireWithin(scope, concerned(event));
    }

    /** Refuses unless every unit of {@code concerned} lies within {@code scope}; none at all is the organisation's. */
    void requireWithin(String scope, Set<UnitId> concerned) {
        UnitId scopeUnit = new UnitId(scope);
        if (concerned.isEmpty()) {
            throw new RefusedException(RefusedException.Reason.FORBIDDEN, RULE, null, "Tài khoản chỉ được ghi cho "
                    + "đơn vị " + scope + " và các đơn vị trực thuộc; bản ghi này không gắn với đơn vị nào mà thuộc "
                    + "toàn tổ chức");
        }
        for (UnitId unit : concerned) {
            if (!unit.equals(scopeUnit) && !directory.isWithin(unit, scopeUnit)) {
                throw new RefusedException(RefusedException.Reason.FORBIDDEN, RULE, null, "Tài khoản chỉ được ghi "
                        + "cho đơn vị " + scope + " và các đơn vị trực thuộc, không cho " + unit.value());
            }
        }
    }

    /** The last day of the business time the event speaks of (a withdrawal's day, a period's end), or null. */
    private static LocalDate lastDayOf(LedgerEvent event) {
        String businessTime = event.businessTime();
        if (businessTime == null) {
            return null;
        }
        try {
            return Period.parse(businessTime).to();
        } catch (RuntimeException notAPeriod) {
            return null;
        }
    }

    /**
     * The units an event concerns: the units it names (those the directory knows: a new unit counts by its
     * parent), which for a person are the unit of the fact's day (and for a leave every unit of its days); else,
     * naming none, the units its people worked in on the last day the event speaks of (a pledge's withdrawal by
     * its day), or now when it speaks of none; else the scope of the campaign it belongs to (a review).
     */
    Set<UnitId> concerned(LedgerEvent event) {
        Set<UnitId> units = new LinkedHashSet<>();
        for (EntityId subject : event.subjects()) {
            if (subject instanceof UnitId unit && directory.unitExists(unit)) {
                units.add(unit);
            }
        }
        if (event instanceof LeaveRecorded leave) {
            // a leave running past a transfer is also the months of the unit the person moved to
            units.addAll(directory.unitsDuring(leave.personId(), leave.from(), leave.to()));
        }
        if (units.isEmpty()) {
            LocalDate day = lastDayOf(event);
            for (EntityId subject : event.subjects()) {
                if (subject instanceof PersonId person) {
                    (day == null ? directory.person(person).map(PersonEntry::unitId) : directory.unitOn(person, day))
                            .ifPresent(units::add);
                }
            }
        }
        if (units.isEmpty()) {
            for (EntityId subject : event.subjects()) {
                if (subject instanceof CampaignId campaign) {
                    directory.campaign(campaign).map(CampaignEntry::scopeUnitId).ifPresent(units::add);
                }
            }
        }
        return units;
    }
}
