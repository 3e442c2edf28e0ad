package vn.thidua.ledger.command.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.campaign.CampaignLaunched;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.pledge.PledgeSigned;
import vn.thidua.ledger.api.unit.UnitRegistered;

/** Keeps the directory tables in the very transaction that stores the events (a subscribing processor). */
@Component
@ProcessingGroup(DirectoryProjector.PROCESSING_GROUP)
class DirectoryProjector {

    static final String PROCESSING_GROUP = "command-directory";

    private final JdbcClient jdbc;

    DirectoryProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitRegistered event) {
        jdbc.sql("INSERT INTO directory_unit (unit_id, parent_id, name, kind) VALUES (?, ?, ?, ?)")
                .params(event.unitId().value(), event.parentId() == null ? null : event.parentId().value(),
                        event.name(), event.kind().name())
                .update();
    }

    @EventHandler
    void on(PersonRegistered event) {
        jdbc.sql("INSERT INTO directory_person (person_id, unit_id, category, leader) VALUES (?, ?, ?, ?)")
                .params(event.personId().value(), event.unitId().value(), event.category().name(), event.leader())
                .update();
    }

    @EventHandler
    void on(CampaignLaunched event) {
        jdbc.sql("INSERT INTO directory_campaign (campaign_id, scope_unit_id, starts_on, ends_on) VALUES (?, ?, ?, ?)")
                .params(event.campaignId().value(), event.scopeUnitId().value(), event.from(), event.to())
                .update();
    }

    @EventHandler
    void on(PledgeSigned event) {
        jdbc.sql("INSERT INTO directory_pledge (pledge_id, campaign_id, person_id, active) VALUES (?, ?, ?, TRUE)")
                .params(event.pledgeId().value(), event.campaignId().value(), event.personId().value())
                .update();
    }
}
