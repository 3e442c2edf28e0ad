package vn.thidua.ledger.command.unit;

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
import vn.thidua.ledger.api.unit.RegisterUnit;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class UnitTest {

    private static final UnitId HA_NOI = new UnitId("HN");
    private static final UnitId LONG_BIEN = new UnitId("LB");
    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");

    private FixtureConfiguration<Unit> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
        directory = new InMemoryDirectory()
                .withUnit("HN", null)
                .withUnit("LB", "HN");
        fixture.registerInjectableResource(directory);
    }

    @Test
    void registersRootUnitWithoutParent() {
        UnitId thuDuc = new UnitId("TD");
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(thuDuc, "Thành phố Thủ Đức", UnitKind.PROVINCE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UnitRegistered(thuDuc, "Thành phố Thủ Đức", UnitKind.PROVINCE, null));
    }

    @Test
    void registersUnitUnderExistingParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(PHONG_NOI_VU, "Phòng Nội vụ quận Long Biên", UnitKind.DIVISION, LONG_BIEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UnitRegistered(PHONG_NOI_VU, "Phòng Nội vụ quận Long Biên", UnitKind.DIVISION,
                        LONG_BIEN));
    }

    @Test
    void strippedNameIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(PHONG_NOI_VU, "  Phòng Nội vụ quận Long Biên\t\n", UnitKind.DIVISION,
                        LONG_BIEN))
                .expectEvents(new UnitRegistered(PHONG_NOI_VU, "Phòng Nội vụ quận Long Biên", UnitKind.DIVISION,
                        LONG_BIEN));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u3000"})
    void cannotRegisterUnitWithBlankName(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(PHONG_NOI_VU, name, UnitKind.DIVISION, LONG_BIEN))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "UNIT_NAME_REQUIRED", "name"))
                .expectExceptionMessage("Tên đơn vị không được để trống")
                .expectNoEvents();
    }

    @Test
    void cannotRegisterUnitWithoutKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(PHONG_NOI_VU, "Phòng Nội vụ quận Long Biên", null, LONG_BIEN))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "UNIT_KIND_REQUIRED", "kind"))
                .expectNoEvents();
    }

    @Test
    void cannotReuseAnExistingUnitId() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(LONG_BIEN, "Quận Long Biên", UnitKind.DISTRICT, HA_NOI))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "ID_UNIQUE", "id"))
                .expectExceptionMessage("Mã LB đã được dùng: đơn vị mang mã này đã được ghi nhận")
                .expectNoEvents();
    }

    @Test
    void unitCannotBeItsOwnParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(PHONG_NOI_VU, "Phòng Nội vụ quận Long Biên", UnitKind.DIVISION, PHONG_NOI_VU))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "UNIT_PARENT_NOT_SELF", "parentId"))
                .expectExceptionMessage("Đơn vị không thể là cấp trên của chính nó")
                .expectNoEvents();
    }

    @Test
    void cannotRegisterUnitUnderUnknownParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(PHONG_NOI_VU, "Phòng Nội vụ quận Long Biên", UnitKind.DIVISION,
                        new UnitId("CG")))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "parentId"))
                .expectExceptionMessage("Không tìm thấy đơn vị CG (parentId)")
                .expectNoEvents();
    }
}
