package cn.kaohe.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

import cn.kaohe.assessment.AssessmentService.StoredEvaluation;
import cn.kaohe.assessment.Evaluation;
import cn.kaohe.rules.facts.Wording;

/** The evaluation as an official reads it in a terminal: results, totals and ranks, rectification list. */
final class ResultTable {

    private final PrintWriter out;

    ResultTable(PrintWriter out) {
        this.out = out;
    }

    void print(StoredEvaluation stored) {
        Evaluation e = stored.evaluation();
        out.println("考核期：" + e.period().label() + "    数据文件：" + e.source() + "    规则版本：" + e.ruleset().substring(0, 12)
                + "    考核记录编号：" + stored.runId());
        out.println();
        out.println("一、指标考核结果（共" + e.results().size() + "项，达标" + (e.results().size() - e.failedCount()) + "项，未达标"
                + e.failedCount() + "项）");
        TextTable results = new TextTable(List.of("所属市", "对象", "指标", "实际值", "目标值", "差距", "结果", "得分", "目标依据"),
                false, false, false, true, true, true, false, true, false);
        for (Evaluation.IndicatorResult r : e.results()) {
            results.add(r.city(), r.subject(), r.indicator(), Wording.value(r.actual(), r.unit()),
                    Wording.value(r.target(), r.unit()) + (r.basis().equals("省定") ? "" : "（" + r.basis() + "）"),
                    signed(r.gap(), r.unit()), r.passed() ? "达标" : "未达标",
                    r.score() == null ? "-" : r.score().toPlainString(), r.rule());
        }
        results.print(out);
        out.println();
        out.println("二、总分与排名（市内）");
        if (e.standings().isEmpty()) {
            out.println("（无计分对象）");
        } else {
            TextTable standings = new TextTable(List.of("所属市", "对象", "总分", "排名"), false, false, true, false);
            e.standings().forEach(s -> standings.add(s.city(), s.subject(), s.total().toPlainString(),
                    "第" + s.rank() + "名（共" + s.of() + "个）"));
            standings.print(out);
        }
        out.println();
        out.println("三、整改清单（共" + e.rectifications().size() + "条）");
        int n = 1;
        for (Evaluation.RectificationItem item : e.rectifications()) {
            out.println(String.format("%3d. %s：%s", n++, item.subject(), item.text()));
        }
        if (e.rectifications().isEmpty()) {
            out.println("（无）");
        }
        printWarnings(e);
        printGrades(e);
        printCampaigns(e);
        printRankings(e);
        printBulletin(e);
        out.println();
        out.println("本次考核已保存为第" + stored.runId() + "号考核记录。");
    }

    private void heading(String title, boolean empty) {
        out.println();
        out.println(title);
        if (empty) {
            out.println("（无）");
        }
    }

    private void printWarnings(Evaluation e) {
        heading("四、预警与缺报（共" + e.warnings().size() + "条）", e.warnings().isEmpty());
        e.warnings().forEach(w -> out.println("  【" + w.level() + "】" + w.subject() + "：" + w.text().replaceFirst("^(..预警|缺报)：", "")));
    }

    private void printGrades(Evaluation e) {
        heading("五、化工园区安全风险等级", e.grades().isEmpty());
        if (!e.grades().isEmpty()) {
            TextTable grades = new TextTable(List.of("化工园区", "评估得分", "等级", "风险", "目标等级", "结果"), false, true, false, false, false, false);
            e.grades().forEach(g -> grades.add(g.subject(), g.score() == null ? "-" : Wording.number(g.score()), g.grade() + "级", g.meaning(),
                    g.targetGrade() == null ? "-" : g.targetGrade() + "级", g.passed() == null ? "-" : g.passed() ? "达标" : "未达标"));
            grades.print(out);
        }
    }

    private void printCampaigns(Evaluation e) {
        heading("六、专项整改完成情况", e.campaigns().isEmpty());
        if (!e.campaigns().isEmpty()) {
            TextTable campaigns = new TextTable(List.of("对象", "事项", "总数", "已完成", "完成率", "剩余"), false, false, true, true, true, true);
            e.campaigns().forEach(c -> campaigns.add(c.subject(), c.campaign(), Wording.number(c.total()), Wording.number(c.done()),
                    c.rate() == null ? "-" : Wording.value(c.rate(), "%"), Wording.number(c.open())));
            campaigns.print(out);
        }
    }

    private void printRankings(Evaluation e) {
        heading("七、按指标排名", e.rankings().isEmpty());
        String current = "";
        StringBuilder line = new StringBuilder();
        for (Evaluation.RankItem r : e.rankings()) {
            String group = r.indicator() + "（" + ("市内".equals(r.scope()) ? r.city() : "全部开发区") + "）";
            if (!group.equals(current)) {
                if (line.length() > 0) {
                    out.println(line);
                }
                line = new StringBuilder("  " + group + "：");
                current = group;
            } else {
                line.append("，");
            }
            line.append(r.rank()).append(".").append(r.subject()).append(" ").append(Wording.value(r.value(), r.unit()));
        }
        if (line.length() > 0) {
            out.println(line);
        }
    }

    private void printBulletin(Evaluation e) {
        heading("八、通报", e.bulletin().isEmpty());
        e.bulletin().forEach(b -> out.println("  " + b.text()));
    }

    private static String signed(BigDecimal gap, String unit) {
        String sign = gap.signum() > 0 ? "+" : gap.signum() < 0 ? "-" : "";
        return sign + Wording.difference(gap, unit);
    }
}
