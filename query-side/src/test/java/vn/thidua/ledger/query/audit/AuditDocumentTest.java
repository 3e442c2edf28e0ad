package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.query.export.ExportDocument;
import vn.thidua.ledger.query.export.ExportTable;
import vn.thidua.ledger.query.time.AsOf;

class AuditDocumentTest {

    private final AuditDocument documents = new AuditDocument(new ObjectMapper());

    private static AuditTrails.Entry entry(long position, String type, String occurredOn, String period, String data) {
        return entry(position, type, occurredOn, period, null, data);
    }

    private static AuditTrails.Entry entry(long position, String type, String occurredOn, String period, Long corrects,
                                           String data) {
        return new AuditTrails.Entry(position, OffsetDateTime.of(2024, 1, 15, 3, 4, 5, 600_000_000, ZoneOffset.UTC),
                type, EventLabels.label(type), occurredOn, period, "admin", null, null, "c-" + position, null, "e-" + position, corrects, data);
    }

    @Test
    void eventDataReadsAsNamedFieldsWithNestedValuesBracketedAndAbsentOnesLeftOut() {
        assertThat(documents.content("""
                {"personId": "P1", "items": ["Không cửa quyền, hách dịch", "4 xin, 4 luôn"], "note": null,
                 "scores": {"TASKS": 60, "BONUS": 7.5}, "leader": false}"""))
                // each field by its Vietnamese name; a map inside (scores by criterion code) as stored
                .isEqualTo("Cán bộ: P1; Nội dung: [Không cửa quyền, hách dịch, 4 xin, 4 luôn]; "
                        + "Điểm: {TASKS: 60, BONUS: 7.5}; Lãnh đạo, quản lý: không");
    }

    @Test
    void aCorrectionShowsTheBeforeOnlyOfWhatItChanged() {
        assertThat(documents.content("""
                {"scores": {"TASKS": 65}, "previousScores": {"TASKS": 60}, "criteriaSetId": "HN-3814",
                 "previousCriteriaSetId": "HN-3814", "note": "Sửa", "previousNote": "Cũ"}"""))
                .isEqualTo("Điểm: {TASKS: 65}; Điểm trước khi đính chính: {TASKS: 60}; Bộ tiêu chí: HN-3814; "
                        + "Ghi chú: Sửa; Ghi chú (trước khi sửa): Cũ");
    }

    @Test
    void oneRowPerEntryInTheTrailsOrderWithTimesInVietnam() {
        AuditTrails.Trail trail = new AuditTrails.Trail("units", "BD", 42, List.of(
                entry(3, "UnitRegistered", null, null, "{\"name\": \"Ủy ban nhân dân phường Bồ Đề\"}"),
                entry(9, "CampaignLaunched", null, "2024-01-01..2025-12-31", "{}"),
                entry(11, "PledgeSigned", "2024-01-15", null, "{\"unitId\": \"BD\"}")));

        ExportDocument document = documents.of(trail, "Đơn vị", "2024", Period.parse("2024"), AsOf.NOW, "thanh.tra",
                Instant.parse("2024-07-01T03:00:00Z"));

        assertThat(document.title()).isEqualTo("Nhật ký kiểm tra: Đơn vị BD");
        // a file kept names whose trail it is by name too
        assertThat(documents.of(trail, "Đơn vị", "Ủy ban nhân dân phường Bồ Đề", "2024", Period.parse("2024"),
                AsOf.NOW, "thanh.tra", Instant.parse("2024-07-01T03:00:00Z")).title())
                .isEqualTo("Nhật ký kiểm tra: Đơn vị BD — Ủy ban nhân dân phường Bồ Đề");
        assertThat(document.subtitles()).containsExactly("Kỳ: 2024", "Tính đến vị trí: 42", "Số mục: 3");
        assertThat(document.footer()).isEqualTo("Xuất lúc 2024-07-01 10:00:00 +07:00 bởi thanh.tra");
        ExportTable table = document.tables().get(0);
        assertThat(table.columns()).containsExactly("Vị trí", "Thời điểm ghi nhận", "Loại sự kiện",
                "Thời gian nghiệp vụ", "Người thực hiện", "Nội dung");
        assertThat(table.rows()).containsExactly(
                List.of("3", "2024-01-15 10:04:05.600 +07:00", "Đăng ký đơn vị (UnitRegistered)", "", "admin",
                        "Tên: Ủy ban nhân dân phường Bồ Đề"),
                List.of("9", "2024-01-15 10:04:05.600 +07:00", "Phát động cuộc vận động, phong trào (CampaignLaunched)",
                        "2024-01-01..2025-12-31", "admin", ""),
                List.of("11", "2024-01-15 10:04:05.600 +07:00", "Ký bản cam kết (PledgeSigned)", "2024-01-15", "admin",
                        "Đơn vị: BD"));
    }

    @Test
    void aRecordTimeCopiedFromAFileAsksForThatMoment() {
        String shown = AuditDocument.RECORDED.format(Instant.parse("2024-01-15T03:04:05.600Z"));
        assertThat(AsOf.parse(shown).moment()).isEqualTo(Instant.parse("2024-01-15T03:04:05.600Z"));
        assertThat(AsOf.parse("2024-01-15 10:04:05 +07:00").moment()).isEqualTo(Instant.parse("2024-01-15T03:04:05Z"));
        // fewer decimals, no offset (Vietnam's time), "+0700", and the "+" a URL turned into a space
        for (String written : new String[] {"2024-01-15 10:04:05.6 +07:00", "2024-01-15 10:04:05.600",
                "2024-01-15 10:04:05.600 +0700", "2024-01-15 10:04:05.600  07:00", "2024-01-15 03:04:05.600Z",
                "2024-01-15T10:04:05.600 07:00", "2024-01-15T10:04:05.600+07:00"}) {
            assertThat(AsOf.parse(written).moment()).as(written).isEqualTo(Instant.parse("2024-01-15T03:04:05.600Z"));
        }
        // the day first, as the web UI shows it in Vietnamese, is the same moment
        assertThat(AsOf.parse("15/01/2024 10:04:05.600 +07:00").moment())
                .isEqualTo(Instant.parse("2024-01-15T03:04:05.600Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsOf.parse("15.01.2024 10:04"))
                .hasMessageContaining("như các tệp xuất ghi");
    }

    @Test
    void theActorIsShownWithTheRoleAndUnitScopeOfTheirAccount() {
        AuditTrails.Entry scoped = new AuditTrails.Entry(4, OffsetDateTime.of(2024, 1, 15, 3, 4, 5, 0, ZoneOffset.UTC),
                "PersonRegistered", "Đăng ký cá nhân", null, null, "can.bo", "WRITER", "LB", "c-4", null, "e-4", null, "{}");
        List<List<String>> rows = documents.of(new AuditTrails.Trail("persons", "P1", 4, List.of(scoped)), "Cá nhân",
                null, null, AsOf.NOW, "thanh.tra", Instant.parse("2024-07-01T03:00:00Z")).tables().get(0).rows();
        assertThat(rows.get(0).get(4)).isEqualTo("can.bo (Ghi, đơn vị LB)");
    }

    @Test
    void aCorrectionNamesTheEntryItCorrects() {
        AuditTrails.Trail trail = new AuditTrails.Trail("evaluations", "E1", 12, List.of(
                entry(5, "PersonEvaluated", null, "2024-05", "{\"score\": 80}"),
                entry(12, "PersonEvaluationCorrected", null, "2024-05", 5L, "{\"score\": 85}")));

        List<List<String>> rows = documents.of(trail, "Đánh giá, xếp loại", null, null, AsOf.NOW, "admin",
                Instant.parse("2024-07-01T03:00:00Z")).tables().get(0).rows();

        assertThat(rows.get(0).get(5)).isEqualTo("score: 80");
        assertThat(rows.get(1).get(5)).isEqualTo("Đính chính mục ở vị trí 5. score: 85");
    }

    @Test
    void subtitlesSayWhichPeriodAndWhichMomentTheTrailWasAskedFor() {
        AuditTrails.Trail trail = new AuditTrails.Trail("persons", "P1", 17, List.of());
        ExportDocument document = documents.of(trail, "Cá nhân", "2024-Q2", Period.parse("2024-Q2"),
                AsOf.parse("2024-07-01T00:00:00+07:00"), null, Instant.parse("2024-07-02T00:00:00Z"));

        assertThat(document.subtitles()).containsExactly("Kỳ: 2024-Q2 (2024-04-01 – 2024-06-30)",
                "Tính đến vị trí: 17 (thời điểm 2024-07-01 00:00:00.000 +07:00)", "Số mục: 0");
        assertThat(document.footer()).isEqualTo("Xuất lúc 2024-07-02 07:00:00 +07:00 bởi —");
    }

    @Test
    void theMomentAskedForIsShownToTheMillisecondAndATrailBeforeAnyEventSaysSo() {
        AuditTrails.Trail trail = new AuditTrails.Trail("persons", "P1", -1, List.of());
        ExportDocument document = documents.of(trail, "Cá nhân", null, null,
                AsOf.parse("2024-07-01T00:00:00.970+07:00"), null, Instant.parse("2024-07-02T00:00:00Z"));

        // copied back into asOf, the moment asks for the same trail (a second's rounding would not)
        assertThat(document.subtitles()).contains(
                "Tính đến vị trí: -1 (trước sự kiện đầu tiên) (thời điểm 2024-07-01 00:00:00.970 +07:00)");
    }
}
