package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser (Debian's headless Chromium): signing in on its own page, the live standings of a
 * cluster following new facts, a dossier and an audit trail in Vietnamese.
 */
class WebUiIT extends NodeIT {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");

    private WebDriver browser;
    private WebDriverWait wait;
    private String p;

    @BeforeEach
    void browserAndCluster() {
        // .ci/run installs Debian's chromium and chromium-driver; a machine without them cannot run this test
        assumeTrue(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute(), "no /usr/bin/chromium and chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1400,1000", "--lang=vi");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        p = "w" + UUID.randomUUID().toString().substring(0, 8);
        created("/api/units", """
                {"id": "%s-Q", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p));
        for (String ward : new String[] {"BD", "GT"}) {
            created("/api/units", """
                    {"id": "%s-%s", "name": "Phường %s", "kind": "COMMUNE", "parentId": "%s-Q"}"""
                    .formatted(p, ward, ward.equals("BD") ? "Bồ Đề" : "Gia Thụy", p));
        }
        created("/api/clusters", """
                {"id": "%s-CUM", "name": "Cụm thi đua số 1", "kind": "CUM"}""".formatted(p));
        for (String ward : new String[] {"BD", "GT"}) {
            created("/api/clusters/" + p + "-CUM/members", """
                    {"unitId": "%s-%s", "from": "2024-01-01"}""".formatted(p, ward));
        }
        publishUnitSet(1, "2019-01-01", "Tiêu chí chung");
        evaluate("BD", "45", "45");
        evaluate("GT", "40", "40");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** This test's unit criteria set p-VH in {@code version}, GENERAL named {@code generalLabel}. */
    private void publishUnitSet(int version, String effectiveFrom, String generalLabel) {
        created("/api/criteria-sets", """
                {"id": "%s-VH", "version": %d, "subject": "UNIT", "effectiveFrom": "%s",
                 "criteria": [{"code": "GENERAL", "max": 50, "label": "%s"}, {"code": "REFORM", "max": 50}],
                 "bands": [{"level": "HTXS", "min": 90}, {"level": "HTT", "min": 70}, {"level": "HT", "min": 50},
                           {"level": "KHT", "min": 0}],
                 "violationPenalty": [{"rulePrefix": "NK-", "points": 5}]}""".formatted(p, version, effectiveFrom,
                generalLabel));
    }

    private void created(String path, String body) {
        Api.Response response = api().post(path, body);
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    private void evaluate(String ward, String general, String reform) {
        created("/api/evaluations/units", """
                {"unitId": "%s-%s", "period": "2024-05", "criteriaSet": "%s-VH",
                 "scores": {"GENERAL": %s, "REFORM": %s}}""".formatted(p, ward, p, general, reform));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void signIn(String password) {
        browser.get(url("/login"));
        typeCredentials(password);
    }

    /** Signed in as the administrator, the app open. */
    private void signedInAsAdmin() {
        signIn(Api.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "admin"));
    }

    private void typeCredentials(String password) {
        typeCredentials("admin", password);
    }

    private void typeCredentials(String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
    }

    /** Read in one go: the live table is replaced whenever a new ranking arrives. */
    @SuppressWarnings("unchecked")
    private List<String> rankedUnits() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#ranking-table tbody tr')].map(r => r.dataset.unit)");
    }

    @Test
    void aWrongPasswordIsToldInVietnameseAndTheRightOneOpensTheApp() {
        signIn("sai-mat-khau");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sổ cái Thi đua");

        signedInAsAdmin();
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Bảng xếp hạng", "Hồ sơ kiểm tra",
                "Nhật ký", "So sánh phương án");
    }

    @Test
    void theStandingsOfAClusterFollowNewFactsLive() {
        signedInAsAdmin();
        browser.get(url("/#/rankings?cluster=" + p + "-CUM&period=2024-05"));
        wait.until(d -> rankedUnits().size() == 2);
        assertThat(rankedUnits()).containsExactly(p + "-BD", p + "-GT");
        assertThat(browser.findElement(By.id("ranking")).getText()).contains("Cụm thi đua số 1", "Phường Bồ Đề", "90");
        long before = Long.parseLong(browser.findElement(By.id("live")).getAttribute("data-position"));

        // two confirmed violations of Bồ Đề: 90 − 10 = 80, level with Gia Thụy, whom fewer violations put first
        for (int i = 0; i < 2; i++) {
            String id = api().post("/api/violations", """
                    {"subjectId": "%s-BD", "ruleCode": "NK-1", "occurredOn": "2024-05-1%d", "source": "INSPECTION"}"""
                    .formatted(p, i)).json().get("id").asText();
            created("/api/violations/" + id + "/confirm", "{\"reason\": \"Kết luận kiểm tra\"}");
        }
        wait.until(d -> rankedUnits().equals(List.of(p + "-GT", p + "-BD")));
        assertThat(Long.parseLong(browser.findElement(By.id("live")).getAttribute("data-position")))
                .isGreaterThan(before);
        assertThat(browser.findElement(By.id("live")).getText()).startsWith("● Trực tiếp").contains("(GMT+7)");
        // a criterion is headed by its label, the code kept as the heading's explanation
        WebElement general = browser.findElement(By.xpath("//table[@id='ranking-table']//th[text()='Tiêu chí chung']"));
        assertThat(general.getAttribute("title")).isEqualTo("GENERAL");
        // a version published while the view is open: its own names head the columns, not its codes
        publishUnitSet(2, "2024-05-01", "Công tác chung");
        wait.until(d -> !d.findElements(By.xpath("//table[@id='ranking-table']//th[text()='Công tác chung']"))
                .isEmpty());
        assertThat(browser.findElement(By.id("ranking")).getText()).contains(p + "-VH@2");

        // as the ledger stood before the violations: the earlier order, told as a fixed view
        browser.get(url("/#/rankings?cluster=" + p + "-CUM&period=2024-05&asOf=pos:" + before));
        wait.until(d -> rankedUnits().equals(List.of(p + "-BD", p + "-GT")));
        assertThat(browser.findElement(By.id("live")).getText())
                .isEqualTo("Như sổ đã ghi tính đến vị trí " + String.format(java.util.Locale.forLanguageTag("vi-VN"),
                        "%,d", before) + "; không cập nhật trực tiếp.");
    }

    @Test
    void aPeriodNobodyWasEvaluatedForSaysSoInsteadOfRankingZeros() {
        signedInAsAdmin();
        browser.get(url("/#/rankings?cluster=" + p + "-CUM&period=2024-06&criteriaSet=" + p + "-VH"));
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-evaluations")));
        assertThat(notice.getText()).contains("Chưa có đơn vị nào của cụm được đánh giá");
        // the units listed hold no rank: "—", not 1 and 2 by their ids
        assertThat(browser.findElements(By.xpath("//table[@id='ranking-table']//tbody//td[1][normalize-space(.)='—']")))
                .hasSize(2);

        // a period still to come says so rather than ranking zeros live
        int next = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
        browser.get(url("/#/rankings?cluster=" + p + "-CUM&period=" + next + "&criteriaSet=" + p + "-VH"));
        WebElement notBegun = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-begun")));
        assertThat(notBegun.getText()).startsWith("Kỳ này chưa bắt đầu (từ 01/01/" + next + ")");
    }

    @Test
    void aRankingUnderAnotherSetThanTheEvaluationsSaysWhichUnitsWereEvaluatedUnderWhich() {
        created("/api/criteria-sets", """
                {"id": "%s-VK", "version": 1, "subject": "UNIT", "effectiveFrom": "2019-01-01",
                 "criteria": [{"code": "GENERAL", "max": 60}, {"code": "OFFICE", "max": 40}],
                 "bands": [{"level": "HTXS", "min": 90}, {"level": "KHT", "min": 0}]}""".formatted(p));
        signedInAsAdmin();
        browser.get(url("/#/rankings?cluster=" + p + "-CUM&period=2024-05&criteriaSet=" + p + "-VK"));
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("other-sets")));
        assertThat(notice.getText()).contains("bộ tiêu chí khác", p + "-BD (" + p + "-VH@1)",
                p + "-GT (" + p + "-VH@1)");
        // under the set they were given for: nothing to tell
        browser.get(url("/#/rankings?cluster=" + p + "-CUM&period=2024-05&criteriaSet=" + p + "-VH"));
        // the ranking under that set shown (the one before ranked the same units in the same order)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "Bộ tiêu chí: " + p + "-VH@1"));
        wait.until(d -> rankedUnits().equals(List.of(p + "-BD", p + "-GT")));
        assertThat(browser.findElements(By.id("other-sets"))).isEmpty();
    }

    @Test
    void aLinkedViewSurvivesSigningInAndSigningInNeverLeavesTheSite() {
        // not signed in: the sign-in page, then the view that was asked for
        browser.get(url("/#/dossier?unit=" + p + "-BD&period=2024"));
        wait.until(ExpectedConditions.urlContains("/login"));
        typeCredentials(Api.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-table")));
        assertThat(browser.getCurrentUrl()).endsWith("/#/dossier?unit=" + p + "-BD&period=2024");

        // a "next" pointing elsewhere is ignored
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.get(url("/login.html?next=%2Fevil.example%2F"));
        typeCredentials(Api.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "admin"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/"));
    }

    @Test
    void aViewLeftBeforeItsAnswerCameIsNotShownBesideTheNextOne() {
        signedInAsAdmin();
        ((JavascriptExecutor) browser).executeScript("location.hash = '#/whatif?cluster=" + p
                + "-CUM&period=2024-05'; setTimeout(() => location.hash = '#/audit?kind=units&id=" + p + "-BD', 5);");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-table")));
        assertThat(browser.findElements(By.cssSelector("form.query"))).hasSize(1);
        assertThat(browser.findElements(By.id("whatif-table"))).isEmpty();
    }

    @Test
    void aDossierAndAnAuditTrailReadInVietnamese() {
        String violation = api().post("/api/violations", """
                {"subjectId": "%s-BD", "ruleCode": "NK-1", "occurredOn": "2024-05-10", "source": "INSPECTION"}"""
                .formatted(p)).json().get("id").asText();
        created("/api/violations/" + violation + "/confirm", "{\"reason\": \"Kết luận kiểm tra\"}");
        evaluate("BD", "44", "45"); // a correction under the same set
        signedInAsAdmin();
        browser.get(url("/#/dossier?unit=" + p + "-BD&period=2024"));
        WebElement dossier = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-table")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).endsWith("— năm 2024");
        assertThat(dossier.getText()).contains("Tổ chức phát động", "Vi phạm theo quy tắc", "Chưa có số liệu");
        // the details in the files' words: keys and codes named, not shown as stored
        assertThat(dossier.getText()).contains("Số vi phạm theo tình trạng: Đã xác nhận: 1", "NK-1 (")
                .doesNotContain("byStatus", "byRule", "CONFIRMED");
        // a printed page says as of which position it was made, as its files do
        assertThat(browser.findElement(By.id("dossier-position")).getText()).startsWith("Tính đến vị trí ");
        // an inspection's findings in words, as the files write them, never as JSON
        created("/api/inspections", """
                {"id": "%s-KT", "team": "Đoàn kiểm tra", "targetUnitId": "%s-BD", "period": "2024"}""".formatted(p, p));
        created("/api/inspections/" + p + "-KT/findings",
                "{\"item\": \"COVENANT_SIGNED\", \"result\": \"PARTLY_MET\", \"note\": \"Chưa ký đủ\"}");
        browser.get(url("/#/dossier?unit=" + p + "-BD&period=2024&asOf=pos:" + head()));
        WebElement inspections = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//summary[starts-with(., 'Các đợt kiểm tra')]")));
        inspections.click();
        WebElement list = inspections.findElement(By.xpath("./.."));
        assertThat(list.getText()).contains("Ký kết giao ước thi đua: Đạt một phần (Chưa ký đủ)")
                .doesNotContain("\"item\"", "PARTLY_MET");

        browser.get(url("/#/audit?kind=units&id=" + p + "-BD"));
        WebElement trail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-table")));
        assertThat(trail.getText()).contains("Đăng ký đơn vị (UnitRegistered)", "Phường Bồ Đề",
                "Thêm đơn vị vào cụm, khối (ClusterMemberAdded)", "+07:00")
                // codes named as the files name them
                .contains("COMMUNE (");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Đơn vị " + p + "-BD");
        assertThat(browser.findElement(By.id("trail-position")).getText()).startsWith("Tính đến vị trí ");
        // record times the Vietnamese way, to the millisecond: copied into asOf, they are read back
        assertThat(trail.getText()).containsPattern("\\d\\d/\\d\\d/20\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\+07:00")
                .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
        java.util.regex.Matcher stamp = java.util.regex.Pattern.compile(
                "\\d\\d/\\d\\d/20\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\+07:00").matcher(trail.getText());
        assertThat(stamp.find()).isTrue();
        assertThat(api().get("/api/audit/units/" + p + "-BD?asOf=" + java.net.URLEncoder.encode(stamp.group(),
                java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
        // the content field by field, not as raw JSON
        // in Vietnamese, the stored name kept as the label's explanation
        assertThat(browser.findElements(By.xpath("//table[@id='audit-table']//dt[text()='Tên' and @title='name']")))
                .isNotEmpty();
        assertThat(trail.getText()).doesNotContain("{\"");
        // a correction shows the "before" of what it changed only: the scores, not the set it kept
        assertThat(trail.getText()).contains("trước khi").doesNotContain("Bộ tiêu chí (trước khi sửa)");

        // a criteria set as published: its fields one a line and its criteria an item a line, not a JSON blob
        browser.get(url("/#/audit?kind=criteria-sets&id=" + p + "-VH"));
        WebElement published = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-table")));
        assertThat(published.getText()).contains("mã GENERAL", "mức HTXS", "Mức xếp loại").doesNotContain("{\"",
                "code GENERAL", "rulePrefix");
        // each entry's position opens the trail as it stood with it
        assertThat(browser.findElements(By.xpath("//table[@id='audit-table']//td/a[contains(@href, 'asOf=pos')]")))
                .isNotEmpty();
        // the files are of the trail shown, whatever is recorded meanwhile: pinned to its position
        long shown = api().get("/api/audit/units/" + p + "-BD").json().get("position").asLong();
        assertThat(browser.findElement(By.id("download-pdf")).getAttribute("data-path"))
                .contains("asOf=pos%3A" + shown, "format=pdf");

        browser.get(url("/#/audit?kind=units&id=" + p + "-NONE"));
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
        assertThat(problem.getText()).contains("Không tìm thấy");
        // a kind the link names but the list lacks is said so, never replaced by another kind's trail
        browser.get(url("/#/audit?kind=bogus&id=" + p + "-BD"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem"), "bogus"));
    }

    @Test
    void aLinkToAnUnknownClusterSaysSoAndAnEmptyClusterSaysItHasNoMembers() {
        signedInAsAdmin();
        browser.get(url("/#/rankings?cluster=" + p + "-NONE&period=2024-05"));
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
        assertThat(problem.getText()).contains("Không có cụm, khối thi đua " + p + "-NONE");
        assertThat(browser.findElements(By.id("ranking-table"))).isEmpty();

        created("/api/clusters", """
                {"id": "%s-TRONG", "name": "Cụm chưa có thành viên", "kind": "CUM"}""".formatted(p));
        browser.get(url("/#/rankings?cluster=" + p + "-TRONG&period=2024-05&criteriaSet=" + p + "-VH"));
        WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ranking-table")));
        assertThat(empty.getText()).isEqualTo("Cụm, khối này không có đơn vị thành viên nào trong kỳ.");
        assertThat(browser.findElements(By.id("no-evaluations"))).isEmpty();
    }

    @Test
    void aWhatIfLinkNamingNoVersionsComparesTheOnesItsFormShows() {
        created("/api/criteria-sets", """
                {"id": "%s-VH", "version": 2, "subject": "UNIT", "effectiveFrom": "2019-01-01", "unconfirmed": true,
                 "criteria": [{"code": "GENERAL", "max": 30}, {"code": "REFORM", "max": 70}],
                 "bands": [{"level": "HTXS", "min": 90, "label": "Hoàn thành xuất sắc nhiệm vụ"},
                           {"level": "HT", "min": 50, "label": "Hoàn thành nhiệm vụ"},
                           {"level": "KHT", "min": 0, "label": "Không hoàn thành nhiệm vụ"}]}"""
                .formatted(p));
        signedInAsAdmin();
        browser.get(url("/#/whatif?cluster=" + p + "-CUM&period=2024-05"));
        WebElement compared = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("whatif-table")));
        assertThat(compared.getText()).contains("Phường Bồ Đề", "Phường Gia Thụy");
        assertThat(browser.findElements(By.id("problem"))).isEmpty();
        // a printed comparison says of which cluster and period, and the tab which view
        assertThat(browser.findElement(By.tagName("h2")).getText()).contains(p + "-CUM").endsWith("— tháng 5/2024");
        assertThat(browser.getTitle()).startsWith("So sánh phương án — ");
        String baseline = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-baseline")))
                .getFirstSelectedOption().getAttribute("value");
        String candidate = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-candidate")))
                .getFirstSelectedOption().getAttribute("value");
        assertThat(baseline).isNotEqualTo(candidate);

        // the unconfirmed version is flagged on its side
        browser.get(url("/#/whatif?cluster=" + p + "-CUM&period=2024-05&baseline=" + p + "-VH@1&candidate=" + p
                + "-VH@2"));
        WebElement flagged = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unconfirmed-candidate")));
        assertThat(flagged.getText()).contains(p + "-VH@2", "CHƯA ĐƯỢC XÁC NHẬN");
        // levels as everywhere: the code, and the words the set gives it (GENERAL counts at most 30 under v2)
        assertThat(browser.findElement(By.id("whatif-table")).getText()).contains("HTXS", "HT — Hoàn thành nhiệm vụ",
                "Trừ điểm")
                // why a score moved, criterion by criterion, by the criterion's name: GENERAL ("Tiêu chí chung")
                // counts at most 50 under v1, 30 under v2
                .contains("Tiêu chí chung −15", "Tiêu chí chung −10");
        // the same order under both: said "=", a move would be ▲ or ▼
        assertThat(browser.findElements(By.xpath("//table[@id='whatif-table']//td[normalize-space(.)='=']"))).hasSize(2);
        assertThat(browser.findElements(By.id("unconfirmed-baseline"))).isEmpty();

        // a version the link names but nobody published is said so, never replaced by the one the form shows
        browser.get(url("/#/whatif?cluster=" + p + "-CUM&period=2024-05&baseline=" + p + "-VH@9&candidate=" + p
                + "-VH@2"));
        WebElement unknown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
        assertThat(unknown.getText()).contains(p + "-VH@9");
        assertThat(browser.findElements(By.id("whatif-table"))).isEmpty();
    }

    @Test
    void aMonthsClassificationSaysWhoseItIsAndTheQuotaItWasHeldTo() {
        for (int i = 1; i <= 3; i++) {
            created("/api/persons", """
                    {"id": "%s-BD-P%d", "unitId": "%s-BD", "fullName": "Trần Văn %d", "category": "CONG_CHUC"}"""
                    .formatted(p, i, p, i));
            created("/api/evaluations/persons", """
                    {"personId": "%s-BD-P%d", "period": "2024-05", "criteriaSet": "VN.HN-3814@1",
                     "scores": {"DISCIPLINE": 20, "TASKS": 70, "BONUS": %d}}""".formatted(p, i, i));
        }
        signedInAsAdmin();
        browser.get(url("/#/classifications?unit=" + p + "-BD&period=2024-05"));
        WebElement rows = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("classification-table")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Đơn vị " + p + "-BD — tháng 5/2024");
        // Bồ Đề's own May (90, its set's top band) makes it exceptional: 40 % of 3 keeps one A, and the screen says so
        assertThat(browser.findElement(By.id("quota")).getText())
                .isEqualTo("Mức A tối đa 40% số người được xếp loại (đơn vị được công nhận xuất sắc)");
        assertThat(rows.getText()).contains("Trần Văn 1");
        // the unit is chosen from those recorded, by code or name
        assertThat(browser.findElement(By.id("f-unit")).getAttribute("list")).isEqualTo("units-list");
        wait.until(driver -> !driver.findElements(By.xpath("//datalist[@id='units-list']/option[@value='" + p
                + "-BD']")).isEmpty());
    }

    @Test
    void theSignInAddressKeepsTheViewToOpenAfterwards() {
        String view = "#/dossier?unit=" + p + "-BD&period=2024";
        browser.get(url("/login?next=" + java.net.URLEncoder.encode(view, java.nio.charset.StandardCharsets.UTF_8)));
        typeCredentials(Api.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-table")));
        assertThat(browser.getCurrentUrl()).endsWith("/" + view);
    }

    @Test
    void aDisabledAccountSigningInWithItsPasswordIsToldItIsDisabled() {
        created("/api/admin/users", """
                {"username": "%s.off", "password": "mat-khau-du-dai-12", "role": "READER"}""".formatted(p));
        created("/api/admin/users/" + p + ".off/disable", "");
        browser.get(url("/login"));
        typeCredentials(p + ".off", "mat-khau-du-dai-12");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).isEqualTo("Tài khoản đã bị vô hiệu hoá; hãy liên hệ quản trị viên.");
    }

    @Test
    void aUnitsMonthIsImportedFromAFileAndABadFileListsItsErrorsByRow() throws Exception {
        created("/api/persons", """
                {"id": "%s-BD-01", "unitId": "%s-BD", "fullName": "Nguyễn Thị Lan", "category": "CONG_CHUC"}"""
                .formatted(p, p));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("thidua-ui-import");
        java.nio.file.Path good = java.nio.file.Files.writeString(dir.resolve("thang-5.csv"),
                "personId;DISCIPLINE;TASKS;BONUS\n" + p + "-BD-01;18;62,5;5\n");
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("thang-6.csv"),
                "personId;DISCIPLINE;TASKS;BONUS\n" + p + "-BD-01;18;-5;5\n" + p + "-KHONG;18;60;5\n");
        signedInAsAdmin();
        browser.get(url("/#/import?unit=" + p + "-BD"));

        send("2024-05", good);
        WebElement imported = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("imported")));
        assertThat(imported.getText()).startsWith("Đã nhập 1 dòng: 1 sự kiện");
        assertThat(api().get("/api/audit/evaluations/" + p + "-BD-01.2024-05").status()).isEqualTo(200);

        send("2024-06", bad);
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        assertThat(errors.getText()).contains("TASKS", p + "-KHONG").containsPattern("(?m)^2 TASKS")
                .containsPattern("(?m)^3 personId");
        assertThat(browser.findElement(By.id("problem")).getText()).contains("không dòng nào được ghi");
        assertThat(api().get("/api/audit/evaluations/" + p + "-BD-01.2024-06").status()).isEqualTo(404);

        // a CSV as Excel saves it on a Vietnamese Windows, its encoding chosen in the form
        java.nio.file.Path windows = java.nio.file.Files.write(dir.resolve("thang-7.csv"),
                // windows-1258 writes ã and ú as a letter and a combining mark
                ("Ma\u0303 CB;DISCIPLINE;TASKS;BONUS;Ghi chu\u0301\n" + p + "-BD-01;20;60;5;Hoàn thành\n")
                        .getBytes(java.nio.charset.Charset.forName("windows-1258")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-charset")))
                .selectByValue("windows-1258");
        send("2024-07", windows);
        assertThat(importAnswer()).contains("1 sự kiện");
        assertThat(api().get("/api/audit/evaluations/" + p + "-BD-01.2024-07").json().get("entries").get(0)
                .get("data").get("note").asText()).isEqualTo("Hoàn thành");

        // the trail tells an entry's import and which entry a correction replaces, by its position
        java.nio.file.Path corrected = java.nio.file.Files.writeString(dir.resolve("thang-5-sua.csv"),
                "personId;DISCIPLINE;TASKS;BONUS\n" + p + "-BD-01;18;63;5\n");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-charset"))).selectByValue("UTF-8");
        send("2024-05", corrected);
        assertThat(importAnswer()).contains("1 sự kiện");
        long first = api().get("/api/audit/evaluations/" + p + "-BD-01.2024-05").json().get("entries").get(0)
                .get("position").asLong();
        browser.get(url("/#/audit?kind=evaluations&id=" + p + "-BD-01.2024-05"));
        WebElement trail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-table")));
        assertThat(trail.getText()).contains("Đính chính mục ở vị trí " + first).contains("Nhập từ tệp, lần nhập");
    }

    /** What the import view answered: the count of rows stored, or the problem. */
    private String importAnswer() {
        wait.until(d -> !d.findElements(By.cssSelector("#import-result #imported, #import-result #problem")).isEmpty());
        return browser.findElement(By.id("import-result")).getText();
    }

    private void send(String period, java.nio.file.Path file) {
        WebElement month = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-period")));
        month.clear();
        month.sendKeys(period);
        browser.findElement(By.id("f-file")).sendKeys(file.toString());
        browser.findElement(By.id("send")).click();
    }

    @Test
    void aReaderIsNotOfferedTheImport() {
        created("/api/admin/users", """
                {"username": "%s.doc", "password": "mat-khau-du-dai-12", "role": "READER"}""".formatted(p));
        browser.get(url("/login"));
        typeCredentials(p + ".doc", "mat-khau-du-dai-12");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), p + ".doc (Đọc)"));
        assertThat(browser.findElement(By.cssSelector("nav a[data-view='import']")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("nav a[data-view='audit']")).isDisplayed()).isTrue();
        // reached by its address: told at once, no form to fill in vain
        browser.get(url("/#/import"));
        WebElement told = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("read-only")));
        assertThat(told.getText()).contains("chỉ đọc");
        assertThat(browser.findElements(By.id("import-form"))).isEmpty();
    }
}
