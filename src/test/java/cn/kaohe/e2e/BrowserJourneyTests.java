package cn.kaohe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
        "KAOHE_ADMIN_PASSWORD=" + BrowserJourneyTests.INITIAL_PASSWORD, "kaohe.watch-rules=false"})
@org.springframework.test.context.ContextConfiguration(initializers = cn.kaohe.web.CopiedRules.class)
@DisplayName("浏览器端到端：登录、改密码、导入（含错误文件）、考核、看结果、处理整改事项、导出 Excel、修改目标并发布、回滚")
class BrowserJourneyTests {

    static final String INITIAL_PASSWORD = "Start2024x";
    private static final String NEW_PASSWORD = "Kaohe2024New";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SAMPLE = Path.of("data/samples/2023-h1.csv");
    private static final Path ARTIFACTS = Path.of("target/e2e");
    private static final boolean BROWSER_PRESENT = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    private static final String NO_BROWSER = "跳过浏览器测试：没有找到 " + CHROMIUM + " 或 " + CHROMEDRIVER
            + "（.ci/run 会安装 chromium 和 chromium-driver）";

    private static final String PERIOD = "2023年1-6月";
    private static final String RECTIFICATION = "转型项目投资占比85.28%，未达到省定88%目标值，差2.7个百分点";
    private static final String NOTE = "已约谈园区，7月底前补报转型项目";

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration EVALUATION = Duration.ofSeconds(60);
    private static final Duration DOWNLOAD = Duration.ofSeconds(30);

    private static Path profile;
    private static Path downloads;
    private static Path work;
    private static ChromeDriverService service;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!BROWSER_PRESENT) {
            // Reported by the assumption in the test itself: an assumption failing here would show as "Tests run: 0".
            System.err.println("[e2e] " + NO_BROWSER);
            return;
        }
        profile = Files.createTempDirectory("kaohe-e2e-profile");
        downloads = Files.createTempDirectory("kaohe-e2e-downloads");
        work = Files.createTempDirectory("kaohe-e2e-files");
        Files.createDirectories(ARTIFACTS);
        for (String old : new String[] {"failure.png", "failure.html", "results.png", "results.xlsx"}) {
            Files.deleteIfExists(ARTIFACTS.resolve(old));
        }

        // Both paths given explicitly, so Selenium Manager never runs (and never tries the network).
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(ARTIFACTS.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-proxy-server", "--window-size=1440,1000", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
            }
            for (Path dir : new Path[] {profile, downloads, work}) {
                deleteQuietly(dir);
            }
        }
    }

    @Test
    @DisplayName("一位考核人员从首次登录到导出考核结果")
    void anOfficialGoesFromFirstLoginToTheExportedResults() throws IOException {
        Assumptions.assumeTrue(BROWSER_PRESENT, NO_BROWSER);
        try {
            firstLoginForcesAPasswordChangeAndShowsNoPeriods();
            importsTheSamplePeriodAfterAPreview();
            aFileWithAnUnknownZoneIsRefusedByRowAndNothingIsSaved();
            String resultsUrl = evaluatesWithAProgressPageThatOpensTheResults();
            movesARectificationItemToInProgressWithANote();
            downloadsTheResultsWorkbookWithRealNumbers(resultsUrl);
            changesHejinsTargetInTheWebTableSeesTheFlipAndPublishes();
            reEvaluatesAndSeesTheNewTarget();
            rollsBackInOneAction();
        } catch (AssertionError | RuntimeException e) {
            keepEvidence("failure");
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

    // 7. as 政策人员 (the first admin is one): change 河津开发区's target in the web table, see the flip, publish
    private void changesHejinsTargetInTheWebTableSeesTheFlipAndPublishes() {
        driver.get(url("/rules/targets/edit?path=industrial/targets-2023.drl.csv"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("target-rows")));
        WebElement row = driver.findElements(By.cssSelector("#target-rows tr.row")).stream()
                .filter(r -> "河津开发区".equals(r.findElement(By.name("zone")).getAttribute("value"))
                        && "规上工业增加值增速".equals(r.findElement(By.name("indicator")).getAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError("目标表中没有河津开发区的规上工业增加值增速"));
        WebElement value = row.findElement(By.name("value"));
        assertThat(value.getAttribute("value")).isEqualTo("15");
        value.clear();
        value.sendKeys("16");
        driver.findElement(By.id("submit")).click();

        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.urlContains("/rules/candidates/"));
        WebElement check = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check")));
        assertThat(normalized(check.getText())).as("候选规则的检查结果").contains("全部通过");
        WebElement flip = driver.findElements(By.cssSelector("table.flips tbody tr")).stream()
                .filter(r -> normalized(r.getText()).contains("河津开发区"))
                .findFirst().orElseThrow(() -> new AssertionError("影响预览中没有河津开发区：" + text(By.tagName("main"))));
        assertThat(normalized(flip.getText())).contains("规上工业增加值增速").contains("15.39").contains("由达标变为未达标");
        screenshot("candidate");

        driver.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publications")));
        assertThat(text(By.cssSelector(".flash"))).contains("已发布规则版本");
        assertThat(normalized(driver.findElement(By.cssSelector("#publications tbody tr")).getText())).contains("发布").contains("目标表")
                .contains("admin");
    }

    // 8. the period evaluated again under the published rules shows the new target
    private void reEvaluatesAndSeesTheNewTarget() {
        driver.findElement(By.linkText("考核期")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("periods")));
        periodRow(PERIOD).findElement(By.cssSelector("button.evaluate")).click();
        new WebDriverWait(driver, EVALUATION).until(d -> !d.findElements(By.id("results")).isEmpty());
        WebElement cell = resultCell("河津开发区", "规上工业增加值增速");
        assertThat(normalized(cell.getText())).contains("15.39%").contains("目标 16%").contains("未达标");
    }

    // 9. roll back to the version before: one press, and the old target is live again
    private void rollsBackInOneAction() {
        driver.get(url("/rules"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publications")));
        driver.findElement(By.cssSelector("#publications button.rollback")).click();
        WebElement flash = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));
        assertThat(normalized(flash.getText())).contains("已回滚到规则版本");
        assertThat(normalized(driver.findElement(By.cssSelector("#publications tbody tr")).getText())).contains("回滚");
        driver.get(url("/rules/targets"));
        assertThat(text(By.tagName("main"))).contains("2023年河津开发区规上工业增加值增速省定目标为15%");
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

    // ---- helpers

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String text(By by) {
        return normalized(driver.findElement(by).getText());
    }

    private static String normalized(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A table row's cell texts keyed by the table's header texts (columns may be added to the page). */
    private static Map<String, String> byHeader(WebElement table, WebElement row) {
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream().map(th -> normalized(th.getText())).toList();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < Math.min(headers.size(), cells.size()); i++) {
            m.put(headers.get(i), normalized(cells.get(i).getText()));
        }
        return m;
    }

    private static WebElement periodRow(String label) {
        return new WebDriverWait(driver, WAIT).withMessage("考核期列表中应有“" + label + "”").until(d -> d.findElements(By.cssSelector("#periods tbody tr")).stream()
                .filter(r -> normalized(r.findElement(By.cssSelector("td:nth-child(1)")).getText()).equals(label))
                .findFirst().orElse(null));
    }

    /** The results table cell of a zone and an indicator, found by the header's column. */
    private static WebElement resultCell(String zone, String indicator) {
        List<String> headers = driver.findElements(By.cssSelector("#results thead th")).stream()
                .map(th -> normalized(th.getDomProperty("textContent"))).toList();
        int column = headers.indexOf(indicator);
        assertThat(column).as("考核结果表有“" + indicator + "”一列（表头 " + headers + "）").isGreaterThanOrEqualTo(0);
        for (WebElement row : driver.findElements(By.cssSelector("#results tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() > column && normalized(cells.get(1).getDomProperty("textContent")).equals(zone)) {
                return cells.get(column);
            }
        }
        return fail("考核结果表中没有“" + zone + "”一行");
    }

    private static WebElement rectificationRow(String zone, String item) {
        return new WebDriverWait(driver, WAIT).withMessage("整改清单中应有 " + zone + "：" + item).until(d -> {
            for (WebElement row : d.findElements(By.cssSelector("#rectifications tbody tr"))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                if (cells.size() >= 3 && normalized(cells.get(1).getText()).equals(zone)
                        && normalized(cells.get(2).findElement(By.tagName("a")).getText()).equals(item)) {
                    return row;
                }
            }
            return null;
        });
    }

    private static String progressPageText() {
        try {
            List<WebElement> stage = driver.findElements(By.id("stage"));
            List<WebElement> error = driver.findElements(By.id("error"));
            return (stage.isEmpty() ? "" : stage.get(0).getText()) + (error.isEmpty() ? "" : " " + error.get(0).getText());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static int indexOf(Row row, String name, DataFormatter shown) {
        for (Cell c : row) {
            if (name.equals(shown.formatCellValue(c).strip())) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    /** The finished download: an .xlsx with no partial (.crdownload) file left beside it. Bounded polling. */
    private static Path downloaded() throws IOException {
        long deadline = System.nanoTime() + DOWNLOAD.toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                boolean partial = all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
                List<Path> xlsx = all.stream().filter(p -> p.getFileName().toString().endsWith(".xlsx")).toList();
                if (!partial && xlsx.size() == 1 && Files.size(xlsx.get(0)) > 0) {
                    return xlsx.get(0);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        try (Stream<Path> files = Files.list(downloads)) {
            return fail("导出的 Excel 没有在" + DOWNLOAD.toSeconds() + "秒内下载到 " + downloads + "（目录中有：" + files.toList() + "）");
        }
    }

    private static void screenshot(String name) {
        try {
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, ARTIFACTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] 截图失败：" + e);
        }
    }

    private static void keepEvidence(String name) {
        if (driver == null) {
            return;
        }
        screenshot(name);
        try {
            Files.writeString(ARTIFACTS.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] 无法保存页面：" + e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] 无法删除临时目录 " + dir + "：" + e);
        }
    }
}
