package vn.thidua.ledger.command.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.directory.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.HoldReview;
import vn.thidua.ledger.api.review.ReviewHeld;
import vn.thidua.ledger.api.review.ReviewId;
import vn.thidua.ledger.api.review.ReviewKind;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class ReviewTest {

    private static final ReviewId REVIEW = new ReviewId("SK-NKTC-2024");
    private static final CampaignId NKTC = new CampaignId("NKTC-2024");
    private static final CampaignId VHCS = new CampaignId("VHCS-2019");
    private static final String SUMMARY = "Sơ kết 1 năm; 98% CBCCVC đã ký cam kết";
    private static final String HEAD = "41:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private FixtureConfiguration<Review> fixture;
    private InMemoryHeldReviews heldReviews;
    private InMemoryDirectory directory;
    private FixedEventChain chain;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Review.class);
        heldReviews = new InMemoryHeldReviews();
        directory = new InMemoryDirectory()
                .withUnit("LB", null)
                .withCampaign("NKTC-2024", "LB", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                .withCampaign("VHCS-2019", "LB", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31));
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(heldReviews);
        chain = new FixedEventChain().withHead(HEAD);
        fixture.registerInjectableResource(chain);
    }

    @Test
    void holdsMidTermReviewWithinTheCampaign() {
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2024, 12, 20), SUMMARY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReviewHeld(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2024, 12, 20), SUMMARY,
                        HEAD));
    }

    @Test
    void aCampaignHoldsOneMidTermReviewADay() {
        heldReviews.withMidTermReview("NKTC-2024", "SK-1", LocalDate.of(2024, 12, 20));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2024, 12, 20), SUMMARY))
                .expectException(refused(Reason.CONFLICT, "REVIEW_MID_TERM_ONCE_A_DAY", "heldOn"))
                .expectNoEvents();
    }

    @Test
    void anotherMidTermReviewOnAnotherDayIsHeld() {
        heldReviews.withMidTermReview("NKTC-2024", "SK-1", LocalDate.of(2024, 6, 20));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2024, 12, 20), SUMMARY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void reviewSealsTheHeadOfTheEventChainItWasHeldAt() {
        chain.withHead("1207:" + "0f".repeat(32));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.FINAL, LocalDate.of(2025, 12, 15), null))
                .expectEvents(new ReviewHeld(REVIEW, NKTC, ReviewKind.FINAL, LocalDate.of(2025, 12, 15), null,
                        "1207:" + "0f".repeat(32)));
    }

    @Test
    void refusedReviewLeavesTheChainHeadUnlocked() {
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.FINAL, LocalDate.of(2026, 7, 1), null))
                .expectException(refused(Reason.INVALID, "REVIEW_WITHIN_CAMPAIGN", "heldOn"));
        assertThat(chain.reads()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2025-12-31", "2026-06-30"})
    void reviewMayBeHeldFromTheCampaignsStartToSixMonthsAfterItsEnd(LocalDate heldOn) {
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.FINAL, heldOn, null))
                .expectEvents(new ReviewHeld(REVIEW, NKTC, ReviewKind.FINAL, heldOn, null, HEAD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-12-31", "2026-07-01"})
    void cannotHoldReviewOutsideTheCampaignAndItsSixMonthsAfter(LocalDate heldOn) {
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.FINAL, heldOn, null))
                .expectException(refused(Reason.INVALID, "REVIEW_WITHIN_CAMPAIGN", "heldOn"))
                .expectNoEvents();
    }

    @Test
    void cannotHoldReviewOfAnUnknownCampaign() {
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, new CampaignId("NKTC-2030"), ReviewKind.MID_TERM,
                        LocalDate.of(2024, 12, 20), null))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "campaignId"))
                .expectNoEvents();
    }

    @Test
    void cannotHoldReviewWithoutSayingWhichKind() {
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, null, LocalDate.of(2024, 12, 20), null))
                .expectException(refused(Reason.INVALID, "REVIEW_KIND_REQUIRED", "kind"))
                .expectNoEvents();
    }

    @Test
    void campaignHoldsOneFinalReviewOnly() {
        heldReviews.withFinalReview("NKTC-2024", "TK-NKTC-2024", LocalDate.of(2025, 12, 15));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.FINAL, LocalDate.of(2025, 12, 15), null))
                .expectException(refused(Reason.CONFLICT, "REVIEW_FINAL_ONCE", "kind"))
                .expectExceptionMessage("Cuộc vận động NKTC-2024 đã tổng kết (TK-NKTC-2024)")
                .expectNoEvents();
    }

    @Test
    void cannotCloseACampaignBeforeItsPlannedMidTermReviewIsHeld() {
        directory.withCampaign("NKTC-2026", "LB", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2023, 12, 20));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, new CampaignId("NKTC-2026"), ReviewKind.FINAL, LocalDate.of(2022, 2, 1),
                        null))
                .expectException(refused(Reason.CONFLICT, "REVIEW_MID_TERM_FIRST", "kind"))
                .expectNoEvents();
    }

    @Test
    void aCampaignClosesOnceItsPlannedMidTermReviewIsHeld() {
        directory.withCampaign("NKTC-2026", "LB", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2023, 12, 20));
        heldReviews.withMidTermReview("NKTC-2026", "SK-NKTC", LocalDate.of(2023, 12, 20));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, new CampaignId("NKTC-2026"), ReviewKind.FINAL, LocalDate.of(2025, 12, 15),
                        null))
                .expectEvents(new ReviewHeld(REVIEW, new CampaignId("NKTC-2026"), ReviewKind.FINAL,
                        LocalDate.of(2025, 12, 15), null, HEAD));
    }

    @Test
    void finalReviewOfAnotherCampaignDoesNotCount() {
        heldReviews.withFinalReview("NKTC-2024", "TK-NKTC-2024", LocalDate.of(2025, 12, 15));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, VHCS, ReviewKind.FINAL, LocalDate.of(2025, 12, 15), null))
                .expectEvents(new ReviewHeld(REVIEW, VHCS, ReviewKind.FINAL, LocalDate.of(2025, 12, 15), null, HEAD));
    }

    @Test
    void onlyFinalReviewsAreLimitedToOnePerCampaign() {
        heldReviews.withFinalReview("NKTC-2024", "TK-NKTC-2024", LocalDate.of(2025, 12, 15));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2025, 6, 30), null))
                .expectEvents(new ReviewHeld(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2025, 6, 30), null, HEAD));
    }

    @Test
    void cannotHoldFinalReviewBeforeTheLastMidTermReview() {
        heldReviews.withMidTermReview("NKTC-2024", "SK-1", LocalDate.of(2024, 12, 20))
                .withMidTermReview("NKTC-2024", "SK-2", LocalDate.of(2025, 6, 30));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.FINAL, LocalDate.of(2025, 6, 1), null))
                .expectException(refused(Reason.CONFLICT, "REVIEW_FINAL_AFTER_MID_TERM", "heldOn"))
                .expectExceptionMessage("Tổng kết ngày 2025-06-01 trước sơ kết SK-2 ngày 2025-06-30")
                .expectNoEvents();
    }

    @Test
    void finalReviewMayBeHeldOnTheDayOfTheLastMidTermReview() {
        heldReviews.withMidTermReview("NKTC-2024", "SK-1", LocalDate.of(2025, 6, 30));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.FINAL, LocalDate.of(2025, 6, 30), null))
                .expectEvents(new ReviewHeld(REVIEW, NKTC, ReviewKind.FINAL, LocalDate.of(2025, 6, 30), null, HEAD));
    }

    @Test
    void cannotHoldMidTermReviewAfterTheFinalReview() {
        heldReviews.withFinalReview("NKTC-2024", "TK-NKTC-2024", LocalDate.of(2025, 12, 15));
        fixture.givenNoPriorActivity()
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2025, 12, 16), null))
                .expectException(refused(Reason.CONFLICT, "REVIEW_MID_TERM_BEFORE_FINAL", "heldOn"))
                .expectExceptionMessage("Sơ kết ngày 2025-12-16 sau khi cuộc vận động đã tổng kết (TK-NKTC-2024 ngày "
                        + "2025-12-15)")
                .expectNoEvents();
    }

    @Test
    void cannotHoldReviewOnADayStillToComeInVietnam() {
        // 17:30 UTC on 30 June is already 1 July in Vietnam
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2024, 7, 2), null))
                .expectException(refused(Reason.INVALID, "REVIEW_DATE_NOT_IN_FUTURE", "heldOn"))
                .expectExceptionMessage("Ngày tổ chức 2024-07-02 ở tương lai (hôm nay là 2024-07-01)")
                .expectNoEvents();
    }

    @Test
    void reviewHeldTodayInVietnamIsRecorded() {
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new HoldReview(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2024, 7, 1), null))
                .expectEvents(new ReviewHeld(REVIEW, NKTC, ReviewKind.MID_TERM, LocalDate.of(2024, 7, 1), null, HEAD));
    }
}
