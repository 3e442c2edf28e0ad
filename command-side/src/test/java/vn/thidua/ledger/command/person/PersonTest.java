package vn.thidua.ledger.command.person;

import static vn.thidua.ledger.command.directory.Refusals.refused;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.RegisterPerson;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class PersonTest {

    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");
    private static final PersonId HUONG = new PersonId("LB-PNV-001");
    private static final String HUONG_NAME = "Nguyễn Thị Thu Hương";

    private FixtureConfiguration<Person> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        directory = new InMemoryDirectory()
                .withUnit("HN", null)
                .withUnit("LB", "HN")
                .withUnit("LB-PNV", "LB")
                .withPerson("LB-PNV-002", "LB-PNV", PersonCategory.CONG_CHUC, true);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void registersPersonInExistingUnit() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(HUONG, PHONG_NOI_VU, HUONG_NAME, PersonCategory.CONG_CHUC, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonRegistered(HUONG, PHONG_NOI_VU, HUONG_NAME, PersonCategory.CONG_CHUC, false));
    }

    @Test
    void aRegistrationTellsTheFirstDayOfService() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(HUONG, PHONG_NOI_VU, HUONG_NAME, PersonCategory.CONG_CHUC, false,
                        java.time.LocalDate.of(2024, 7, 15)))
                .expectEvents(new PersonRegistered(HUONG, PHONG_NOI_VU, HUONG_NAME, PersonCategory.CONG_CHUC, false,
                        java.time.LocalDate.of(2024, 7, 15)));
    }

    @Test
    void cannotRegisterAServiceThatHasNotBegun() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(HUONG, PHONG_NOI_VU, HUONG_NAME, PersonCategory.CONG_CHUC, false,
                        java.time.LocalDate.now().plusDays(3)))
                .expectException(vn.thidua.ledger.api.RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void leadershipPostIsRecorded() {
        PersonId tuan = new PersonId("LB-PNV-003");
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(tuan, PHONG_NOI_VU, "Trần Văn Tuấn", PersonCategory.CAN_BO, true))
                .expectEvents(new PersonRegistered(tuan, PHONG_NOI_VU, "Trần Văn Tuấn", PersonCategory.CAN_BO, true));
    }

    @Test
    void strippedNameIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(HUONG, PHONG_NOI_VU, "   Nguyễn Thị Thu Hương \n", PersonCategory.VIEN_CHUC,
                        false))
                .expectEvents(new PersonRegistered(HUONG, PHONG_NOI_VU, HUONG_NAME, PersonCategory.VIEN_CHUC, false));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void cannotRegisterPersonWithBlankName(String fullName) {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(HUONG, PHONG_NOI_VU, fullName, PersonCategory.CONG_CHUC, false))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "PERSON_NAME_REQUIRED", "fullName"))
                .expectExceptionMessage("Họ và tên không được để trống")
                .expectNoEvents();
    }

    @Test
    void cannotRegisterPersonWithoutCategory() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(HUONG, PHONG_NOI_VU, HUONG_NAME, null, false))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "PERSON_CATEGORY_REQUIRED", "category"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterPersonWithoutUnit() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(HUONG, null, HUONG_NAME, PersonCategory.CONG_CHUC, false))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "PERSON_UNIT_REQUIRED", "unitId"))
                .expectExceptionMessage("Phải nêu đơn vị công tác")
                .expectNoEvents();
    }

    @Test
    void cannotReuseAnExistingPersonId() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(new PersonId("LB-PNV-002"), PHONG_NOI_VU, "Lê Minh Đức",
                        PersonCategory.CONG_CHUC, false))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "ID_UNIQUE", "id"))
                .expectExceptionMessage("Mã LB-PNV-002 đã được dùng: người mang mã này đã được ghi nhận")
                .expectNoEvents();
    }

    @Test
    void cannotRegisterPersonInUnknownUnit() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(HUONG, new UnitId("LB-PTC"), HUONG_NAME, PersonCategory.CONG_CHUC, false))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "unitId"))
                .expectExceptionMessage("Không tìm thấy đơn vị LB-PTC (unitId)")
                .expectNoEvents();
    }
}
