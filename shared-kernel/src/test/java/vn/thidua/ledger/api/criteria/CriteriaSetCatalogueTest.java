package vn.thidua.ledger.api.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaSetCatalogueTest {

    private static final CriteriaSetId HN_3814 = new CriteriaSetId("HN-3814");
    private static final CriteriaSetId ND_335 = new CriteriaSetId("ND-335");
    private static final CriteriaSetId LB_UNIT = new CriteriaSetId("LB-TAP-THE");

    private static CriteriaSet set(CriteriaSetId id, int version, CriteriaSubject subject, String effectiveFrom) {
        return new CriteriaSet(id, version, subject, LocalDate.parse(effectiveFrom), null, null, false,
                List.of(new Criterion("TASKS", new BigDecimal("100"))), List.of(new Band("A", BigDecimal.ZERO)),
                null, null, null);
    }

    private static final CriteriaSet HN_V1 = set(HN_3814, 1, CriteriaSubject.PERSON, "2018-07-01");
    private static final CriteriaSet HN_V2 = set(HN_3814, 2, CriteriaSubject.PERSON, "2022-01-01");
    private static final CriteriaSet ND_V1 = set(ND_335, 1, CriteriaSubject.PERSON, "2026-01-01");
    private static final CriteriaSet UNIT_V1 = set(LB_UNIT, 1, CriteriaSubject.UNIT, "2019-01-01");

    private final CriteriaSetCatalogue catalogue = CriteriaSetCatalogue.of(HN_V2, ND_V1, UNIT_V1, HN_V1);

    @Test
    void versionInForceHasTheLatestEffectiveDateOnOrBeforeThePeriodStart() {
        assertThat(catalogue.inForce(HN_3814, LocalDate.of(2021, 12, 1))).contains(HN_V1);
        assertThat(catalogue.inForce(HN_3814, LocalDate.of(2022, 1, 1))).contains(HN_V2);
        assertThat(catalogue.inForce(HN_3814, LocalDate.of(2024, 5, 1))).contains(HN_V2);
    }

    @Test
    void nothingIsInForceBeforeTheFirstVersionTakesEffect() {
        assertThat(catalogue.inForce(HN_3814, LocalDate.of(2018, 6, 1))).isEmpty();
        assertThat(catalogue.inForce(new CriteriaSetId("KHONG-CO"), LocalDate.of(2024, 5, 1))).isEmpty();
    }

    @Test
    void ofTwoVersionsTakingEffectTheSameDayTheHigherIsInForce() {
        CriteriaSet republished = set(HN_3814, 3, CriteriaSubject.PERSON, "2022-01-01");
        CriteriaSetCatalogue withCorrection = CriteriaSetCatalogue.of(HN_V1, HN_V2, republished);
        assertThat(withCorrection.inForce(HN_3814, LocalDate.of(2022, 3, 1))).contains(republished);
    }

    @Test
    void aLaterVersionMayTakeEffectEarlierThanAnotherAndStillWinsOnlyFromItsOwnDate() {
        CriteriaSet backdated = set(HN_3814, 3, CriteriaSubject.PERSON, "2020-01-01");
        CriteriaSetCatalogue withBackdated = CriteriaSetCatalogue.of(HN_V1, HN_V2, backdated);
        assertThat(withBackdated.inForce(HN_3814, LocalDate.of(2021, 1, 1))).contains(backdated);
        assertThat(withBackdated.inForce(HN_3814, LocalDate.of(2023, 1, 1))).contains(HN_V2);
    }

    @Test
    void versionsAreListedLowestFirst() {
        assertThat(catalogue.versions(HN_3814)).containsExactly(HN_V1, HN_V2);
        assertThat(catalogue.version(HN_3814, 1)).contains(HN_V1);
        assertThat(catalogue.version(HN_3814, 3)).isEmpty();
    }

    @Test
    void pinnedReferenceIgnoresThePeriod() {
        assertThat(catalogue.resolve(CriteriaSetRef.parse("HN-3814@1"), LocalDate.of(2024, 5, 1))).contains(HN_V1);
        assertThat(catalogue.resolve(CriteriaSetRef.parse("HN-3814"), LocalDate.of(2024, 5, 1))).contains(HN_V2);
        assertThat(catalogue.resolve(CriteriaSetRef.parse("HN-3814@9"), LocalDate.of(2024, 5, 1))).isEmpty();
    }

    @Test
    void setInForceForASubjectIsTheOneThatTookEffectLastAcrossIds() {
        assertThat(catalogue.inForce(CriteriaSubject.PERSON, LocalDate.of(2024, 5, 1))).containsExactly(HN_V2);
        assertThat(catalogue.inForce(CriteriaSubject.PERSON, LocalDate.of(2026, 2, 1))).containsExactly(ND_V1);
        assertThat(catalogue.inForce(CriteriaSubject.UNIT, LocalDate.of(2024, 5, 1))).containsExactly(UNIT_V1);
        assertThat(catalogue.inForce(CriteriaSubject.PERSON, LocalDate.of(2017, 1, 1))).isEmpty();
    }

    @Test
    void idsTakingEffectTheSameDayAreAllReturnedForTheCallerToChoose() {
        CriteriaSet rival = set(new CriteriaSetId("BD-VHCS"), 1, CriteriaSubject.PERSON, "2026-01-01");
        CriteriaSetCatalogue tied = CriteriaSetCatalogue.of(HN_V1, ND_V1, rival);
        assertThat(tied.inForce(CriteriaSubject.PERSON, LocalDate.of(2026, 3, 1))).containsExactly(rival, ND_V1);
    }

    @Test
    void aVersionCannotBeListedTwice() {
        assertThatThrownBy(() -> CriteriaSetCatalogue.of(HN_V1, set(HN_3814, 1, CriteriaSubject.PERSON, "2019-01-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HN-3814@1");
    }

    @Test
    void theOrganisationsOwnSetsComeBeforeTheShippedCatalogue() {
        CriteriaSet shipped = set(new CriteriaSetId("VN.HN-1841"), 1, CriteriaSubject.PERSON, "2022-01-01");
        CriteriaSetCatalogue catalogue = CriteriaSetCatalogue.of(HN_V1, shipped);
        assertThat(catalogue.inForce(CriteriaSubject.PERSON, java.time.LocalDate.of(2024, 5, 1))).containsExactly(HN_V1);
        assertThat(CriteriaSetCatalogue.of(shipped).inForce(CriteriaSubject.PERSON, java.time.LocalDate.of(2024, 5, 1)))
                .containsExactly(shipped);
        assertThat(new CriteriaSetId("VN.HN-1841").builtIn()).isTrue();
        assertThat(HN_3814.builtIn()).isFalse();
    }
}
