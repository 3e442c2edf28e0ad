package vn.thidua.ledger.command.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.command.dispatch.TransactionMemo;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.unit.UnitId;

@Component
class JdbcOrganisationDirectory implements OrganisationDirectory {

    private final JdbcClient jdbc;

    JdbcOrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One assignment of a person: from when (null: from the start) and at which position it was recorded. */
    private record Assignment(LocalDate from, long position, UnitId unitId) {
    }

    @Override
    public boolean unitExists(UnitId unitId) {
        return unit(unitId).isPresent();
    }

    @Override
    public Optional<UnitEntry> unit(UnitId unitId) {
        return TransactionMemo.remember(List.of("unit", unitId), () -> jdbc.sql(
                        "SELECT parent_id, name, closed FROM directory_unit WHERE unit_id = ?")
                .param(unitId.value())
                .query((rs, n) -> new UnitEntry(unitId, rs.getString(1) == null ? null : new UnitId(rs.getString(1)),
                        rs.getString(2), rs.getBoolean(3)))
                .optional());
    }

    @Override
    public boolean hasOpenChildren(UnitId unitId) {
        return exists("SELECT count(*) FROM directory_unit WHERE parent_id = ? AND NOT closed", unitId.value());
    }

    @Override
    public long personsIn(UnitId unitId) {
        return jdbc.sql("SELECT count(*) FROM directory_person WHERE unit_id = ?").param(unitId.value())
                .query(Long.class).single();
    }

    /** The assignment in force on {@code day}: the latest start on or before it, the later record of one day. */
    @Override
    public Optional<UnitId> unitOn(PersonId personId, LocalDate day) {
        Assignment inForce = null;
        for (Assignment a : assignments(personId)) {
            if (a.from() != null && a.from().isAfter(day)) {
                continue;
            }
            if (inForce == null || laterThan(a, inForce)) {
                inForce = a;
            }
        }
        return Optional.ofNullable(inForce).map(Assignment::unitId);
    }

    private static boolean laterThan(Assignment a, Assignment b) {
        if (a.from() == null || b.from() == null) {
            return a.from() != null || (b.from() == null && a.position() > b.position());
        }
        int byDate = a.from().compareTo(b.from());
        return byDate > 0 || (byDate == 0 && a.position() > b.position());
    }

    /** A person's assignments, read once per transaction (an import asks about each person month after month). */
    private List<Assignment> assignments(PersonId personId) {
        return TransactionMemo.remember(List.of("assignments", personId), () -> jdbc.sql("""
                        SELECT from_date, position, unit_id FROM directory_person_assignment WHERE person_id = ?""")
                .param(personId.value())
                .query((rs, n) -> new Assignment(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(),
                        rs.getLong(2), new UnitId(rs.getString(3))))
                .list());
    }

    @Override
    public boolean hasRegistration(CampaignId campaignId, UnitId unitId, int year) {
        return exists("SELECT count(*) FROM directory_registration WHERE campaign_id = ? AND unit_id = ? AND year = ?",
                campaignId.value(), unitId.value(), year);
    }

    @Override
    public Optional<PersonEntry> person(PersonId personId) {
        return TransactionMemo.remember(List.of("person", personId), () -> jdbc.sql(
                        "SELECT unit_id, category, leader FROM directory_person WHERE person_id = ?")
                .param(personId.value())
                .query((rs, n) -> new PersonEntry(personId, new UnitId(rs.getString(1)),
                        PersonCategory.valueOf(rs.getString(2)), rs.getBoolean(3)))
                .optional());
    }

    @Override
    public Optional<CampaignEntry> campaign(CampaignId campaignId) {
        return jdbc.sql("SELECT scope_unit_id, starts_on, ends_on FROM directory_campaign WHERE campaign_id = ?")
                .param(campaignId.value())
                .query((rs, n) -> new CampaignEntry(campaignId, new UnitId(rs.getString(1)),
                        rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()))
                .optional();
    }

    @Override
    public boolean pledgeExists(PledgeId pledgeId) {
        return exists("SELECT count(*) FROM directory_pledge WHERE pledge_id = ?", pledgeId.value());
    }

    @Override
    public boolean isWithin(UnitId unit, UnitId ancestor) {
        return TransactionMemo.remember(List.of("within", unit, ancestor), () -> exists("""
                WITH RECURSIVE up(unit_id, parent_id) AS (
                    SELECT unit_id, parent_id FROM directory_unit WHERE unit_id = ?
                    UNION ALL
                    SELECT u.unit_id, u.parent_id FROM directory_unit u JOIN up ON u.unit_id = up.parent_id
                )
                SELECT count(*) FROM up WHERE unit_id = ?""", unit.value(), ancestor.value()));
    }

    @Override
    public boolean hasActivePledge(CampaignId campaignId, PersonId personId) {
        return exists("SELECT count(*) FROM directory_pledge WHERE campaign_id = ? AND person_id = ? AND active",
                campaignId.value(), personId.value());
    }

    private boolean exists(String countSql, Object... params) {
        return jdbc.sql(countSql).params(params).query(Long.class).single() > 0;
    }
}
