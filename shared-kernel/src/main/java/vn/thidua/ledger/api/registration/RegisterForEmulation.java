package vn.thidua.ledger.api.registration;

import java.time.LocalDate;
import vn.thidua.ledger.api.campaign.CampaignId;
import java.util.List;
import vn.thidua.ledger.api.unit.UnitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A unit registers its emulation targets and titles for a year of a movement (đăng ký thi đua). */
public record RegisterForEmulation(@TargetAggregateIdentifier RegistrationId registrationId, CampaignId campaignId, UnitId unitId, int year, LocalDate registeredOn, List<String> targets) {
}
