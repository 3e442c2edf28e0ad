package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail as files an inspection team can keep: PDF, XLSX and CSV, with the Vietnamese text intact. */
class ExportsIT extends NodeIT {

    private static final String UNIT_NAME = "Ủy ban nhân dân phường Bồ Đề";
    private static final String PERSON_NAME = "Nguyễn Thị Thu Hương";
    private static final List<String> COLUMNS = List.of("Vị trí", "Thời điểm ghi nhận", "Loại sự kiện",
            "Thời gian nghiệp vụ", "Người thực hiện", "Nội dung");
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx");

    private String p; // a prefix that keeps this test's ids apart from the other tests'
    private String trail;

    @BeforeEach
    void ward() {
        p = "t" + UUID.randomUUID().toString().substring(0, 8);
        created(api().post("/api/units", """
                {"id": "%s-BD", "name": "%s", "kind": "COMMUNE"}""".formatted(p, UNIT_NAME)));
        created(api().post("/api/persons", """
                {"id": "%s-HUONG", "unitId": "%s-BD", "fullName": "%s", "category": "CONG_CHUC"}"""
                .formatted(p, p, PERSON_NAME)));
        trail = "/api/audit/units/" + p + "-BD";
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void pdfOfTheAuditTrailKeepsTheVietnameseTextAsItWasWritten() throws IOException {
        Api.Download pdf = api().download(trail + "?format=pdf");

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.contentDisposition()).isEqualTo("attachment; filename=\"Nhat_ky_Don_vi_" + p + "-BD.pdf\"; "
                + "filename*=UTF-8''Nh%E1%BA%ADt%20k%C3%BD%20%C4%90%C6%A1n%20v%E1%BB%8B%20" + p + "-BD.pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Nhật ký kiểm tra: Đơn vị " + p + "-BD", "Đăng ký đơn vị", "UnitRegistered",
                "PersonRegistered", "Vị trí", "Thời gian nghiệp vụ", "Người thực hiện", "Nội dung", "bởi admin");
        // a long cell may wrap; the line break is the only difference allowed
        // each field by its Vietnamese name, as the screen names it
        assertThat(text.replaceAll("\\s+", " ")).contains("Tên: " + UNIT_NAME, "Họ và tên: " + PERSON_NAME,
                "Loại: COMMUNE (").doesNotContain("fullName:");
    }

    @Test
    void xlsxOfTheAuditTrailHasOneRowPerJsonEntryInTheSameOrder() throws IOException {
        JsonNode entries = api().get(trail).json().get("entries");
        Api.Download xlsx = api().download(trail + "?format=xlsx");

        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.contentDisposition()).startsWith("attachment; filename=\"Nhat_ky_Don_vi_" + p + "-BD.xlsx\"");
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Nhật ký kiểm tra: Đơn vị " + p + "-BD — " + UNIT_NAME);
            Sheet sheet = workbook.getSheet("Nhật ký");
            DataFormatter cells = new DataFormatter();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(cells.formatCellValue(cell)));
                rows.add(values);
            }
        }
        assertThat(rows.get(0)).isEqualTo(COLUMNS);
        assertSameEntries(rows.subList(1, rows.size()), entries);
    }

    @Test
    void csvOfTheAuditTrailIsUtf8WithBomAndHasOneRowPerJsonEntryInTheSameOrder() {
        JsonNode entries = api().get(trail).json().get("entries");
        Api.Download csv = api().download(trail + "?format=csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(csv.contentDisposition()).startsWith("attachment; filename=\"Nhat_ky_Don_vi_" + p + "-BD.csv\"");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> records = parseCsv(csv.text().substring(1));
        assertThat(records.get(0)).containsExactly("Nhật ký kiểm tra: Đơn vị " + p + "-BD — " + UNIT_NAME);
        int header = records.indexOf(COLUMNS);
        assertThat(header).isPositive();
        assertThat(records.get(header - 1)).containsExactly("Nhật ký");
        int end = header + 1;
        while (end < records.size() && !records.get(end).equals(List.of(""))) {
            end++;
        }
        assertSameEntries(records.subList(header + 1, end), entries);
    }

    @Test
    void exportFollowsThePeriodAndAsOfFiltersOfTheJson() throws IOException {
        JsonNode entries = api().get(trail).json().get("entries");
        long registered = entries.get(0).get("position").asLong();

        Api.Download pdf = api().download(trail + "?format=pdf&asOf=pos:" + registered);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text.replaceAll("\\s+", " ")).contains("Tính đến vị trí: " + registered, "Số mục: 1", UNIT_NAME)
                .doesNotContain("PersonRegistered");
    }

    @Test
    void unknownFormatIsRefusedAsAProblem() {
        long events = eventCount();
        Api.Response refused = api().get(trail + "?format=docx");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("EXPORT_FORMAT");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("format");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aViewWithoutFilesRefusesAFileRatherThanAnswerItsJson() {
        for (String view : List.of("/api/persons/" + p + "-HUONG/discipline", "/api/rankings?period=2024-05&cluster=NONE")) {
            Api.Response refused = api().get(view + (view.contains("?") ? "&" : "?") + "format=csv");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asText()).isEqualTo("EXPORT_FORMAT");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("format");
        }
        // its JSON asked for by name is still its answer
        assertThat(api().get("/api/persons/" + p + "-HUONG/discipline?format=json").status()).isEqualTo(200);
    }

    @Test
    void aTrailEntryNamesItsCodesAsTheFilesDo() {
        JsonNode registered = api().get(trail).json().get("entries").get(0);
        assertThat(registered.get("data").get("kind").asText()).isEqualTo("COMMUNE");
        assertThat(registered.get("codeLabels").get("COMMUNE").asText()).isNotBlank();
        assertThat(api().download(trail + "?format=csv").text())
                .contains("COMMUNE (" + registered.get("codeLabels").get("COMMUNE").asText() + ")");
    }

    @Test
    void jsonFormatIsTheUsualAnswer() {
        Api.Response json = api().get(trail + "?format=json");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().get("entries")).isEqualTo(api().get(trail).json().get("entries"));
    }

    /** Same count, same order; each row's position, time, type, business time and actor as in the JSON. */
    private static void assertSameEntries(List<List<String>> rows, JsonNode entries) {
        assertThat(rows).hasSize(entries.size());
        assertThat(entries.size()).isEqualTo(2);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            JsonNode entry = entries.get(i);
            assertThat(row).hasSize(COLUMNS.size());
            assertThat(row.get(0)).isEqualTo(entry.get("position").asText());
            assertThat(OffsetDateTime.parse(row.get(1), SHOWN_TIME).toInstant())
                    .isEqualTo(Instant.parse(entry.get("recordedAt").asText()).truncatedTo(ChronoUnit.MILLIS));
            assertThat(row.get(1)).endsWith("+07:00");
            // the kind of event in Vietnamese, its stored name in brackets
            assertThat(row.get(2)).endsWith("(" + entry.get("type").asText() + ")").doesNotStartWith("(");
            String businessTime = entry.has("occurredOn") ? entry.get("occurredOn").asText()
                    : entry.has("period") ? entry.get("period").asText() : "";
            // a workbook's column of dates holds dates, shown as Vietnamese write them
            String shown = row.get(3).matches("\\d{2}/\\d{2}/\\d{4}") ? java.time.LocalDate.parse(row.get(3),
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")).toString() : row.get(3);
            assertThat(shown).isEqualTo(businessTime);
            // the actor, with the role (and unit scope) their account had, the role named as the web UI names it
            assertThat(row.get(4)).isEqualTo(entry.get("actor").asText() + (entry.has("role")
                    ? " (" + java.util.Map.of("READER", "Đọc", "WRITER", "Ghi", "ADMIN", "Quản trị")
                    .get(entry.get("role").asText()) + ")" : ""));
        }
        assertThat(rows.get(0).get(2)).isEqualTo("Đăng ký đơn vị (UnitRegistered)");
        assertThat(rows.get(0).get(5)).contains("Tên: " + UNIT_NAME);
        assertThat(rows.get(1).get(2)).isEqualTo("Đăng ký cán bộ, công chức, viên chức (PersonRegistered)");
        assertThat(rows.get(1).get(5)).contains("Họ và tên: " + PERSON_NAME);
    }

    /** RFC 4180: CRLF between records, fields in quotes may hold commas, line breaks and doubled quotes. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).isEmpty();
        assertThat(record).isEmpty();
        return records;
    }
}
