package cn.kaohe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An official's whole day in a real browser (headless Chromium): first login and the forced password
 * change, importing the sample period with a preview, a refused file listing its problems by row,
 * evaluating with the progress page, reading 达标/未达标 in the results table, moving a rectification
 * item along, and downloading the results workbook.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages chromium and
 * chromium-driver, which {@code .ci/run} installs); without them the test is skipped. Selenium Manager is
 * never asked for anything: the driver and the browser are given by path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1",
        "kaohe.samples-dir=no-samples",
        "KAOHE_ADMIN_PASSWORD=" + BrowserJourneyTests.INITIAL_PASSWORD})
@DisplayName("浏览器端到端：登录、改密码、导入（含错误文件）、考核、看结果、处理整改事项、导出 Excel")
class BrowserJourneyTests {

    static final String INITIAL_PASSWORD = "Start2024x";
    private static final String NEW_PASSWORD = "Kaohe2024New";
    private static final Path SAMPLE = Path.of("data/samples/2023-h1.csv");
    private static final Path ARTIFACTS = Browser.ARTIFACTS;

    private static final String PERIOD = "2023年1-6月";
    private static final String RECTIFICATION = "转型项目投资占比85.28%，未达到省定88%目标值，差2.7个百分点";
    private static final String NOTE = "已约谈园区，7月底前补报转型项目";

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration EVALUATION = Duration.ofSeconds(60);
    private static final Duration DOWNLOAD = Duration.ofSeconds(30);

    private static Browser browser;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static Path work;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Browser.PRESENT) {
            // Reported by the assumption in the test itself: an assumption failing here would show as "Tests run: 0".
            System.err.println("[e2e] " + Browser.ABSENT);
            return;
        }
        browser = Browser.start();
        driver = browser.driver;
        wait = browser.wait;
        work = Files.createTempDirectory("kaohe-e2e-files");
        for (String old : new String[] {"failure.png", "failure.html", "results.png", "results.xlsx"}) {
            Files.deleteIfExists(ARTIFACTS.resolve(old));
        }
    }

    @AfterAll
    static void stopBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            browser = null;
            Browser.deleteQuietly(work);
        }
    }

    @Test
    @DisplayName("一位考核人员从首次登录到导出考核结果")
    void anOfficialGoesFromFirstLoginToTheExportedResults() throws IOException {
        Assumptions.assumeTrue(Browser.PRESENT, Browser.ABSENT);
        browser.at(port);
        try {
            firstLoginForcesAPasswordChangeAndShowsNoPeriods();
            importsTheSamplePeriodAfterAPreview();
            aFileWithAnUnknownZoneIsRefusedByRowAndNothingIsSaved();
            String resultsUrl = evaluatesWithAProgressPageThatOpensTheResults();
            movesARectificationItemToInProgressWithANote();
            downloadsTheResultsWorkbookWithRealNumbers(resultsUrl);
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("failure");
            throw e;
        }
    }

    // 1. open /, log in as admin with the initial password, change it, land on the (empty) periods page
    private void firstLoginForcesAPasswordChangeAndShowsNoPeriods() {
        driver.get(url("/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).as("不登录打开首页，应转到登录页").contains("/login");

        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(INITIAL_PASSWORD);
        driver.findElement(By.id("login")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposed")));
        assertThat(driver.getCurrentUrl()).as("初始密码登录后应先修改密码").contains("/password");
        assertThat(text(By.tagName("main"))).contains("这是初始密码，请先修改密码再继续使用");

        driver.findElement(By.id("current")).sendKeys(INITIAL_PASSWORD);
        driver.findElement(By.id("proposed")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.id("repeated")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.id("change")).click();

        wait.until(ExpectedConditions.urlContains("/periods"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "密码已修改"));
        assertThat(text(By.tagName("main"))).as("新库没有考核期").contains("还没有考核期");
        assertThat(driver.findElements(By.id("periods"))).isEmpty();
    }

    // 2. import the sample: preview says the check passed, save, the period is listed
    private void importsTheSamplePeriodAfterAPreview() {
        driver.findElement(By.linkText("导入数据")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        assertThat(driver.getCurrentUrl()).contains("/import");

        driver.findElement(By.id("file")).sendKeys(SAMPLE.toAbsolutePath().toString());
        driver.findElement(By.id("preview")).click();

        WebElement checked = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checked")));
        assertThat(normalized(checked.getText())).as("预览页应说明检查通过").contains("检查通过").contains("考核期 " + PERIOD)
                .contains("没有发现问题");
        assertThat(driver.findElements(By.id("replace"))).as("新考核期不需要确认替换").isEmpty();

        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("periods")));
        assertThat(text(By.tagName("main"))).contains("已保存考核期“" + PERIOD + "”第1版数据");
        List<WebElement> rows = driver.findElements(By.cssSelector("#periods tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(normalized(rows.get(0).getText())).contains(PERIOD).contains("已导入").contains("2023-h1.csv").contains("未考核");
    }

    // 3. a file naming an unknown zone on its third line: every problem by row, nothing saved
    private void aFileWithAnUnknownZoneIsRefusedByRowAndNothingIsSaved() throws IOException {
        Path bad = work.resolve("2023-q1-bad.csv");
        Files.writeString(bad, """
                考核期,对象,指标,数值,上年同期,备注
                2023年1-3月,河津开发区,工业投资,12.50,,
                2023年1-3月,火星开发区,工业投资,3.20,,
                """, StandardCharsets.UTF_8);

        driver.get(url("/import"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(bad.toAbsolutePath().toString());
        driver.findElement(By.id("preview")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(driver.findElements(By.id("checked"))).as("有错误的文件不应进入确认页").isEmpty();
        assertThat(driver.findElements(By.id("save"))).isEmpty();
        assertThat(text(By.tagName("main"))).contains("文件 2023-q1-bad.csv 有1处错误，未导入任何数据");
        List<WebElement> problems = driver.findElements(By.cssSelector("#problems tbody tr"));
        assertThat(problems).as("只有第3行有错").hasSize(1);
        Map<String, String> problem = byHeader(driver.findElement(By.id("problems")), problems.get(0));
        assertThat(problem).as("错误表中的一行").containsEntry("行", "第3行").containsEntry("列", "对象").containsEntry("原值", "火星开发区");
        assertThat(problem.get("问题")).as("错误原因").contains("名录中没有");

        driver.findElement(By.linkText("考核期")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("periods")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#periods tbody tr"));
        assertThat(rows).as("错误文件什么都不保存：仍只有一个考核期").hasSize(1);
        assertThat(normalized(rows.get(0).getText())).contains(PERIOD).doesNotContain("2023年1-3月");
    }

    // 4. evaluate: the progress page shows a stage, then the results open by themselves
    private String evaluatesWithAProgressPageThatOpensTheResults() throws IOException {
        WebElement row = periodRow(PERIOD);
        row.findElement(By.cssSelector("button.evaluate")).click();

        // The progress page may be gone quickly when the evaluation is fast: note its stage while it is shown,
        // stop at once if it reports an error, and otherwise wait for it to open the results by itself.
        String[] stage = {null};
        WebElement table = new WebDriverWait(driver, EVALUATION)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "考核进度页应在" + EVALUATION.toSeconds() + "秒内自动打开考核结果（进度页显示：" + progressPageText() + "）")
                .until(d -> {
                    if (d.getCurrentUrl().contains("/jobs/")) {
                        List<WebElement> shown = d.findElements(By.id("stage"));
                        if (!shown.isEmpty() && !d.findElements(By.id("bar")).isEmpty() && stage[0] == null) {
                            String s = normalized(shown.get(0).getText());
                            stage[0] = s.isEmpty() ? null : s;
                        }
                        List<WebElement> error = d.findElements(By.id("error"));
                        if (!error.isEmpty() && error.get(0).isDisplayed()) {
                            fail("考核未完成，进度页显示：" + error.get(0).getText());
                        }
                        return null;
                    }
                    List<WebElement> results = d.findElements(By.id("results"));
                    return results.isEmpty() ? null : results.get(0);
                });
        String resultsUrl = driver.getCurrentUrl();
        assertThat(resultsUrl).contains("/results?period=");
        String referrer = String.valueOf(((JavascriptExecutor) driver).executeScript("return document.referrer"));
        assertThat(referrer).as("结果页由考核进度页自动打开").contains("/jobs/");
        if (stage[0] == null) {
            System.out.println("[e2e] 考核太快，没来得及读到进度页上的阶段；结果页由进度页打开（referrer " + referrer + "）");
        } else {
            System.out.println("[e2e] 考核进度页显示：" + stage[0]);
        }

        WebElement failed = resultCell("运城开发区", "转型项目投资占比");
        assertThat(failed.getAttribute("class")).as("运城开发区 转型项目投资占比 应为未达标（td.fail），单元格内容为“%s”",
                normalized(failed.getText())).contains("fail");
        assertThat(normalized(failed.getText())).contains("85.28%").contains("目标 88%").contains("未达标");
        WebElement passed = resultCell("河津开发区", "规上工业增加值增速");
        assertThat(passed.getAttribute("class")).as("河津开发区 规上工业增加值增速 应为达标（td.pass），单元格内容为“%s”",
                normalized(passed.getText())).contains("pass").doesNotContain("fail");
        assertThat(normalized(passed.getText())).contains("15.39%").contains("目标 15%").endsWith("达标").doesNotContain("未达标");
        assertThat(table.findElements(By.cssSelector("td.fail"))).isNotEmpty();

        screenshot("results");
        return resultsUrl;
    }

    // 5. the rectification list: move the item to 整改中 with a note
    private void movesARectificationItemToInProgressWithANote() {
        driver.findElement(By.linkText("整改清单")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rectifications")));

        WebElement row = rectificationRow("运城开发区", RECTIFICATION);
        assertThat(normalized(row.findElement(By.cssSelector("td:nth-child(1)")).getText())).isEqualTo(PERIOD);
        assertThat(normalized(row.findElement(By.cssSelector("td:nth-child(4)")).getText())).isEqualTo("待整改");

        new Select(row.findElement(By.name("status"))).selectByVisibleText("整改中");
        WebElement note = row.findElement(By.name("note"));
        note.clear();
        note.sendKeys(NOTE);
        row.findElement(By.cssSelector("form button[type=submit]")).click();

        wait.until(ExpectedConditions.stalenessOf(row));
        WebElement flash = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));
        assertThat(normalized(flash.getText())).as("保存后的提示").matches("已更新第\\d+号整改事项");
        assertThat(driver.getCurrentUrl()).as("保存后回到整改清单").contains("/rectifications").doesNotContain("/rectifications/");
        WebElement updated = rectificationRow("运城开发区", RECTIFICATION);
        assertThat(normalized(updated.findElement(By.cssSelector("td:nth-child(4)")).getText())).as("新状态").isEqualTo("整改中");
        assertThat(normalized(updated.findElement(By.cssSelector("td:nth-child(3)")).getText())).contains("备注：" + NOTE);
        assertThat(normalized(updated.findElement(By.cssSelector("td:nth-child(6)")).getText())).startsWith("admin");
    }

    // 6. download the results workbook and read it back: 河津开发区 规上工业增加值增速 实际值 is the number 15.39
    private void downloadsTheResultsWorkbookWithRealNumbers(String resultsUrl) throws IOException {
        driver.get(resultsUrl);
        WebElement export = wait.until(ExpectedConditions.elementToBeClickable(By.id("export")));
        assertThat(export.getAttribute("href")).contains("/exports/results.xlsx");
        export.click();

        Path file = downloaded();
        assertThat(file.getFileName().toString()).as("下载的文件名").endsWith(".xlsx").contains(PERIOD);
        Files.copy(file, ARTIFACTS.resolve("results.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("考核结果");
            assertThat(sheet).as("工作表“考核结果”").isNotNull();
            DataFormatter shown = new DataFormatter();
            Row header = null;
            for (Row r : sheet) {
                if (indexOf(r, "实际值", shown) >= 0) {
                    header = r;
                    break;
                }
            }
            assertThat(header).as("“考核结果”表头").isNotNull();
            int subject = indexOf(header, "对象", shown);
            int indicator = indexOf(header, "指标", shown);
            int actual = indexOf(header, "实际值", shown);
            int verdict = indexOf(header, "结果", shown);
            Row hejin = null;
            for (Row r : sheet) {
                if (r.getRowNum() > header.getRowNum() && "河津开发区".equals(shown.formatCellValue(r.getCell(subject)))
                        && "规上工业增加值增速".equals(shown.formatCellValue(r.getCell(indicator)))) {
                    hejin = r;
                }
            }
            assertThat(hejin).as("“考核结果”中有 河津开发区 规上工业增加值增速 一行").isNotNull();
            Cell value = hejin.getCell(actual);
            assertThat(value.getCellType()).as("实际值是数字，不是文字").isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(15.39);
            assertThat(shown.formatCellValue(hejin.getCell(verdict))).isEqualTo("达标");
        }
    }

    // ---- helpers (the browser's; see Browser)

    private String url(String path) {
        return browser.url(path);
    }

    private static String text(By by) {
        return browser.text(by);
    }

    private static String normalized(String s) {
        return Browser.normalized(s);
    }

    private static Map<String, String> byHeader(WebElement table, WebElement row) {
        return Browser.byHeader(table, row);
    }

    private static WebElement periodRow(String label) {
        return browser.periodRow(label);
    }

    private static WebElement resultCell(String zone, String indicator) {
        return browser.resultCell(zone, indicator);
    }

    private static WebElement rectificationRow(String zone, String item) {
        return browser.rectificationRow(zone, item);
    }

    private static String progressPageText() {
        return browser.progressPageText();
    }

    private static Path downloaded() throws IOException {
        return browser.downloaded(DOWNLOAD);
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }

    private static int indexOf(Row row, String name, DataFormatter shown) {
        for (Cell c : row) {
            if (name.equals(shown.formatCellValue(c).strip())) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }
}
