package cn.kaohe.rulebook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;


import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;

/**
 * 三个一批: which weighting (投资额 or 项目数) the rates were computed with, and the weighting switch
 * flipped the way {@code rules/projects/weighting.drl.csv} tells policy staff to flip it.
 */
public class ProjectSteps {

    private static final String SWITCH_FILE = "projects/weighting.drl.csv";

    private final ScenarioState state;
    private Ruleset edited;

    public ProjectSteps(ScenarioState state) {
        this.state = state;
    }

    @那么("三个一批项目三率的计算口径依据规则{名称}")
    public void weighting(String rule) {
        assertThat(state.evaluation.firedRules()).as("已触发的规则").contains(rule);
    }

    /**
     * Edits a copy of {@code rules/} exactly as the notes in the switch file say: the 口径 cell, and the
     * rule name with it. Fails when the switch line is not found, so the notes and this step stay in step.
     */
    @假如("政策人员把口径表中的{名称}改为{名称}")
    public void flip(String from, String to) {
        edited = build(from, to);
    }

    @当("按修改后的规则执行考核")
    public void evaluateEdited() {
        assertThat(edited).as("先修改口径表").isNotNull();
        state.evaluate(edited);
    }

    /**
     * The ruleset under check with the switch flipped, built once per run: the 口径 cell, and the rule
     * name with it, edited in a copy of its files.
     */
    private static Ruleset build(String from, String to) {
        String line = "三个一批项目三率按" + name(from) + "," + from;
        return Rulebook.current().derived(SWITCH_FILE + ":" + from + "→" + to, files -> {
            List<Ruleset.RuleFile> edited = new ArrayList<>();
            for (Ruleset.RuleFile f : files) {
                if (f.path().equals(SWITCH_FILE)) {
                    assertThat(f.content()).as(SWITCH_FILE + " 中的口径行").contains(line);
                    f = new Ruleset.RuleFile(f.path(), f.content().replace(line, "三个一批项目三率按" + name(to) + "," + to));
                }
                edited.add(f);
            }
            return RulesetLoader.build("口径改为" + to + "的规则", edited);
        });
    }

    /** The rule name's words for a weighting: 投资额 → 投资额加权计算, 项目数 → 项目数计算. */
    private static String name(String weighting) {
        return "投资额".equals(weighting) ? "投资额加权计算" : weighting + "计算";
    }
}
