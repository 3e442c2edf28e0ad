package vn.thidua.ledger.command.campaign;

import static vn.thidua.ledger.command.directory.Refusals.refused;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.campaign.CampaignKind;
import vn.thidua.ledger.api.campaign.CampaignLaunched;
import vn.thidua.ledger.api.campaign.LaunchCampaign;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class CampaignTest {

    private static final CampaignId NKTC = new CampaignId("NKTC-2024");
    private static final String TITLE = "Cán bộ, công chức, viên chức nói không với tiêu cực";
    private static final UnitId LONG_BIEN = new UnitId("LB");
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final LocalDate MID_TERM = LocalDate.of(2024, 12, 15);
    private static final LocalDate FINAL = LocalDate.of(2025, 12, 15);

    private FixtureConfiguration<Campaign> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
        directory = new InMemoryDirectory()
                .withUnit("HN", null)
                .withUnit("LB", "HN")
                .withCampaign("DVHC-2023", "LB", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        fixture.registerInjectableResource(directory);
    }

    private static LaunchCampaign launch(LocalDate from, LocalDate to, LocalDate midTerm, LocalDate finalReview) {
        return new LaunchCampaign(NKTC, TITLE, CampaignKind.CAMPAIGN, LONG_BIEN, from, to, midTerm, finalReview);
    }

    @Test
    void launchesCampaignOverExistingUnit() {
        fixture.givenNoPriorActivity()
                .when(launch(FROM, TO, MID_TERM, FINAL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignLaunched(NKTC, TITLE, CampaignKind.CAMPAIGN, LONG_BIEN, FROM, TO, MID_TERM,
                        FINAL));
    }

    @Test
    void reviewDatesAreOptional() {
        CampaignId dvhc = new CampaignId("DVHC-2024");
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(dvhc, "Dân vận khéo", CampaignKind.EMULATION, LONG_BIEN, FROM, TO, null,
                        null))
                .expectEvents(new CampaignLaunched(dvhc, "Dân vận khéo", CampaignKind.EMULATION, LONG_BIEN, FROM, TO,
                        null, null));
    }

    @Test
    void strippedTitleIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(NKTC, "  " + TITLE + "\n", CampaignKind.CAMPAIGN, LONG_BIEN, FROM, TO,
                        MID_TERM, FINAL))
                .expectEvents(new CampaignLaunched(NKTC, TITLE, CampaignKind.CAMPAIGN, LONG_BIEN, FROM, TO, MID_TERM,
                        FINAL));
    }

    @Test
    void campaignMayStartAndEndOnTheSameDay() {
        LocalDate day = LocalDate.of(2024, 5, 19);
        fixture.givenNoPriorActivity()
                .when(launch(day, day, null, day))
                .expectEvents(new CampaignLaunched(NKTC, TITLE, CampaignKind.CAMPAIGN, LONG_BIEN, day, day, null,
                        day));
    }

    @Test
    void reviewsMayFallOnTheFirstAndLastDayOfTheCampaign() {
        fixture.givenNoPriorActivity()
                .when(launch(FROM, TO, FROM, TO))
                .expectEvents(new CampaignLaunched(NKTC, TITLE, CampaignKind.CAMPAIGN, LONG_BIEN, FROM, TO, FROM, TO));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void cannotLaunchCampaignWithBlankTitle(String title) {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(NKTC, title, CampaignKind.CAMPAIGN, LONG_BIEN, FROM, TO, MID_TERM, FINAL))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_TITLE_REQUIRED", "title"))
                .expectExceptionMessage("Tên cuộc vận động không được để trống")
                .expectNoEvents();
    }

    @Test
    void cannotLaunchCampaignWithoutKind() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(NKTC, TITLE, null, LONG_BIEN, FROM, TO, MID_TERM, FINAL))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_KIND_REQUIRED", "kind"))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchCampaignWithoutStartDate() {
        fixture.givenNoPriorActivity()
                .when(launch(null, TO, null, null))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_TIME_FRAME_REQUIRED", "from"))
                .expectExceptionMessage("Phải nêu thời gian bắt đầu và kết thúc")
                .expectNoEvents();
    }

    @Test
    void cannotLaunchCampaignWithoutEndDate() {
        fixture.givenNoPriorActivity()
                .when(launch(FROM, null, null, null))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_TIME_FRAME_REQUIRED", "to"))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchCampaignEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(launch(TO, FROM, null, null))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_TIME_FRAME_ORDERED", "to"))
                .expectExceptionMessage("Ngày kết thúc 2024-01-01 trước ngày bắt đầu 2025-12-31")
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}: sơ kết {1}, tổng kết {2}")
    @CsvSource({
            "midTermReview, 2023-12-31,           ",
            "midTermReview, 2026-01-01,           ",
            "finalReview,             , 2023-12-31",
            "finalReview,   2024-12-15, 2026-01-01"})
    void cannotPlaceReviewOutsideTheCampaignTimeFrame(String field, LocalDate midTerm, LocalDate finalReview) {
        fixture.givenNoPriorActivity()
                .when(launch(FROM, TO, midTerm, finalReview))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_REVIEW_IN_TIME_FRAME", field))
                .expectExceptionMessage(Matchers.endsWith(" nằm ngoài thời gian 2024-01-01..2025-12-31"))
                .expectNoEvents();
    }

    @Test
    void finalReviewMustFollowMidTermReview() {
        fixture.givenNoPriorActivity()
                .when(launch(FROM, TO, FINAL, MID_TERM))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_REVIEWS_ORDERED", "finalReview"))
                .expectExceptionMessage("Tổng kết phải sau sơ kết")
                .expectNoEvents();
    }

    @Test
    void finalReviewCannotFallOnTheMidTermReviewDay() {
        fixture.givenNoPriorActivity()
                .when(launch(FROM, TO, MID_TERM, MID_TERM))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_REVIEWS_ORDERED", "finalReview"))
                .expectNoEvents();
    }

    @Test
    void cannotReuseAnExistingCampaignId() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(new CampaignId("DVHC-2023"), "Dân vận khéo", CampaignKind.EMULATION,
                        LONG_BIEN, FROM, TO, null, null))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "ID_UNIQUE", "id"))
                .expectExceptionMessage("Mã DVHC-2023 đã được dùng: cuộc vận động, phong trào mang mã này đã được ghi nhận")
                .expectNoEvents();
    }

    @Test
    void cannotLaunchCampaignWithoutScopeUnit() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(NKTC, TITLE, CampaignKind.CAMPAIGN, null, FROM, TO, MID_TERM, FINAL))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "CAMPAIGN_SCOPE_REQUIRED", "scopeUnitId"))
                .expectExceptionMessage("Phải nêu đơn vị phát động")
                .expectNoEvents();
    }

    @Test
    void cannotLaunchCampaignOverUnknownUnit() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(NKTC, TITLE, CampaignKind.CAMPAIGN, new UnitId("GL"), FROM, TO, MID_TERM,
                        FINAL))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "scopeUnitId"))
                .expectExceptionMessage("Không tìm thấy đơn vị GL (scopeUnitId)")
                .expectNoEvents();
    }
}
