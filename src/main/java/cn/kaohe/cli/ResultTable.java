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
        out.println();
        out.println("本次考核已保存为第" + stored.runId() + "号考核记录。");
    }

    private static String signed(BigDecimal gap, String unit) {
        String sign = gap.signum() > 0 ? "+" : gap.signum() < 0 ? "-" : "";
        return sign + Wording.difference(gap, unit);
    }
}
