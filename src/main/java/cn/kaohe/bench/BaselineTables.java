package cn.kaohe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.facts.Measure;
import cn.kaohe.rules.facts.Target;
import cn.kaohe.targets.TargetRow;
import cn.kaohe.targets.TargetTables;

/**
 * What policy staff keep as data in a ruleset's files, read for {@link BaselineEvaluator} from the very files the rules
 * are built from: the industrial target tables, the target sentences of the {@code *.dslr} files, the weights, the
 * 三个一批 goals and weighting, the campaigns, the chemical parks' grade targets. An edited table changes the floor as
 * it changes the rules. A layout the floor does not model (a second weighting row, a blank condition cell, a line of a
 * {@code .dslr} file that is not a target sentence) is refused, so that the comparison fails loudly rather than agree
 * by accident.
 */
final class BaselineTables {

    static final String WEIGHTS = "industrial/scoring-weights.drl.csv";
    static final String GOALS = "projects/goals.drl.csv";
    static final String WEIGHTING = "projects/weighting.drl.csv";
    static final String CAMPAIGNS = "campaigns/progress.drl.csv";
    static final String GRADE_TARGETS = "chemical/target-grades.drl.csv";

    /** The two sentences of rules/common/targets.dsl, the annual one first (as the DSL tries them). */
    private static final Pattern ANNUAL = Pattern.compile("^\\s*(\\d+)年(\\S+?)的(\\S+?)(省定|省初定|示例)年度目标为(-?\\d+\\.?\\d*)(.*)$");
    private static final Pattern PLAIN = Pattern.compile("^\\s*(\\d+)年(\\S+?)的(\\S+?)(省定|省初定|示例)目标为(-?\\d+\\.?\\d*)(.*)$");

    /** A target sentence: {@code named} is a zone's name or a zone type (工业类开发区, 各农业示范区). */
    record Sentence(int year, String named, String indicator, String basis, String value, String unit, boolean annual) {
    }

    record Weight(String zoneType, String indicator, String points) {
    }

    /** A 三率 goal and the target the table's action makes of it (Target.example today). */
    record Goal(String indicator, String value, BiFunction<Measure, String, Target> target) {
    }

    record Campaign(String name, String totalIndicator, String doneIndicator) {
    }

    record GradeTargetRow(int year, String park, String grade) {
    }

    final List<TargetRow> targets = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<Weight> weights = new ArrayList<>();
    final List<Goal> goals = new ArrayList<>();
    final List<Campaign> campaigns = new ArrayList<>();
    final List<GradeTargetRow> gradeTargets = new ArrayList<>();
    /** 投资额 or 项目数; empty when the table has no row (then no 三率 are computed, as no RateWeighting fact exists). */
    final Optional<String> weighting;

    /**
     * @throws IllegalStateException naming the file and line for a layout the floor does not model
     */
    BaselineTables(List<Ruleset.RuleFile> files) {
        for (String path : TargetTables.paths(files)) {
            targets.addAll(TargetTables.read(files, path).rows());
        }
        for (Ruleset.RuleFile f : files) {
            if (f.path().endsWith(".dslr")) {
                readSentences(f);
            }
        }
        for (RuleTableRows.Row row : rows(files, WEIGHTS)) {
            weights.add(new Weight(row.cell("开发区类型"), row.cell("指标"), row.cell("分值")));
        }
        for (RuleTableRows.Table table : tables(files, GOALS)) {
            BiFunction<Measure, String, Target> maker = targetMaker(GOALS, table);
            table.rows().forEach(row -> goals.add(new Goal(row.cell("指标"), row.cell("目标值"), maker)));
        }
        for (RuleTableRows.Row row : rows(files, CAMPAIGNS)) {
            campaigns.add(new Campaign(row.cell("专项"), row.cell("总数指标"), row.cell("已完成指标")));
        }
        for (RuleTableRows.Row row : rows(files, GRADE_TARGETS)) {
            gradeTargets.add(new GradeTargetRow(Integer.parseInt(row.cell("年度")), row.cell("化工园区"), row.cell("目标等级")));
        }
        List<RuleTableRows.Row> weightingRows = rows(files, WEIGHTING);
        if (weightingRows.size() > 1) {
            throw new IllegalStateException(WEIGHTING + " 有" + weightingRows.size() + "行口径，手写底线只支持一行");
        }
        weighting = weightingRows.stream().map(r -> r.cell("口径")).findFirst();
    }

    private void readSentences(Ruleset.RuleFile file) {
        String[] lines = file.content().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("//") || line.startsWith("package ") || line.startsWith("import ")) {
                continue;
            }
            Matcher annual = ANNUAL.matcher(line);
            Matcher plain = PLAIN.matcher(line);
            Matcher m = annual.matches() ? annual : plain.matches() ? plain : null;
            if (m == null) {
                throw new IllegalStateException(file.path() + " 第" + (i + 1) + "行不是目标句式，手写底线不支持：" + line);
            }
            sentences.add(new Sentence(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6).strip(),
                    m == annual));
        }
    }

    /** The target a table's action inserts: Target.example(m, "$param", …) and its kin. */
    private static BiFunction<Measure, String, Target> targetMaker(String path, RuleTableRows.Table table) {
        String action = table.templates().stream().filter(t -> t.contains("Target.")).findFirst().orElse("");
        if (action.contains("Target.provincialForZone(")) {
            return (m, v) -> Target.provincialForZone(m, v, BaselineEvaluator.RULE);
        } else if (action.contains("Target.provincial(")) {
            return (m, v) -> Target.provincial(m, v, BaselineEvaluator.RULE);
        } else if (action.contains("Target.preliminary(")) {
            return (m, v) -> Target.preliminary(m, v, BaselineEvaluator.RULE);
        } else if (action.contains("Target.example(")) {
            return (m, v) -> Target.example(m, v, BaselineEvaluator.RULE);
        }
        throw new IllegalStateException(path + " 的“" + table.title() + "”的动作不是手写底线认识的目标：" + action);
    }

    private static List<RuleTableRows.Row> rows(List<Ruleset.RuleFile> files, String path) {
        return tables(files, path).stream().flatMap(t -> t.rows().stream()).toList();
    }

    private static List<RuleTableRows.Table> tables(List<Ruleset.RuleFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> RuleTableRows.read(path, f.content()))
                .orElse(List.of());
    }
}
