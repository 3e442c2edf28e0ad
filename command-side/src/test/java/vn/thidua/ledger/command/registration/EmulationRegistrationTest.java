package vn.thidua.ledger.command.registration;

import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.registration.EmulationRegistered;
import vn.thidua.ledger.api.registration.RegisterForEmulation;
import vn.thidua.ledger.api.registration.RegistrationId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class EmulationRegistrationTest {

    private static final RegistrationId ID = new RegistrationId("DK-2024-BD");
    private static final CampaignId VHCS = new CampaignId("LB-VHCS");
    private static final UnitId BO_DE = new UnitId("LB-BD");
    private static final List<String> TARGETS = List.of("Tập thể lao động xuất sắc", "100% cán bộ ký cam kết");

    private FixtureConfiguration<EmulationRegistration> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmulationRegistration.class);
        directory = new InMemoryDirectory().withUnit("LB", null).withUnit("LB-BD", "LB").withUnit("GL", null)
                .withCampaign("LB-VHCS", "LB", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31));
        fixture.registerInjectableResource(directory);
    }

    @Test
    void unitRegistersItsTargetsForAYear() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, BO_DE, 2024, LocalDate.of(2024, 1, 20), TARGETS))
                .expectEvents(new EmulationRegistered(ID, VHCS, BO_DE, 2024, LocalDate.of(2024, 1, 20), TARGETS));
    }

    @Test
    void aClosedUnitRegistersNothing() {
        directory.withClosedUnit("LB-OLD", "LB");
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, new UnitId("LB-OLD"), 2024, null, TARGETS))
                .expectException(refusedBy("UNIT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void aUnitRegistersOnceAYearPerMovement() {
        directory.withRegistration("LB-VHCS", "LB-BD", 2024);
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, BO_DE, 2024, java.time.LocalDate.of(2024, 1, 20), TARGETS))
                .expectException(refusedBy("REGISTRATION_ONCE_A_YEAR"))
                .expectNoEvents();
    }

    @Test
    void yearMustFallWithinTheMovement() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, BO_DE, 2026, null, TARGETS))
                .expectException(refusedBy("REGISTRATION_YEAR_IN_CAMPAIGN"))
                .expectNoEvents();
    }

    @Test
    void unitOutsideTheMovementsScopeCannotRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, new UnitId("GL"), 2024, java.time.LocalDate.of(2024, 1, 20), TARGETS))
                .expectException(refusedBy("REGISTRATION_UNIT_IN_SCOPE"))
                .expectNoEvents();
    }

    @Test
    void registrationNeedsItsDay() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, BO_DE, 2024, null, TARGETS))
                .expectException(refusedBy("REGISTRATION_DATE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void registrationNeedsTargets() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, BO_DE, 2024, null, List.of()))
                .expectException(refusedBy("REGISTRATION_TARGETS_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void unitMayRegisterLateInTheYearBefore() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, BO_DE, 2024, LocalDate.of(2023, 12, 20), TARGETS))
                .expectEvents(new EmulationRegistered(ID, VHCS, BO_DE, 2024, LocalDate.of(2023, 12, 20), TARGETS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-02", "2022-12-31"})
    void registrationIsDatedInItsYearOrTheYearBefore(LocalDate registeredOn) {
        fixture.givenNoPriorActivity()
                .when(new RegisterForEmulation(ID, VHCS, BO_DE, 2024, registeredOn, TARGETS))
                .expectException(refusedBy("REGISTRATION_DATE_FOR_ITS_YEAR"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterOnADayStillToCome() {
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new RegisterForEmulation(ID, VHCS, BO_DE, 2024, LocalDate.of(2024, 7, 2), TARGETS))
                .expectException(refusedBy("REGISTRATION_DATE_NOT_IN_FUTURE"))
                .expectNoEvents();
    }
}
