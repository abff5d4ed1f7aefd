package cn.kaohe.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/**
 * A check says where it has got to (scenarios run out of all, the feature being run) and, once done,
 * how long it took; pages quote that measured duration instead of guessing one.
 */
@DisplayName("规则检查显示真实进度，页面引用实测用时")
class CheckProgressTests {

    record Step(String stage, int percent) {
    }

    @Test
    @DisplayName("检查逐个场景报告进度，并说出正在运行的功能；用时从编译算起")
    void aCheckReportsEveryScenarioAndTheFeatureBeingRun() {
        List<Step> steps = new CopyOnWriteArrayList<>();
        FeatureDocs docs = FeatureDocs.read(Path.of("features"));
        RulesetCheck.Checked checked = new RulesetCheck(Path.of("features"), ZoneRegistry.load(Path.of("data/zones.csv")),
                IndicatorCatalog.standard()).check("规则目录", RulesetLoader.read(Path.of("rules")), (stage, percent) -> steps.add(new Step(stage, percent)));
        try {
            CheckReport report = checked.report();
            int n = report.scenarios();
            assertThat(report.passed()).as(report.summary()).isTrue();
            assertThat(steps.get(0)).isEqualTo(new Step("编译规则", 5));
            assertThat(steps).extracting(Step::stage).anySatisfy(s -> assertThat(s).startsWith("已运行 1/" + n + " 个场景，正在运行“"))
                    .anySatisfy(s -> assertThat(s).startsWith("已运行 " + n + "/" + n + " 个场景"));
            for (FeatureDocs.Feature f : docs.features()) {
                assertThat(steps).extracting(Step::stage).as("进度中提到功能“%s”", f.name()).anySatisfy(s -> assertThat(s).endsWith("正在运行“" + f.name() + "”"));
            }
            assertThat(steps).extracting(Step::percent).isSorted().last().isEqualTo(95);
            assertThat(report.took()).as("用时包括编译").isGreaterThan(Duration.ZERO);
            assertThat(report.finishedAt()).isAfterOrEqualTo(report.at().plus(report.took()));
        } finally {
            checked.ruleset().close();
        }
    }

    @Test
    @DisplayName("还没有运行过检查时不说用时；之后引用最近完成的一次检查的实测用时和完成时间")
    void theLastCheckThatRanIsQuotedAndNothingBefore() {
        CheckHistory history = new CheckHistory();
        assertThat(history.lastDuration()).as("没有检查过，不猜").isEmpty();

        history.record(CheckReport.notCompiled(List.of("common/judging.drl 第3行：语法错误"), LocalDateTime.of(2026, 11, 30, 15, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(history.lastDuration()).as("编译失败的检查没有运行场景，不算用时").isEmpty();

        var started = LocalDateTime.of(2026, 11, 30, 15, 20, 1).atZone(ZoneId.systemDefault()).toInstant();
        history.record(new CheckReport("abc", List.of(), 170, List.of(), Map.of(), Map.of(), Duration.ofMillis(8_400), started));
        assertThat(history.lastDuration()).contains("上次检查用时 8.4 秒（2026-11-30 15:20）");

        history.record(new CheckReport("older", List.of(), 170, List.of(), Map.of(), Map.of(), Duration.ofSeconds(30), started.minusSeconds(3600)));
        assertThat(history.lastDuration()).as("较早完成的检查不取代最近的").contains("上次检查用时 8.4 秒（2026-11-30 15:20）");
    }
}
