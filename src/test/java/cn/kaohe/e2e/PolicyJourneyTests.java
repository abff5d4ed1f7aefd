package cn.kaohe.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import cn.kaohe.web.CopiedRules;

/**
 * The acceptance story in a real browser: a policy officer (the first administrator is one)
 * changes 河津开发区's target in the web table, sees on the candidate page that 河津开发区 would no
 * longer pass, publishes without a restart, sees the new target in the re-evaluated results, and rolls
 * back in one press. The sample periods are loaded and evaluated at start; the application has its own
 * copy of the rules directory, which publishing writes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-policy;DB_CLOSE_DELAY=-1",
        "kaohe.samples-dir=data/samples", "kaohe.watch-rules=false", "kaohe.check-at-start=false",
        "KAOHE_ADMIN_PASSWORD=" + PolicyJourneyTests.INITIAL_PASSWORD})
@ContextConfiguration(initializers = CopiedRules.class)
@DisplayName("浏览器端到端：政策人员在网页表格中修改河津开发区的目标，预览影响，发布，看新结果，回滚")
class PolicyJourneyTests {

    static final String INITIAL_PASSWORD = "Start2024p";
    private static final String PERIOD = "2023年1-6月";
    private static final Duration CHECK = Duration.ofSeconds(120);
    private static final Duration EVALUATION = Duration.ofSeconds(60);

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (Browser.PRESENT) {
            browser = Browser.start();
        } else {
            System.err.println("[e2e] " + Browser.ABSENT);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    @DisplayName("改目标、预览、发布、重新考核、回滚")
    void aPolicyOfficerChangesATargetPublishesItAndRollsItBack() {
        Assumptions.assumeTrue(Browser.PRESENT, Browser.ABSENT);
        browser.at(port).firstLogin("admin", INITIAL_PASSWORD, "Kaohe2024Policy");
        try {
            changesHejinsTargetInTheWebTableAndSeesTheFlip();
            publishes();
            reEvaluatesAndSeesTheNewTarget();
            rollsBackInOneAction();
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("policy-failure");
            throw e;
        }
    }

    // 1. the web table: 河津开发区 规上工业增加值增速 15 → 16, checked, and the candidate page shows the flip
    private void changesHejinsTargetInTheWebTableAndSeesTheFlip() {
        browser.open("/rules/targets");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        assertThat(browser.text(By.tagName("main"))).contains("2023年河津开发区规上工业增加值增速省定目标为15%");
        browser.open("/rules/targets/edit?path=industrial/targets-2023.drl.csv");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("target-rows")));
        WebElement row = browser.driver.findElements(By.cssSelector("#target-rows tr.row")).stream()
                .filter(r -> "河津开发区".equals(r.findElement(By.name("zone")).getDomProperty("value"))
                        && "规上工业增加值增速".equals(r.findElement(By.name("indicator")).getDomProperty("value")))
                .findFirst().orElseThrow(() -> new AssertionError("目标表中没有河津开发区的规上工业增加值增速"));
        WebElement value = row.findElement(By.name("value"));
        assertThat(value.getDomProperty("value")).isEqualTo("15");
        value.clear();
        value.sendKeys("16");
        browser.driver.findElement(By.id("submit")).click();

        new WebDriverWait(browser.driver, CHECK).until(ExpectedConditions.urlContains("/rules/candidates/"));
        // The what-if runs in the background: the page shows its progress, then reopens with the impact.
        new WebDriverWait(browser.driver, CHECK).until(ExpectedConditions.presenceOfElementLocated(By.id("impact-summary")));
        WebElement check = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check")));
        assertThat(Browser.normalized(check.getText())).as("候选规则的检查结果").contains("全部通过");
        WebElement flip = browser.driver.findElements(By.cssSelector("table.flips tbody tr")).stream()
                .filter(r -> Browser.normalized(r.getText()).contains("河津开发区"))
                .findFirst().orElseThrow(() -> new AssertionError("影响预览中没有河津开发区：" + browser.text(By.tagName("main"))));
        assertThat(Browser.normalized(flip.getText())).contains("规上工业增加值增速").contains("15.39").contains("由达标变为未达标");
        assertThat(browser.text(By.tagName("main"))).contains("industrial/targets-2023.drl.csv").contains("整改事项新增：河津开发区");
        browser.screenshot("candidate");
    }

    // 2. publish: the rules page names the new version, where it came from and who published it
    private void publishes() {
        browser.driver.findElement(By.id("publish")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publications")));
        assertThat(browser.text(By.cssSelector(".flash"))).contains("已发布规则版本");
        assertThat(Browser.normalized(browser.driver.findElement(By.cssSelector("#publications tbody tr")).getText()))
                .contains("发布").contains("目标表 industrial/targets-2023.drl.csv").contains("admin");
    }

    // 3. the period evaluated again under the published rules shows the new target
    private void reEvaluatesAndSeesTheNewTarget() {
        browser.driver.findElement(By.linkText("考核期")).click();
        browser.periodRow(PERIOD).findElement(By.cssSelector("button.evaluate")).click();
        new WebDriverWait(browser.driver, EVALUATION).until(d -> !d.findElements(By.id("results")).isEmpty());
        assertThat(Browser.normalized(browser.resultCell("河津开发区", "规上工业增加值增速").getText()))
                .contains("15.39%").contains("目标 16%").contains("未达标");
    }

    // 4. roll back to the version before: one press, and the old target is live again
    private void rollsBackInOneAction() {
        browser.open("/rules");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publications")));
        browser.driver.findElement(By.cssSelector("#publications button.rollback")).click();
        WebElement flash = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));
        assertThat(Browser.normalized(flash.getText())).contains("已回滚到规则版本");
        assertThat(Browser.normalized(browser.driver.findElement(By.cssSelector("#publications tbody tr")).getText())).contains("回滚");
        browser.open("/rules/targets");
        assertThat(browser.text(By.tagName("main"))).contains("2023年河津开发区规上工业增加值增速省定目标为15%");
    }
}
