package vn.thidua.ledger.command.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.cluster.ClusterKind;
import vn.thidua.ledger.api.cluster.ClusterRegistered;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.PersonTransferred;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.command.directory.InMemoryDirectory;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

class UnitScopeCheckTest {

    private static final UnitId LONG_BIEN = new UnitId("LB");
    private static final UnitId BO_DE = new UnitId("LB-BD");
    private static final UnitId GIA_LAM = new UnitId("GL");

    private final UnitScopeCheck check = new UnitScopeCheck(new InMemoryDirectory()
            .withUnit("HN", null).withUnit("LB", "HN").withUnit("LB-BD", "LB").withUnit("GL", "HN")
            .withPerson("P-BD", "LB-BD", PersonCategory.CONG_CHUC, false)
            .withPerson("P-GL", "GL", PersonCategory.CONG_CHUC, false));

    private static EventMessage<?> by(String scope, Object event) {
        Map<String, Object> metaData = new HashMap<>(Map.of(MetaDataKeys.ACTOR, "can-bo"));
        if (scope != null) {
            metaData.put(MetaDataKeys.UNIT_SCOPE, scope);
        }
        return GenericEventMessage.asEventMessage(event).andMetaData(metaData);
    }

    private void refused(EventMessage<?> message) {
        assertThatThrownBy(() -> check.check(message)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(RefusedException.Reason.FORBIDDEN);
            assertThat(e.rule()).isEqualTo(UnitScopeCheck.RULE);
        });
    }

    @Test
    void aScopedAccountRecordsForItsUnitAndTheUnitsBelow() {
        assertThatCode(() -> check.check(by("LB", new PersonRegistered(new PersonId("P-NEW"), BO_DE, "Lê Hà",
                PersonCategory.CONG_CHUC, false)))).doesNotThrowAnyException();
        // a new unit counts by its parent
        assertThatCode(() -> check.check(by("LB", new UnitRegistered(new UnitId("LB-NL"), "Phường Ngọc Lâm",
                UnitKind.COMMUNE, LONG_BIEN)))).doesNotThrowAnyException();
    }

    @Test
    void aScopedAccountCannotRecordForAnotherUnitNorMoveSomeoneThere() {
        refused(by("LB", new PersonRegistered(new PersonId("P-NEW"), GIA_LAM, "Đỗ Quý", PersonCategory.CAN_BO, false)));
        refused(by("LB", new PersonTransferred(new PersonId("P-BD"), BO_DE, GIA_LAM, java.time.LocalDate.of(2025, 1, 1))));
        refused(by("LB-BD", new UnitRegistered(new UnitId("LB-X"), "Phòng X", UnitKind.DIVISION, LONG_BIEN)));
    }

    @Test
    void organisationWideRecordsNeedAnAccountOfTheWholeOrganisation() {
        refused(by("LB", new ClusterRegistered(new ClusterId("CUM-1"), "Cụm 1", ClusterKind.CUM)));
        refused(by("LB", new UnitRegistered(new UnitId("HBT"), "Quận Hai Bà Trưng", UnitKind.DISTRICT, null)));
        assertThatCode(() -> check.check(by(null, new ClusterRegistered(new ClusterId("CUM-1"), "Cụm 1",
                ClusterKind.CUM)))).doesNotThrowAnyException();
    }
}
