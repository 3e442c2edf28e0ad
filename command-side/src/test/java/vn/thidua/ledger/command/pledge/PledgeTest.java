package vn.thidua.ledger.command.pledge;

import static vn.thidua.ledger.command.directory.Refusals.refused;
import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.PledgeSigned;
import vn.thidua.ledger.api.pledge.SignPledge;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class PledgeTest {

    private static final CampaignId NKTC = new CampaignId("NKTC-2024");
    private static final LocalDate CAMPAIGN_STARTS = LocalDate.of(2024, 1, 1);
    private static final LocalDate CAMPAIGN_ENDS = LocalDate.of(2025, 12, 31);
    private static final LocalDate SIGNED_ON = LocalDate.of(2024, 1, 15);

    /** Nguyễn Thị Thu Hương, Phòng Nội vụ quận Long Biên. */
    private static final PersonId HUONG = new PersonId("LB-PNV-001");
    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");
    private static final PledgeId PLEDGE = new PledgeId("CK-LB-PNV-001");
    private static final List<String> ITEMS = List.of(
            "Không gây phiền hà, sách nhiễu người dân",
            "Thực hiện 4 xin, 4 luôn");

    private FixtureConfiguration<Pledge> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pledge.class);
        directory = new InMemoryDirectory()
                .withUnit("HN", null)                  // Thành phố Hà Nội
                .withUnit("LB", "HN")                  // Quận Long Biên
                .withUnit("LB-PNV", "LB")              // Phòng Nội vụ quận Long Biên
                .withUnit("LB-PNV-TDKT", "LB-PNV")     // Tổ Thi đua – Khen thưởng
                .withUnit("HK", "HN")                  // Quận Hoàn Kiếm
                .withPerson("LB-PNV-001", "LB-PNV", PersonCategory.CONG_CHUC, false)
                .withPerson("LB-PNV-002", "LB-PNV", PersonCategory.CONG_CHUC, true)
                .withPerson("LB-TDKT-001", "LB-PNV-TDKT", PersonCategory.VIEN_CHUC, false)
                .withPerson("HK-001", "HK", PersonCategory.CONG_CHUC, false)
                .withPerson("HN-001", "HN", PersonCategory.CAN_BO, true)
                .withCampaign("NKTC-2024", "LB", CAMPAIGN_STARTS, CAMPAIGN_ENDS)
                .withCampaign("DVK-2024", "HN", CAMPAIGN_STARTS, CAMPAIGN_ENDS)
                .withActivePledge("CK-LB-PNV-002", "NKTC-2024", "LB-PNV-002");
        fixture.registerInjectableResource(directory);
    }

    private static SignPledge sign(PersonId person, LocalDate signedOn) {
        return new SignPledge(PLEDGE, NKTC, person, signedOn, ITEMS);
    }

    @Test
    void signsPledgeForPersonWithinCampaignScope() {
        fixture.givenNoPriorActivity()
                .when(sign(HUONG, SIGNED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, PHONG_NOI_VU, SIGNED_ON, ITEMS));
    }

    @Test
    void pledgeRecordsTheUnitThePersonWorksIn() {
        PersonId tdkt = new PersonId("LB-TDKT-001");
        fixture.givenNoPriorActivity()
                .when(sign(tdkt, SIGNED_ON))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, tdkt, new UnitId("LB-PNV-TDKT"), SIGNED_ON, ITEMS));
    }

    @Test
    void personInTheScopeUnitItselfMaySign() {
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, new CampaignId("DVK-2024"), new PersonId("HN-001"), SIGNED_ON, ITEMS))
                .expectEvents(new PledgeSigned(PLEDGE, new CampaignId("DVK-2024"), new PersonId("HN-001"),
                        new UnitId("HN"), SIGNED_ON, ITEMS));
    }

    @Test
    void pledgeWithoutItemsRecordsAnEmptyList() {
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, NKTC, HUONG, SIGNED_ON, null))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, PHONG_NOI_VU, SIGNED_ON, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2025-12-31"})
    void pledgeMayBeSignedOnTheFirstAndLastDayOfTheCampaign(LocalDate signedOn) {
        fixture.givenNoPriorActivity()
                .when(sign(HUONG, signedOn))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, PHONG_NOI_VU, signedOn, ITEMS));
    }

    @Test
    void activePledgeInAnotherCampaignDoesNotBlockSigning() {
        directory.withActivePledge("CK-DVK-001", "DVK-2024", "LB-PNV-001");
        fixture.givenNoPriorActivity()
                .when(sign(HUONG, SIGNED_ON))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, PHONG_NOI_VU, SIGNED_ON, ITEMS));
    }

    @Test
    void pledgeNoLongerActiveDoesNotBlockANewOne() {
        directory.withInactivePledge("CK-CU-001", "NKTC-2024", "LB-PNV-001");
        fixture.givenNoPriorActivity()
                .when(sign(HUONG, SIGNED_ON))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, PHONG_NOI_VU, SIGNED_ON, ITEMS));
    }

    @Test
    void cannotSignPledgeWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(sign(HUONG, null))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "PLEDGE_DATE_REQUIRED", "signedOn"))
                .expectExceptionMessage("Phải nêu ngày ký cam kết")
                .expectNoEvents();
    }

    @Test
    void cannotSignPledgeWithoutCampaign() {
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, null, HUONG, SIGNED_ON, ITEMS))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "PLEDGE_PARTIES_REQUIRED", "campaignId"))
                .expectExceptionMessage("Phải nêu cuộc vận động và người ký")
                .expectNoEvents();
    }

    @Test
    void cannotSignPledgeWithoutPerson() {
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, NKTC, null, SIGNED_ON, ITEMS))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "PLEDGE_PARTIES_REQUIRED", "personId"))
                .expectNoEvents();
    }

    @Test
    void cannotReuseAnExistingPledgeId() {
        fixture.givenNoPriorActivity()
                .when(new SignPledge(new PledgeId("CK-LB-PNV-002"), NKTC, HUONG, SIGNED_ON, ITEMS))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "ID_UNIQUE", "id"))
                .expectExceptionMessage("Mã CK-LB-PNV-002 đã được dùng: bản cam kết mang mã này đã được ghi nhận")
                .expectNoEvents();
    }

    @Test
    void cannotSignPledgeUnderUnknownCampaign() {
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, new CampaignId("NKTC-2030"), HUONG, SIGNED_ON, ITEMS))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "campaignId"))
                .expectExceptionMessage("Không tìm thấy cuộc vận động, phong trào NKTC-2030 (campaignId)")
                .expectNoEvents();
    }

    @Test
    void cannotSignPledgeForUnknownPerson() {
        fixture.givenNoPriorActivity()
                .when(sign(new PersonId("LB-PNV-999"), SIGNED_ON))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "personId"))
                .expectExceptionMessage("Không tìm thấy người LB-PNV-999 (personId)")
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-12-31", "2026-01-01"})
    void cannotSignPledgeOutsideCampaignTimeFrame(LocalDate signedOn) {
        fixture.givenNoPriorActivity()
                .when(sign(HUONG, signedOn))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "PLEDGE_WITHIN_CAMPAIGN", "signedOn"))
                .expectExceptionMessage("Ngày ký " + signedOn
                        + " nằm ngoài thời gian của cuộc vận động 2024-01-01..2025-12-31")
                .expectNoEvents();
    }

    @Test
    void cannotSignPledgeForPersonOutsideCampaignScope() {
        fixture.givenNoPriorActivity()
                .when(sign(new PersonId("HK-001"), SIGNED_ON))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "PLEDGE_PERSON_IN_SCOPE", "personId"))
                .expectExceptionMessage("Người ký thuộc đơn vị HK, ngoài phạm vi cuộc vận động (LB)")
                .expectNoEvents();
    }

    @Test
    void scopeIsJudgedByTheTreeOfTheSigningDay() {
        // Phòng Nội vụ moved to Hoàn Kiếm in 2025: in 2024 it lay within Long Biên
        directory.withUnitMoved("LB-PNV", "HK", LocalDate.of(2025, 1, 1));
        fixture.givenNoPriorActivity()
                .when(sign(HUONG, SIGNED_ON))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, PHONG_NOI_VU, SIGNED_ON, ITEMS));
    }

    @Test
    void aUnitMovedOutOfTheScopeIsOutsideItFromTheMove() {
        directory.withUnitMoved("LB-PNV", "HK", LocalDate.of(2024, 1, 10));
        fixture.givenNoPriorActivity()
                .when(sign(HUONG, SIGNED_ON))
                .expectException(refused(Reason.CONFLICT, "PLEDGE_PERSON_IN_SCOPE", "personId"))
                .expectNoEvents();
    }

    @Test
    void cannotSignPledgeForPersonInAUnitAboveTheCampaignScope() {
        fixture.givenNoPriorActivity()
                .when(sign(new PersonId("HN-001"), SIGNED_ON))
                .expectException(RefusedException.class)
                .expectException(refusedBy("PLEDGE_PERSON_IN_SCOPE"))
                .expectNoEvents();
    }

    @Test
    void cannotSignSecondActivePledgeInSameCampaign() {
        fixture.givenNoPriorActivity()
                .when(sign(new PersonId("LB-PNV-002"), SIGNED_ON))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "PLEDGE_ONE_ACTIVE", "personId"))
                .expectExceptionMessage(Matchers.containsString("cuộc vận động NKTC-2024"))
                .expectNoEvents();
    }
}
