package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk import of a unit's monthly evaluations over HTTP, as CSV and XLSX, and with the ops command. */
class ImportIT extends NodeIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String HEADER = "personId;DISCIPLINE;TASKS;BONUS;note";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String p; // a prefix that keeps this test's ids apart from the other tests'

    @BeforeEach
    void organisation() {
        p = "t" + UUID.randomUUID().toString().substring(0, 8);
        created(api().post("/api/units", """
                {"id": "%s-LB", "name": "Ủy ban nhân dân quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        created(api().post("/api/units", """
                {"id": "%s-PNV", "name": "Phòng Nội vụ", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/units", """
                {"id": "%s-TC", "name": "Phòng Tài chính – Kế hoạch", "kind": "DIVISION"}""".formatted(p)));
        for (int i = 1; i <= 20; i++) {
            created(api().post("/api/persons", """
                    {"id": "%s", "unitId": "%s-PNV", "fullName": "Nguyễn Văn Thứ %d", "category": "CONG_CHUC"}"""
                    .formatted(person(i), p, i)));
        }
        created(api().post("/api/persons", """
                {"id": "%s-TC-01", "unitId": "%s-TC", "fullName": "Trần Thị Mai", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        created(api().post("/api/criteria-sets", """
                { "id": "%s-HN-3814", "version": 1, "subject": "PERSON", "effectiveFrom": "2018-07-01",
                  "criteria": [ {"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70}, {"code": "BONUS", "max": 10} ],
                  "bands": [ {"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50}, {"level": "D", "min": 0} ] }"""
                .formatted(p)));
    }

    private String person(int i) {
        return "%s-NV-%02d".formatted(p, i);
    }

    /** The import of the district's evaluations for a month, under this test's criteria set. */
    private String path(String month) {
        return "/api/imports/evaluations?unit=" + p + "-LB&period=" + month + "&criteriaSet=" + p + "-HN-3814";
    }

    /** A CSV as Excel writes it in Vietnam: BOM, semicolons, decimal commas, quoted text. */
    private static byte[] csv(String header, IntFunction<String> row) {
        StringBuilder text = new StringBuilder("\uFEFF").append(header).append("\r\n");
        for (int i = 1; i <= 20; i++) {
            text.append(row.apply(i)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String goodRow(int i) {
        return "%s;20;%d,25;%s;\"Hoàn thành tốt nhiệm vụ; tháng %d\"".formatted(person(i), 45 + i,
                i % 3 == 0 ? "" : "5", i);
    }

    /**
     * Single evaluations of the months an import begins, sent while it is stored: each is decided again after it
     * (a correction), never refused as if its month's evaluation were another's (409).
     */
    @Test
    void singleEvaluationsOfMonthsAnImportBeginsAreCorrectionsNotRefusals() throws Exception {
        StringBuilder year = new StringBuilder("personId;period;DISCIPLINE;TASKS;BONUS\n");
        for (int m = 1; m <= 12; m++) {
            for (int i = 1; i <= 20; i++) {
                year.append(person(i)).append(";2023-%02d;20;60;5\n".formatted(m));
            }
        }
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.Future<Api.Response> imported = clients.submit(() -> api().postBytes(
                    "/api/imports/evaluations?unit=" + p + "-LB&criteriaSet=" + p + "-HN-3814", CSV,
                    year.toString().getBytes(StandardCharsets.UTF_8)));
            List<java.util.concurrent.Future<Api.Response>> singles = new ArrayList<>();
            for (int m = 12; m >= 1; m--) {
                for (int i = 1; i <= 20; i++) {
                    String body = """
                            {"personId": "%s", "period": "2023-%02d", "criteriaSet": "%s-HN-3814",
                             "scores": {"DISCIPLINE": 19, "TASKS": 61, "BONUS": 4}}""".formatted(person(i), m, p);
                    singles.add(clients.submit(() -> api().post("/api/evaluations/persons", body)));
                }
            }
            assertThat(imported.get(2, TimeUnit.MINUTES).status()).isEqualTo(201);
            for (java.util.concurrent.Future<Api.Response> single : singles) {
                Api.Response response = single.get(2, TimeUnit.MINUTES);
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
        // each month holds both: the import's row and the single evaluation, whichever came first
        for (int i = 1; i <= 20; i += 7) {
            assertThat(trail(i, "2023-06")).hasSize(2);
        }
    }

    /**
     * An import correcting a quarter while single evaluations of the same months arrive, in the reverse order: the
     * import locked the append row first and the aggregates row by row, a group of singles its aggregates first and
     * then the row — each waited on the other until Axon's lock gave up (a minute), and the import failed with 500.
     */
    /** An entry's own recorded time, copied back into {@code asOf}, asks for the record with it. */
    @Test
    void theRowsOfAnImportShareOneRecordedTimeThatAsksForAllOfThem() {
        StringBuilder years = new StringBuilder("personId;period;DISCIPLINE;TASKS;BONUS\n");
        for (int y = 2019; y <= 2021; y++) {
            for (int m = 1; m <= 12; m++) {
                for (int i = 1; i <= 20; i++) {
                    years.append(person(i)).append(";%d-%02d;20;60;5\n".formatted(y, m));
                }
            }
        }
        Api.Response imported = created(api().postBytes("/api/imports/evaluations?unit=" + p + "-LB&criteriaSet="
                + p + "-HN-3814", CSV, years.toString().getBytes(StandardCharsets.UTF_8)));
        long first = imported.json().get("firstPosition").asLong();
        long last = imported.json().get("position").asLong();
        assertThat(last - first + 1).isEqualTo(720);
        // appended in several statements (chunks of the COPY), stamped once: as the transaction first appended
        assertThat(jdbc.sql("SELECT count(DISTINCT time_stamp) FROM domain_event_entry WHERE global_index BETWEEN ? AND ?")
                .params(first, last).query(Long.class).single()).isEqualTo(1L);

        JsonNode entries = api().get("/api/audit/persons/" + person(7)).json().get("entries");
        JsonNode firstOfYears = null;
        for (JsonNode entry : entries) {
            if (entry.get("position").asLong() >= first && firstOfYears == null) {
                firstOfYears = entry;
            }
        }
        assertThat(firstOfYears).isNotNull();
        String recordedAt = firstOfYears.get("recordedAt").asText();
        Api.Response asOf = api().get("/api/audit/units/" + p + "-PNV?period=2019-01-01..2021-12-31&asOf="
                + java.net.URLEncoder.encode(recordedAt, StandardCharsets.UTF_8));
        assertThat(asOf.status()).as(asOf.toString()).isEqualTo(200);
        assertThat(asOf.json().get("position").asLong()).isGreaterThanOrEqualTo(last);
        assertThat(asOf.json().get("entries")).hasSize(720);
    }

    @Test
    void anImportOfCorrectionsAndSingleEvaluationsOfItsMonthsNeverWaitOnEachOther() throws Exception {
        IntFunction<String> quarter = tasks -> {
            StringBuilder file = new StringBuilder("personId;period;DISCIPLINE;TASKS;BONUS\n");
            for (int m = 1; m <= 3; m++) {
                for (int i = 1; i <= 20; i++) {
                    file.append(person(i)).append(";2023-%02d;20;%d;5\n".formatted(m, tasks));
                }
            }
            return file.toString();
        };
        String path = "/api/imports/evaluations?unit=" + p + "-LB&criteriaSet=" + p + "-HN-3814";
        created(api().postBytes(path, CSV, quarter.apply(50).getBytes(StandardCharsets.UTF_8)));
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.Future<Api.Response> corrected = clients.submit(() -> api().postBytes(path, CSV,
                    quarter.apply(61).getBytes(StandardCharsets.UTF_8)));
            List<java.util.concurrent.Future<Api.Response>> singles = new ArrayList<>();
            for (int m = 3; m >= 1; m--) {
                for (int i = 20; i >= 1; i--) {
                    String body = """
                            {"personId": "%s", "period": "2023-%02d", "criteriaSet": "%s-HN-3814",
                             "scores": {"DISCIPLINE": 19, "TASKS": 62, "BONUS": 4}}""".formatted(person(i), m, p);
                    singles.add(clients.submit(() -> api().post("/api/evaluations/persons", body)));
                }
            }
            Api.Response imported = corrected.get(2, TimeUnit.MINUTES);
            assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
            for (java.util.concurrent.Future<Api.Response> single : singles) {
                Api.Response response = single.get(2, TimeUnit.MINUTES);
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
        // each month holds the first import's row, the correction and the single evaluation
        for (int i = 1; i <= 20; i += 7) {
            assertThat(trail(i, "2023-02")).hasSize(3);
        }
    }

    /**
     * People transferred while an import of their unit is checked: the import checks each row's unit under the turn
     * to append, so no evaluation it stores after a transfer names the unit the person had left (a transfer committed
     * between the check and the storing did, and passed a writer's scope of the old unit).
     */
    @Test
    void noImportedEvaluationStoredAfterATransferNamesTheUnitLeft() throws Exception {
        StringBuilder year = new StringBuilder("personId;period;DISCIPLINE;TASKS;BONUS\n");
        for (int i = 1; i <= 3; i++) {
            year.append(person(i)).append(";2023-12;20;60;5\n");
        }
        for (int m = 1; m <= 12; m++) {
            for (int i = 4; i <= 20; i++) {
                year.append(person(i)).append(";2023-%02d;20;60;5\n".formatted(m));
            }
        }
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Future<Api.Response> imported = clients.submit(() -> api().postBytes(
                    "/api/imports/evaluations?unit=" + p + "-LB&criteriaSet=" + p + "-HN-3814", CSV,
                    year.toString().getBytes(StandardCharsets.UTF_8)));
            List<java.util.concurrent.Future<Api.Response>> transfers = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String mover = person(i);
                transfers.add(clients.submit(() -> api().post("/api/persons/" + mover + "/transfers", """
                        {"toUnitId": "%s-TC", "effectiveOn": "2023-12-01"}""".formatted(p))));
            }
            Api.Response importAnswer = imported.get(2, TimeUnit.MINUTES);
            assertThat(importAnswer.status()).as(importAnswer.toString()).isIn(201, 400);
            for (int i = 1; i <= 3; i++) {
                Api.Response transfer = transfers.get(i - 1).get(2, TimeUnit.MINUTES);
                assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
                for (JsonNode entry : trailOrEmpty(i, "2023-12")) {
                    if (entry.get("position").asLong() > transfer.json().get("position").asLong()) {
                        assertThat(entry.get("data").get("unitId").asText()).as(person(i)).isEqualTo(p + "-TC");
                    }
                }
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private JsonNode trailOrEmpty(int i, String month) throws InterruptedException {
        Api.Response audit = api().get("/api/audit/evaluations/" + person(i) + "." + month);
        // a busy machine's audit view may still be catching up with the import: asked again, as a client would
        for (long giveUpAt = System.nanoTime() + 60_000_000_000L; audit.status() == 503
                && System.nanoTime() < giveUpAt; ) {
            Thread.sleep(500);
            audit = api().get("/api/audit/evaluations/" + person(i) + "." + month);
        }
        assertThat(audit.status()).as(audit.toString()).isIn(200, 404);
        return audit.status() == 404 ? JSON.createArrayNode() : audit.json().get("entries");
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static void assertProblem(Api.Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).as(response.toString()).isEqualTo(rule);
    }

    private JsonNode trail(int i, String month) {
        Api.Response audit = api().get("/api/audit/evaluations/" + person(i) + "." + month);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        return audit.json().get("entries");
    }

    private List<JsonNode> metaDataBetween(long first, long last) {
        return jdbc.sql("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                        + "WHERE global_index BETWEEN ? AND ? ORDER BY global_index")
                .params(first, last).query(String.class).list().stream().map(ImportIT::json).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void csvOfTwentyRowsStoresTwentyEvaluationsEachWithItsOwnEvent() {
        long before = eventCount();

        Api.Response imported = created(api().postBytes(path("2024-05"), CSV, csv(HEADER, this::goodRow),
                "X-Correlation-Id", "nhap-" + p));

        JsonNode answer = imported.json();
        long first = answer.get("firstPosition").asLong();
        long last = answer.get("position").asLong();
        assertThat(answer.get("rows").asInt()).isEqualTo(20);
        assertThat(answer.get("events").asLong()).isEqualTo(20);
        assertThat(last - first).isEqualTo(19);
        assertThat(eventCount()).isEqualTo(before + 20);
        Set<Long> positions = new HashSet<>();
        for (int i = 1; i <= 20; i++) {
            JsonNode entries = trail(i, "2024-05");
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).get("type").asText()).isEqualTo("PersonEvaluated");
            assertThat(entries.get(0).get("actor").asText()).isEqualTo("admin");
            assertThat(entries.get(0).get("correlationId").asText()).isEqualTo("nhap-" + p);
            assertThat(entries.get(0).get("importId").asText()).isEqualTo(answer.get("id").asText());
            assertThat(entries.get(0).get("data").get("unitId").asText()).isEqualTo(p + "-PNV");
            positions.add(entries.get(0).get("position").asLong());
        }
        assertThat(positions).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(first, last).boxed().toList());
        // the filed audit trail traces each row to its import as the JSON does
        Api.Download file = api().download("/api/audit/evaluations/" + person(1) + ".2024-05?format=csv");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.text()).contains("mã lần nhập " + answer.get("id").asText());
        JsonNode third = trail(3, "2024-05").get(0).get("data");
        assertThat(third.get("scores").get("TASKS").decimalValue()).isEqualByComparingTo("48.25");
        assertThat(third.get("scores").has("BONUS")).isFalse(); // empty cell: not given
        assertThat(third.get("note").asText()).isEqualTo("Hoàn thành tốt nhiệm vụ; tháng 3");
        assertThat(third.get("criteriaSetId").asText()).isEqualTo(p + "-HN-3814");

        List<JsonNode> metaData = metaDataBetween(first, last);
        assertThat(metaData).hasSize(20);
        assertThat(metaData).extracting(m -> m.get("importId").asText()).containsOnly(answer.get("id").asText());
        assertThat(metaData).extracting(m -> m.get("correlationId").asText()).containsOnly("nhap-" + p);
        assertThat(metaData).extracting(m -> m.get("actor").asText()).containsOnly("admin");
    }

    @Test
    void xlsxKeepsTheDecimalsTypedAndMaySendItAsAFormFile() throws IOException {
        long before = eventCount();
        byte[] may = xlsx(i -> new Object[] {person(i), 19.99, 69.99, i == 7 ? null : 9.75, "Tháng 5 – tốt"});

        Api.Response imported = created(api().postBytes(path("2024-05"), XLSX, may));

        assertThat(imported.json().get("events").asLong()).isEqualTo(20);
        Api.Response audit = api().get("/api/audit/evaluations/" + person(1) + ".2024-05");
        assertThat(audit.body()).contains("\"TASKS\": 69.99", "\"DISCIPLINE\": 19.99", "\"BONUS\": 9.75")
                .doesNotContain("69.989");
        assertThat(trail(7, "2024-05").get(0).get("data").get("scores").has("BONUS")).isFalse();

        byte[] june = xlsx(i -> new Object[] {person(i), 20, 62.5, 5, null});
        String boundary = "----thidua" + p;
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"thang-6.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(june);
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        created(api().postBytes(path("2024-06"), "multipart/form-data; boundary=" + boundary, form.toByteArray()));
        // the same form with its part under another name stores nothing and says which part is missing
        byte[] misnamed = form.toString(StandardCharsets.ISO_8859_1).replace("name=\"file\"", "name=\"upload\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.Response missing = api().postBytes(path("2024-07"), "multipart/form-data; boundary=" + boundary, misnamed);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        // two files in one form: which one the unit meant is not for the node to guess
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        for (int part = 0; part < 2; part++) {
            twice.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"thang-7-"
                    + part + ".xlsx\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            twice.write(june);
            twice.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        twice.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Response two = api().postBytes(path("2024-07"), "multipart/form-data; boundary=" + boundary,
                twice.toByteArray());
        assertThat(two.status()).as(two.toString()).isEqualTo(400);
        assertThat(two.json().get("rule").asText()).isEqualTo("IMPORT_ONE_FILE");
        // nor when the second comes under another part's name
        String other = new String(twice.toByteArray(), StandardCharsets.ISO_8859_1)
                .replaceFirst("name=\"file\"; filename=\"thang-7-1", "name=\"attachment\"; filename=\"thang-7-1");
        Api.Response renamed = api().postBytes(path("2024-07"), "multipart/form-data; boundary=" + boundary,
                other.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(400);
        assertThat(renamed.json().get("rule").asText()).isEqualTo("IMPORT_ONE_FILE");

        assertThat(eventCount()).isEqualTo(before + 40);
        assertThat(trail(20, "2024-06").get(0).get("data").get("scores").get("TASKS").decimalValue())
                .isEqualByComparingTo("62.5");
    }

    @Test
    void aWorkbookFromAProgramThatComputesNoFormulasIsReadWhereItsFormulasDoNotMatter() throws IOException {
        long before = eventCount();
        // a row number as =ROW()-1 nobody computed: the ledger does not read that column
        Api.Response numbered = created(api().postBytes(path("2024-08"), XLSX, numberedXlsx(false)));
        assertThat(numbered.json().get("events").asLong()).isEqualTo(20);

        // a score as a formula nobody computed: its value is unknown, the file is refused naming the cell
        Api.Response scoreFormula = api().postBytes(path("2024-09"), XLSX, numberedXlsx(true));
        assertProblem(scoreFormula, 400, "IMPORT_ROWS_VALID");
        assertThat(scoreFormula.json().get("errors")).hasSize(20)
                .allSatisfy(e -> assertThat(e.get("rule").asText()).isEqualTo("IMPORT_FORMULA_COMPUTED"));
        assertThat(scoreFormula.json().get("errors").get(0).get("message").asText()).contains("Ô D2");
        assertThat(eventCount()).isEqualTo(before + 20);
    }

    /** STT, then the header's columns, twenty rows; formulas left uncomputed, as some programs write them. */
    private byte[] numberedXlsx(boolean tasksAsFormula) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            String[] header = ("STT;" + HEADER).split(";");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= 20; i++) {
                Row cells = sheet.createRow(i);
                cells.createCell(0).setCellFormula("ROW()-1");
                cells.createCell(1).setCellValue(person(i));
                cells.createCell(2).setCellValue(18);
                if (tasksAsFormula) {
                    cells.createCell(3).setCellFormula("60+2");
                } else {
                    cells.createCell(3).setCellValue(62);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An XLSX file with the header and twenty rows of cells (text, numbers, or null for an empty cell). */
    private static byte[] xlsx(IntFunction<Object[]> row) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Đánh giá tháng");
            String[] header = HEADER.split(";");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= 20; i++) {
                Object[] values = row.apply(i);
                Row cells = sheet.createRow(i);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number number) {
                        cells.createCell(c).setCellValue(number.doubleValue());
                    } else if (values[c] != null) {
                        cells.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void fileWithThreeBadRowsIsRefusedNamingExactlyThoseRowsAndStoresNothing() {
        long before = eventCount();
        byte[] file = csv(HEADER, i -> switch (i) {
            case 5 -> person(i) + ";20;-5;5;";                // spreadsheet row 6: negative points
            case 12 -> p + "-TC-01;20;60;5;";                 // row 13: works in another unit
            case 20 -> person(i) + ";20;60;mười;";            // row 21: not a number
            default -> goodRow(i);
        });

        Api.Response refused = api().postBytes(path("2024-05"), CSV, file);

        assertProblem(refused, 400, "IMPORT_ROWS_VALID");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors).extracting(e -> e.get("row").asInt()).containsExactly(6, 13, 21);
        assertThat(errors).extracting(e -> e.get("field").asText())
                .containsExactly("rows[5].TASKS", "rows[12].personId", "rows[20].BONUS");
        assertThat(errors).extracting(e -> e.get("column").asText()).containsExactly("TASKS", "personId", "BONUS");
        assertThat(errors).extracting(e -> e.get("rule").asText()).containsExactly("EVALUATION_POINTS_NOT_NEGATIVE",
                "IMPORT_PERSON_IN_UNIT", "IMPORT_NUMBER_FORMAT");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("Điểm tiêu chí TASKS không được âm: -5");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api().get("/api/audit/evaluations/" + person(1) + ".2024-05").status()).isEqualTo(404);
    }

    @Test
    void malformedFilesAndUnknownUnitsAreRefusedAndStoreNothing() {
        long before = eventCount();

        Api.Response unknownColumn = api().postBytes(path("2024-05"), CSV,
                csv(HEADER + ";KPI", i -> goodRow(i) + ";3"));
        assertProblem(unknownColumn, 400, "IMPORT_FILE_FORMAT");
        assertThat(unknownColumn.json().get("errors")).extracting(e -> e.get("column").asText()).containsExactly("KPI");
        assertThat(unknownColumn.json().get("errors").get(0).get("row").asInt()).isEqualTo(1);

        // the person column twice, under its two names: neither is believed
        Api.Response twoPersonColumns = api().postBytes(path("2024-05"), CSV,
                csv("BẢNG TỔNG HỢP THÁNG 5\n" + HEADER + ";Mã CB", i -> goodRow(i) + ";" + person(i + 1)));
        assertProblem(twoPersonColumns, 400, "IMPORT_FILE_FORMAT");
        assertThat(twoPersonColumns.json().get("errors")).extracting(e -> e.get("rule").asText(),
                e -> e.get("column").asText(), e -> e.get("row").asInt())
                .containsExactly(tuple("IMPORT_COLUMN_UNIQUE", "Mã CB", 2));

        Api.Response noPersonColumn = api().postBytes(path("2024-05"), CSV,
                "TASKS\n60\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(noPersonColumn, 400, "IMPORT_FILE_FORMAT");
        assertThat(noPersonColumn.json().get("errors").get(0).get("column").asText()).isEqualTo("personId");

        byte[] binary = {0x00, 0x01, (byte) 0xFF, 0x13, 0x37, 0x00};
        Api.Response notAFile = api().postBytes(path("2024-05"), "application/octet-stream", binary);
        assertProblem(notAFile, 400, "IMPORT_FILE_FORMAT");
        assertThat(notAFile.json().get("errors").get(0).get("field").asText()).isEqualTo("file");

        Api.Response fakeXlsx = api().postBytes(path("2024-05"), XLSX, csv(HEADER, this::goodRow));
        assertProblem(fakeXlsx, 400, "IMPORT_FILE_FORMAT");

        Api.Response unknownUnit = api().postBytes(path("2024-05").replace(p + "-LB", p + "-NONE"), CSV,
                csv(HEADER, this::goodRow));
        assertProblem(unknownUnit, 404, "REFERENCE_EXISTS");
        assertThat(unknownUnit.json().get("errors").get(0).get("field").asText()).isEqualTo("unit");

        assertProblem(api().postBytes(path("2024-Q2"), CSV, csv(HEADER, this::goodRow)), 400,
                "EVALUATION_PERIOD_MONTH");
        Api.Response json = api().postBytes(path("2024-05"), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(json.json().get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
        assertThat(json.json().get("detail").asText()).contains("text/csv");
        Api.Response unknownCharset = api().postBytes(path("2024-05"), "text/csv; charset=x-khong-co",
                csv(HEADER, this::goodRow));
        assertThat(unknownCharset.status()).isEqualTo(415);
        assertThat(unknownCharset.json().get("detail").asText()).contains("x-khong-co", "bảng mã")
                .doesNotContain("null");
        Api.Response untyped = api().postBytes(path("2024-05"), null, csv(HEADER, this::goodRow));
        assertThat(untyped.status()).as(untyped.toString()).isEqualTo(400);
        assertThat(untyped.json().get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
        assertThat(untyped.json().get("detail").asText()).contains("thiếu tiêu đề");
        String boundary = "----thidua" + p;
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) 'x');
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(tooLarge);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Response large = api().postBytes(path("2024-05"), "multipart/form-data; boundary=" + boundary,
                form.toByteArray());
        assertProblem(large, 413, "IMPORT_FILE_SIZE");
        assertThat(large.json().get("detail").asText()).contains("10 MB");
        // sent as the body, not as a form: the same answer
        Api.Response largeBody = api().postBytes(path("2024-05"), CSV, tooLarge);
        assertProblem(largeBody, 413, "IMPORT_FILE_SIZE");
        assertThat(largeBody.json().get("detail").asText()).contains("10 MB");
        assertThat(eventCount()).isEqualTo(before);

        // Windows labels a .csv as an Excel file: the content says what it is
        created(api().postBytes(path("2024-05"), "application/vnd.ms-excel", csv(HEADER, this::goodRow)));
    }

    /**
     * Two uploads whose senders stall half-way hold none of the node's two import turns: a third file is stored at
     * once, where it used to wait a minute for a turn and be refused.
     */
    @Test
    void uploadsStillArrivingHoldNoImportTurn() throws Exception {
        byte[] file = csv(HEADER, this::goodRow);
        List<java.net.Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
                String credentials = java.util.Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().write(("POST " + path("2024-06") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Basic " + credentials + "\r\nContent-Type: " + CSV + "\r\n"
                        + "Content-Length: " + file.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().write(file, 0, file.length / 2);
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            Thread.sleep(500); // both requests are in their controller, receiving

            Api.Response third = api().postBytes(path("2024-05"), CSV, file);
            assertThat(third.status()).as(third.toString()).isEqualTo(201);
            assertThat(third.json().get("rows").asInt()).isEqualTo(20);
        } finally {
            for (java.net.Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /**
     * Rows for months nobody evaluated yet are decided without a command bus round each: what they store must be
     * what the same evaluation sent alone stores, column for column (but ids, time and position).
     */
    @Test
    void newEvaluationsImportedAreStoredAsTheSameEvaluationSentAloneWouldBe() {
        Api.Response alone = created(api().post("/api/evaluations/persons", """
                {"personId": "%s", "period": "2024-06", "criteriaSet": "%s-HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": 46.25, "BONUS": 5}, "note": "Hoàn thành tốt nhiệm vụ; tháng 1"}"""
                .formatted(person(1), p), "X-Correlation-Id", "mot-" + p));
        Api.Response imported = created(api().postBytes(path("2024-05"), CSV, csv(HEADER, this::goodRow),
                "X-Correlation-Id", "mot-" + p));

        Map<String, Object> single = storedRow(alone.json().get("position").asLong());
        Map<String, Object> row = storedRow(imported.json().get("firstPosition").asLong());
        assertThat(row.get("aggregate_identifier"))
                .isEqualTo(((String) single.get("aggregate_identifier")).replace("2024-06", "2024-05"));
        for (String column : List.of("type", "sequence_number", "payload_type", "payload_revision")) {
            assertThat(row.get(column)).as(column).isEqualTo(single.get(column));
        }
        JsonNode singlePayload = json((String) single.get("payload"));
        JsonNode rowPayload = json((String) row.get("payload"));
        ((ObjectNode) singlePayload).remove(List.of("evaluationId", "period"));
        ((ObjectNode) rowPayload).remove(List.of("evaluationId", "period"));
        assertThat(rowPayload).isEqualTo(singlePayload);
        JsonNode singleMetaData = json((String) single.get("meta_data"));
        JsonNode rowMetaData = json((String) row.get("meta_data"));
        assertThat(rowMetaData.get("importId").asText()).isEqualTo(imported.json().get("id").asText());
        ((ObjectNode) rowMetaData).remove("importId");
        assertThat(rowMetaData).isEqualTo(singleMetaData);
    }

    /**
     * A file of many rows is stored by one COPY, whose positions the node works out rather than reads back: each
     * row must be at the position answered for it, in the file's order, chained like any other event.
     */
    @Test
    void aFileOfManyRowsIsStoredInTheFilesOrderAtThePositionsAnsweredAndChained() {
        StringBuilder text = new StringBuilder("personId;period;DISCIPLINE;TASKS;BONUS\n");
        List<String> streams = new ArrayList<>();
        for (String month : List.of("2023-01", "2023-02", "2023-03")) {
            for (int i = 1; i <= 20; i++) {
                text.append("%s;%s;20;%d;5\n".formatted(person(i), month, 40 + i));
                streams.add("person-evaluation:" + person(i) + "." + month);
            }
        }
        Api.Response alone = created(api().post("/api/evaluations/persons", """
                {"personId": "%s", "period": "2023-04", "criteriaSet": "%s-HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": 41, "BONUS": 5}}""".formatted(person(1), p)));

        Api.Response imported = created(api().postBytes("/api/imports/evaluations?unit=" + p + "-LB&criteriaSet=" + p
                + "-HN-3814", CSV, text.toString().getBytes(StandardCharsets.UTF_8)));

        long first = imported.json().get("firstPosition").asLong();
        long last = imported.json().get("position").asLong();
        assertThat(imported.json().get("events").asLong()).isEqualTo(60);
        assertThat(last - first).isEqualTo(59);
        assertThat(jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE global_index BETWEEN ? AND ? "
                + "ORDER BY global_index").params(first, last).query(String.class).list()).isEqualTo(streams);
        assertThat(trail(7, "2023-02").get(0).get("position").asLong()).isEqualTo(first + 26);
        Map<String, Object> single = storedRow(alone.json().get("position").asLong());
        Map<String, Object> row = storedRow(first);
        for (String column : List.of("type", "sequence_number", "payload_type", "payload_revision")) {
            assertThat(row.get(column)).as(column).isEqualTo(single.get(column));
        }
        JsonNode payload = json((String) row.get("payload"));
        assertThat(payload.get("scores").get("TASKS").decimalValue()).isEqualByComparingTo("41");
        assertThat(json((String) row.get("meta_data")).get("importId").asText())
                .isEqualTo(imported.json().get("id").asText());
        Instant stored = Instant.parse(jdbc.sql("SELECT time_stamp FROM domain_event_entry WHERE global_index = ?")
                .param(last).query(String.class).single());
        assertThat(stored).isBetween(Instant.now().minusSeconds(60), Instant.now());
        JsonNode verdict = api().get("/api/integrity/verify").json();
        assertThat(verdict.get("ok").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("verifiedThrough").asLong()).isGreaterThanOrEqualTo(last);
    }

    private Map<String, Object> storedRow(long position) {
        return jdbc.sql("""
                        SELECT aggregate_identifier, type, sequence_number, payload_type, payload_revision,
                               convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta_data
                        FROM domain_event_entry WHERE global_index = ?""")
                .param(position).query().singleRow();
    }

    @Test
    void importingAMonthAgainRecordsACorrectionOfEachEvaluation() {
        created(api().postBytes(path("2024-05"), CSV, csv(HEADER, this::goodRow)));
        long before = eventCount();

        Api.Response again = created(api().postBytes(path("2024-05"), CSV,
                csv(HEADER, i -> person(i) + ";19;65;10;Đã điều chỉnh sau họp")));

        assertThat(again.json().get("events").asLong()).isEqualTo(20);
        assertThat(eventCount()).isEqualTo(before + 20);
        for (int i : new int[] {1, 7, 20}) {
            JsonNode entries = trail(i, "2024-05");
            assertThat(entries).extracting(e -> e.get("type").asText())
                    .containsExactly("PersonEvaluated", "PersonEvaluationCorrected");
            JsonNode correction = entries.get(1).get("data");
            assertThat(correction.get("corrects").asText()).isEqualTo(entries.get(0).get("eventId").asText());
            assertThat(entries.get(1).get("corrects").asLong()).isEqualTo(entries.get(0).get("position").asLong());
            assertThat(correction.get("scores").get("TASKS").decimalValue()).isEqualByComparingTo("65");
            assertThat(correction.get("previousScores").get("TASKS").decimalValue())
                    .isEqualByComparingTo((45 + i) + ".25");
        }
    }

    @Test
    void theSameFileSentAgainStoresOnlyTheRowsItChanges() {
        Api.Response first = created(api().postBytes(path("2024-06"), CSV, csv(HEADER, this::goodRow)));
        created(api().post("/api/units", """
                {"id": "%s-TP", "name": "Phòng Tư pháp", "kind": "DIVISION"}""".formatted(p)));
        long before = eventCount();

        // sent again unchanged, then with one cell corrected: only that row becomes a correction
        Api.Response unchanged = api().postBytes(path("2024-06"), CSV, csv(HEADER, this::goodRow));
        // stored nothing: answered as a replay, with the last event of the rows it repeats
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
        assertThat(unchanged.json().get("position").asLong()).isEqualTo(first.json().get("position").asLong());
        assertThat(unchanged.json().get("rows").asInt()).isEqualTo(20);
        assertThat(unchanged.json().get("events").asLong()).isZero();
        assertThat(unchanged.json().get("firstPosition").isNull()).as("no first event").isTrue();
        Api.Response oneCell = created(api().postBytes(path("2024-06"), CSV,
                csv(HEADER, i -> i == 7 ? person(i) + ";19;66;10;Sửa một ô" : goodRow(i))));
        assertThat(oneCell.json().get("events").asLong()).isEqualTo(1);
        assertThat(eventCount()).isEqualTo(before + 1);
        assertThat(trail(7, "2024-06")).extracting(e -> e.get("type").asText())
                .containsExactly("PersonEvaluated", "PersonEvaluationCorrected");
        assertThat(trail(8, "2024-06")).extracting(e -> e.get("type").asText()).containsExactly("PersonEvaluated");
    }

    @Test
    void retryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresNothingNew() {
        String key = "nhap-thang-5-" + p;
        Api.Response first = created(api().postBytes(path("2024-05"), CSV, csv(HEADER, this::goodRow),
                "Idempotency-Key", key));
        long after = eventCount();

        Api.Response retry = api().postBytes(path("2024-05"), CSV, csv(HEADER, this::goodRow), "Idempotency-Key", key);

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(eventCount()).isEqualTo(after);
        assertThat(trail(1, "2024-05")).hasSize(1);
        List<JsonNode> metaData = metaDataBetween(first.json().get("firstPosition").asLong(),
                first.json().get("position").asLong());
        assertThat(metaData).extracting(m -> m.get("idempotencyKey").asText()).containsOnly(key);

        Api.Response otherFile = api().postBytes(path("2024-05"), CSV,
                csv(HEADER, i -> person(i) + ";19;65;10;"), "Idempotency-Key", key);
        assertProblem(otherFile, 409, "IDEMPOTENCY_KEY_REUSED");
        assertThat(eventCount()).isEqualTo(after);
    }

    /**
     * The one rule checked only while storing (no self-assessment once the head has decided) refuses the LAST
     * row, after the nineteen before it were appended in the import's transaction: all of them are rolled back.
     */
    @Test
    void refusalOfTheLastRowWhileStoringRollsBackTheRowsStoredBeforeIt() {
        created(api().post("/api/evaluations/persons", """
                {"personId": "%s", "period": "2024-05", "scores": {"TASKS": 60}, "criteriaSet": "%s-HN-3814"}"""
                .formatted(person(20), p)));
        long before = eventCount();
        long head = head();
        byte[] file = csv(HEADER + ";stage", i -> goodRow(i) + (i == 20 ? ";SELF_ASSESSMENT" : ";"));

        Api.Response refused = api().postBytes(path("2024-05"), CSV, file);

        assertProblem(refused, 409, "EVALUATION_ALREADY_DECIDED");
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(21);
        assertThat(error.get("column").asText()).isEqualTo("stage");
        assertThat(error.get("field").asText()).isEqualTo("rows[20].stage");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(head()).isEqualTo(head);
        assertThat(api().get("/api/audit/evaluations/" + person(1) + ".2024-05").status()).isEqualTo(404);
        assertThat(trail(20, "2024-05")).hasSize(1);

        // every row refused while storing is told, not only the first
        created(api().post("/api/evaluations/persons", """
                {"personId": "%s", "period": "2024-05", "scores": {"TASKS": 61}, "criteriaSet": "%s-HN-3814"}"""
                .formatted(person(3), p)));
        long beforeBoth = eventCount();
        Api.Response both = api().postBytes(path("2024-05"), CSV,
                csv(HEADER + ";stage", i -> goodRow(i) + (i == 3 || i == 20 ? ";SELF_ASSESSMENT" : ";")));
        assertProblem(both, 409, "EVALUATION_ALREADY_DECIDED");
        assertThat(both.json().get("errors")).extracting(e -> e.get("row").asInt()).containsExactly(4, 21);
        assertThat(eventCount()).isEqualTo(beforeBoth);
        head = head();

        // nothing leaked: the next import's events follow the head without a gap
        Api.Response next = created(api().postBytes(path("2024-05"), CSV,
                csv(HEADER, i -> i == 20 || i == 3 ? "" : goodRow(i))));
        assertThat(next.json().get("rows").asInt()).isEqualTo(18);
        assertThat(next.json().get("firstPosition").asLong()).isEqualTo(head + 1);
    }

    @Test
    void opsCommandImportsAFileAndPrintsEveryRowError() throws Exception {
        Path script = Files.exists(Path.of("bin", "thidua-import")) ? Path.of("bin", "thidua-import")
                : Path.of("ops", "bin", "thidua-import");
        assumeThat(Files.isExecutable(Path.of("/usr/bin/curl")) || Files.isExecutable(Path.of("/bin/curl")))
                .as("curl is installed").isTrue();
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "import-");
        Path good = Files.write(dir.resolve("thang-5.csv"), csv(HEADER, this::goodRow));
        Path bad = Files.write(dir.resolve("thang-6.csv"), csv(HEADER, i -> i == 4 ? person(i) + ";-25;60;5;"
                : i == 9 ? person(i) + ";20;60;5,12345;" : goodRow(i)));

        Run stored = run(script, "--period", "2024-05", good.toString());
        assertThat(stored.exit()).as(stored.output()).isZero();
        assertThat(stored.output()).contains("Đã nhập 20 dòng");
        assertThat(trail(20, "2024-05")).hasSize(1);

        long before = eventCount();
        Run refused = run(script, "--period", "2024-06", bad.toString());
        assertThat(refused.exit()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output().lines().filter(line -> line.startsWith("  Dòng")).toList()).containsExactly(
                "  Dòng 5, cột DISCIPLINE: Điểm tiêu chí DISCIPLINE không được âm: -25",
                "  Dòng 10, cột BONUS: Điểm tiêu chí BONUS có tối đa 4 chữ số thập phân, không phải 5.12345");
        assertThat(eventCount()).isEqualTo(before);

        // an option without its value, and a password that does not sign in, are told apart from a refusal
        Run noMonth = run(script, good.toString(), "--period");
        assertThat(noMonth.exit()).as(noMonth.output()).isEqualTo(2);
        assertThat(noMonth.output()).contains("--period cần một giá trị");
        Run wrongPassword = run(script, "--password", "sai-mat-khau", "--period", "2024-05", good.toString());
        assertThat(wrongPassword.exit()).as(wrongPassword.output()).isEqualTo(2);
        assertThat(wrongPassword.output()).contains("đăng nhập thất bại");
        // a password may begin with "--": it is sent, not taken for an option
        Run dashedPassword = run(script, "--password", "--sai", "--period", "2024-05", good.toString());
        assertThat(dashedPassword.output()).contains("đăng nhập thất bại").doesNotContain("cần một giá trị");

        // a CSV saved as Excel's "CSV" on a Vietnamese Windows, told by --charset
        Path windows = Files.write(dir.resolve("thang-7.csv"), new String(csv(HEADER, i -> person(i)
                + ";20;60;5;Ho\u00E0n th\u00E0nh t\u00F4\u0301t"), StandardCharsets.UTF_8).substring(1) // no BOM
                .getBytes(Charset.forName("windows-1258")));
        Run legacy = run(script, "--period", "2024-07", "--charset", "windows-1258", windows.toString());
        assertThat(legacy.exit()).as(legacy.output()).isZero();
        assertThat(trail(5, "2024-07").get(0).get("data").get("note").asText()).isEqualTo("Hoàn thành tốt");

        // the same file again changes nothing: no event, so no positions to print
        Run again = run(script, "--period", "2024-05", good.toString());
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains("không ghi sự kiện nào").doesNotContain("vị trí");
        // with a key never used, that is still no replay of an earlier import
        Run unchangedWithKey = run(script, "--period", "2024-05", "--idempotency-key", p + "-k1", good.toString());
        assertThat(unchangedWithKey.output()).contains("không ghi sự kiện nào").doesNotContain("trước đó");
        // a file stored, then sent again with its key, is the first answer given again
        Run first = run(script, "--period", "2024-08", "--idempotency-key", p + "-k2", good.toString());
        assertThat(first.output()).contains("vị trí").doesNotContain("trước đó");
        Run replayed = run(script, "--period", "2024-08", "--idempotency-key", p + "-k2", good.toString());
        assertThat(replayed.exit()).as(replayed.output()).isZero();
        assertThat(replayed.output()).contains("đã được nhập trước đó với cùng Idempotency-Key");
    }

    private record Run(int exit, String output) {
    }

    private Run run(Path script, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "--url", "http://127.0.0.1:" + port,
                "--user", "admin", "--unit", p + "-PNV", "--criteria-set", p + "-HN-3814"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("THIDUA_PASSWORD", Api.ADMIN_PASSWORD);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output.lines().collect(Collectors.joining("\n")));
    }
}
