package cn.kaohe.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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
    /** Rulesets built from a copy of {@code rules/} with the switch flipped, by the weighting it was flipped to. */
    private static final Map<String, Ruleset> FLIPPED = new ConcurrentHashMap<>();

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
        edited = FLIPPED.computeIfAbsent(from + "→" + to, k -> build(from, to));
    }

    @当("按修改后的规则执行考核")
    public void evaluateEdited() {
        assertThat(edited).as("先修改口径表").isNotNull();
        String csv = "考核期,对象,指标,数值,上年同期\n" + state.rows.stream()
                .map(r -> "\"" + state.period + "\"," + r + "\n")
                .reduce("", String::concat);
        state.evaluation = Rulebook.EVALUATOR.evaluate(Rulebook.READER.read("场景数据.csv", csv.getBytes(StandardCharsets.UTF_8)), edited);
    }

    private static Ruleset build(String from, String to) {
        String line = "三个一批项目三率按" + name(from) + "," + from;
        Path copy = null;
        try {
            copy = Files.createTempDirectory("kaohe-rules-");
            Path rules = Path.of("rules");
            try (Stream<Path> files = Files.walk(rules)) {
                for (Path p : files.toList()) {
                    Path target = copy.resolve(rules.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            Path file = copy.resolve(SWITCH_FILE);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(SWITCH_FILE + " 中的口径行").contains(line);
            Files.writeString(file, text.replace(line, "三个一批项目三率按" + name(to) + "," + to), StandardCharsets.UTF_8);
            return RulesetLoader.load(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(copy);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule name's words for a weighting: 投资额 → 投资额加权计算, 项目数 → 项目数计算. */
    private static String name(String weighting) {
        return "投资额".equals(weighting) ? "投资额加权计算" : weighting + "计算";
    }
}
