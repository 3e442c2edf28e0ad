package vn.thidua.ledger.command.directory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * An {@link OrganisationDirectory} held in memory, for aggregate tests: register it with
 * {@code fixture.registerInjectableResource(directory)} and describe the committed facts with the
 * {@code with…} methods.
 */
public class InMemoryDirectory implements OrganisationDirectory {

    private record PledgeEntry(CampaignId campaignId, PersonId personId, boolean active) {
    }

    /** Unit → its parent; the value is null for a root. */
    private final Map<UnitId, UnitId> units = new HashMap<>();
    private final Map<PersonId, PersonEntry> persons = new HashMap<>();
    private final Map<CampaignId, CampaignEntry> campaigns = new HashMap<>();
    private final Map<PledgeId, PledgeEntry> pledges = new HashMap<>();

    public InMemoryDirectory withUnit(String id, String parentIdOrNull) {
        units.put(new UnitId(id), parentIdOrNull == null ? null : new UnitId(parentIdOrNull));
        return this;
    }

    public InMemoryDirectory withPerson(String id, String unitId, PersonCategory category, boolean leader) {
        persons.put(new PersonId(id), new PersonEntry(new PersonId(id), new UnitId(unitId), category, leader));
        return this;
    }

    public InMemoryDirectory withCampaign(String id, String scopeUnitId, LocalDate from, LocalDate to) {
        campaigns.put(new CampaignId(id), new CampaignEntry(new CampaignId(id), new UnitId(scopeUnitId), from, to));
        return this;
    }

    public InMemoryDirectory withActivePledge(String pledgeId, String campaignId, String personId) {
        return withPledge(pledgeId, campaignId, personId, true);
    }

    public InMemoryDirectory withInactivePledge(String pledgeId, String campaignId, String personId) {
        return withPledge(pledgeId, campaignId, personId, false);
    }

    private InMemoryDirectory withPledge(String pledgeId, String campaignId, String personId, boolean active) {
        pledges.put(new PledgeId(pledgeId), new PledgeEntry(new CampaignId(campaignId), new PersonId(personId), active));
        return this;
    }

    @Override
    public boolean unitExists(UnitId unitId) {
        return units.containsKey(unitId);
    }

    @Override
    public Optional<PersonEntry> person(PersonId personId) {
        return Optional.ofNullable(persons.get(personId));
    }

    @Override
    public Optional<CampaignEntry> campaign(CampaignId campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public boolean pledgeExists(PledgeId pledgeId) {
        return pledges.containsKey(pledgeId);
    }

    /** Walks up from {@code unit} through its parents, as the JDBC directory does; an unknown unit is nowhere. */
    @Override
    public boolean isWithin(UnitId unit, UnitId ancestor) {
        Set<UnitId> seen = new HashSet<>();
        UnitId current = unit;
        while (current != null && units.containsKey(current) && seen.add(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = units.get(current);
        }
        return false;
    }

    @Override
    public boolean hasActivePledge(CampaignId campaignId, PersonId personId) {
        return pledges.values().stream()
                .anyMatch(p -> p.active() && p.campaignId().equals(campaignId) && p.personId().equals(personId));
    }
}
