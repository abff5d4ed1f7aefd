package cn.kaohe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
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

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the journeys, and what they read from its pages. Needs {@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver} (Debian packages chromium and chromium-driver, which {@code .ci/run}
 * installs); Selenium Manager is never asked for anything: the driver and the browser are given by path.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path ARTIFACTS = Path.of("target/e2e");
    static final boolean PRESENT = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    static final String ABSENT = "跳过浏览器测试：没有找到 " + CHROMIUM + " 或 " + CHROMEDRIVER + "（.ci/run 会安装 chromium 和 chromium-driver）";
    static final Duration WAIT = Duration.ofSeconds(20);

    final WebDriver driver;
    final WebDriverWait wait;
    final Path downloads;
    private final Path profile;
    private final ChromeDriverService service;
    private int port;

    private Browser(WebDriver driver, ChromeDriverService service, Path profile, Path downloads) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("kaohe-e2e-profile");
        Path downloads = Files.createTempDirectory("kaohe-e2e-downloads");
        Files.createDirectories(ARTIFACTS);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
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
        WebDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, service, profile, downloads);
    }

    /** The application under test listens here. */
    Browser at(int serverPort) {
        this.port = serverPort;
        return this;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** First login with the initial password: the password page comes first; afterwards the periods page. */
    void firstLogin(String user, String initial, String chosen) {
        open("/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).as("不登录打开首页，应转到登录页").contains("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(initial);
        driver.findElement(By.id("login")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposed")));
        assertThat(driver.getCurrentUrl()).as("初始密码登录后应先修改密码").contains("/password");
        assertThat(text(By.tagName("main"))).contains("这是初始密码，请先修改密码再继续使用");
        driver.findElement(By.id("current")).sendKeys(initial);
        driver.findElement(By.id("proposed")).sendKeys(chosen);
        driver.findElement(By.id("repeated")).sendKeys(chosen);
        driver.findElement(By.id("change")).click();
        wait.until(ExpectedConditions.urlContains("/periods"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "密码已修改"));
    }

    String text(By by) {
        return normalized(driver.findElement(by).getText());
    }

    static String normalized(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A table row's cell texts keyed by the table's header texts (columns may be added to the page). */
    static Map<String, String> byHeader(WebElement table, WebElement row) {
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream().map(th -> normalized(th.getText())).toList();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < Math.min(headers.size(), cells.size()); i++) {
            m.put(headers.get(i), normalized(cells.get(i).getText()));
        }
        return m;
    }

    WebElement periodRow(String label) {
        return new WebDriverWait(driver, WAIT).withMessage("考核期列表中应有“" + label + "”").until(d -> d.findElements(By.cssSelector("#periods tbody tr")).stream()
                .filter(r -> normalized(r.findElement(By.cssSelector("td:nth-child(1)")).getText()).equals(label))
                .findFirst().orElse(null));
    }

    /** The results table cell of a zone and an indicator, found by the header's column. */
    WebElement resultCell(String zone, String indicator) {
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

    WebElement rectificationRow(String zone, String item) {
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

    String progressPageText() {
        try {
            List<WebElement> stage = driver.findElements(By.id("stage"));
            List<WebElement> error = driver.findElements(By.id("error"));
            return (stage.isEmpty() ? "" : stage.get(0).getText()) + (error.isEmpty() ? "" : " " + error.get(0).getText());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** The finished download: an .xlsx with no partial (.crdownload) file left beside it. Bounded polling. */
    Path downloaded(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
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
            return fail("导出的 Excel 没有在" + within.toSeconds() + "秒内下载到 " + downloads + "（目录中有：" + files.toList() + "）");
        }
    }

    void screenshot(String name) {
        try {
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, ARTIFACTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] 截图失败：" + e);
        }
    }

    /** A screenshot and the page source under target/e2e, for a failed journey. */
    void keepEvidence(String name) {
        screenshot(name);
        try {
            Files.writeString(ARTIFACTS.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] 无法保存页面：" + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
            deleteQuietly(downloads);
        }
    }

    static void deleteQuietly(Path dir) {
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
