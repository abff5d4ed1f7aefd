package cn.kaohe.features;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.cucumber.java.AfterAll;

import cn.kaohe.rulebook.steps.Rulebook;

/** After the last scenario: a rule that fired in no scenario is undocumented, and fails the build. */
public class RuleCoverage {

    @AfterAll
    public static void everyRuleIsDocumentedByAScenario() {
        Rulebook.Context context = Rulebook.current();
        Map<String, String> uncovered = new TreeMap<>(context.rules().ruleFiles());
        uncovered.keySet().removeAll(context.coverage().keySet());
        if (!uncovered.isEmpty()) {
            throw new AssertionError("以下规则在任何场景中都没有触发，请在同名 feature 中补充场景：\n" + uncovered.entrySet().stream()
                    .map(e -> "  " + e.getValue() + "：" + e.getKey())
                    .collect(Collectors.joining("\n")));
        }
    }
}
