package vn.thidua.ledger.command.covenant;

import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.covenant.CovenantId;
import vn.thidua.ledger.api.covenant.CovenantSigned;
import vn.thidua.ledger.api.covenant.SignCovenant;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class CovenantTest {

    private static final CovenantId ID = new CovenantId("GU-2024-CUM1");
    private static final CampaignId VHCS = new CampaignId("LB-VHCS");
    private static final UnitId BO_DE = new UnitId("LB-BD");
    private static final UnitId NGOC_LAM = new UnitId("LB-NL");
    private static final LocalDate SIGNED = LocalDate.of(2024, 2, 15);

    private FixtureConfiguration<Covenant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Covenant.class);
        fixture.registerInjectableResource(new InMemoryDirectory().withUnit("LB", null).withUnit("LB-BD", "LB")
                .withUnit("LB-NL", "LB").withUnit("GL", null).withClosedUnit("LB-OLD", "LB")
                .withCampaign("LB-VHCS", "LB", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void unitsSignACovenant() {
        fixture.givenNoPriorActivity()
                .when(new SignCovenant(ID, VHCS, List.of(BO_DE, NGOC_LAM), SIGNED, "Văn hóa công sở"))
                .expectEvents(new CovenantSigned(ID, VHCS, List.of(BO_DE, NGOC_LAM), SIGNED, "Văn hóa công sở"));
    }

    @Test
    void aCovenantNeedsTwoDifferentUnits() {
        fixture.givenNoPriorActivity()
                .when(new SignCovenant(ID, VHCS, List.of(BO_DE, BO_DE), SIGNED, null))
                .expectException(refusedBy("COVENANT_BETWEEN_UNITS"))
                .expectNoEvents();
    }

    @Test
    void everyUnitMustBeInTheMovementsScope() {
        fixture.givenNoPriorActivity()
                .when(new SignCovenant(ID, VHCS, List.of(BO_DE, new UnitId("GL")), SIGNED, null))
                .expectException(refusedBy("COVENANT_UNITS_IN_SCOPE"))
                .expectNoEvents();
    }

    @Test
    void covenantIsSignedWithinTheMovementsTimeFrame() {
        fixture.givenNoPriorActivity()
                .when(new SignCovenant(ID, VHCS, List.of(BO_DE, NGOC_LAM), LocalDate.of(2018, 12, 1), null))
                .expectException(refusedBy("COVENANT_WITHIN_CAMPAIGN"))
                .expectNoEvents();
    }

    @Test
    void unknownUnitIsNamedByItsPosition() {
        fixture.givenNoPriorActivity()
                .when(new SignCovenant(ID, VHCS, List.of(BO_DE, new UnitId("NOWHERE")), SIGNED, null))
                .expectException(vn.thidua.ledger.command.directory.Refusals.refused(
                        vn.thidua.ledger.api.RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "unitIds[1]"))
                .expectNoEvents();
    }

    @Test
    void aClosedUnitSignsNoCovenant() {
        fixture.givenNoPriorActivity()
                .when(new SignCovenant(ID, VHCS, List.of(BO_DE, new UnitId("LB-OLD")), SIGNED, null))
                .expectException(vn.thidua.ledger.command.directory.Refusals.refused(
                        vn.thidua.ledger.api.RefusedException.Reason.CONFLICT, "UNIT_CLOSED", "unitIds[1]"))
                .expectNoEvents();
    }

    @Test
    void cannotSignCovenantOnADayStillToCome() {
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new SignCovenant(ID, VHCS, List.of(BO_DE, NGOC_LAM), LocalDate.of(2024, 7, 2), null))
                .expectException(refusedBy("COVENANT_DATE_NOT_IN_FUTURE"))
                .expectNoEvents();
    }
}
