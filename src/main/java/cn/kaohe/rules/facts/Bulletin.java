package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sentences of the bulletin (通报) in the reports' own style, for the rules in {@code rules/report/} to
 * compose: "规上工业增加值完成251.06亿元，占全市(360.4亿元)的69.66%，同比增长13.97%。比全市(4.6%)高9.4个百分点，
 * 未达到省定16%目标值(河津开发区15%、其余开发区16%)".
 */
public final class Bulletin {

    private Bulletin() {
    }

    /** An amount with its growth, its shares and comparisons, and whether the growth target is met. */
    public static String amount(Measure amount, Measure growth, Collection<?> comparisons, Collection<?> cityResults) {
        StringBuilder s = new StringBuilder(amount.getIndicator()).append("完成").append(Wording.value(amount.getValue(), amount.getUnit()));
        List<String> shares = texts(comparisons, amount.getIndicator(), Comparison.SHARE);
        if (!shares.isEmpty()) {
            s.append("，").append(String.join("、", shares));
        }
        s.append("，").append(growthWords(growth.getValue()));
        List<String> differences = texts(comparisons, growth.getIndicator(), Comparison.DIFFERENCE);
        if (!differences.isEmpty()) {
            s.append("。").append(String.join("，", differences));
        }
        own(growth.getSubject(), cityResults).ifPresent(r -> s.append("，").append(verdict(r, cityResults)));
        return s.toString();
    }

    /** A count with its growth: 四上企业数完成178家，新增27家，增速17.88%，达到示例10%目标值. */
    public static String count(Measure count, Measure growth, Collection<?> cityResults) {
        StringBuilder s = new StringBuilder(count.getIndicator()).append("完成").append(Wording.value(count.getValue(), count.getUnit()));
        if (count.getPrevious() != null) {
            BigDecimal added = count.getValue().subtract(count.getPrevious());
            s.append(added.signum() >= 0 ? "，新增" : "，减少").append(Wording.value(added.abs(), count.getUnit()));
        }
        s.append("，增速").append(Wording.value(growth.getValue(), "%"));
        own(growth.getSubject(), cityResults).ifPresent(r -> s.append("，").append(verdict(r, cityResults)));
        return s.toString();
    }

    /** A share of a whole: 转型项目当年完成投资完成100.19亿元，占工业投资的91.72%，达到省定82%目标值. */
    public static String share(Measure part, Measure share, String wholeName, Collection<?> cityResults) {
        String head = part == null
                ? share.getIndicator() + Wording.value(share.getValue(), "%")
                : part.getIndicator() + "完成" + Wording.value(part.getValue(), part.getUnit()) + "，占" + wholeName + "的"
                        + Wording.value(share.getValue(), "%");
        return own(share.getSubject(), cityResults).map(r -> head + "，" + verdict(r, cityResults)).orElse(head);
    }

    /** A value judged on its own: 绿色有机农产品覆盖率70.2%，达到省初定48%目标值 / 产出强度完成41万元/亩，达到示例30万元/亩目标值. */
    public static String single(Result r) {
        String head = "%".equals(r.getUnit())
                ? r.getIndicator() + Wording.value(r.getActual(), "%")
                : r.getIndicator() + "完成" + Wording.value(r.getActual(), r.getUnit());
        return head + "，" + verdict(r, List.of(r));
    }

    /** An amount against 序时进度: 产业当年完成投资4.3亿元，完成省定2亿元序时进度; for a total, 均完成 or who did not. */
    public static String progress(Measure amount, Collection<?> results) {
        List<Result> rs = results.stream().map(Result.class::cast).toList();
        Result first = rs.get(0);
        String target = first.getBasis() + Wording.value(first.getAnnualTarget(), first.getUnit()) + "序时进度";
        String head = amount.getIndicator() + Wording.value(amount.getValue(), amount.getUnit()) + "，";
        if (!amount.isAggregate()) {
            return head + first.getStatement();
        }
        List<String> behind = rs.stream().filter(r -> !r.isPassed()).map(Result::getSubject).toList();
        return head + (behind.isEmpty() ? "均完成" + target : "其中" + String.join("、", behind) + "未完成" + target);
    }

    private static java.util.Optional<Result> own(String subject, Collection<?> results) {
        return results.stream().map(Result.class::cast).filter(r -> r.getSubject().equals(subject)).findFirst();
    }

    /** 达到/未达到省定16%目标值, and for a city's total the zones whose targets differ: (河津开发区15%、其余开发区16%). */
    static String verdict(Result r, Collection<?> cityResults) {
        String target = Wording.value(r.getTarget(), r.getUnit());
        String s = r.getStatement();
        if (r.getSubjectType().endsWith(Subject.AGGREGATE_SUFFIX)) {
            List<String> exceptions = cityResults.stream().map(Result.class::cast)
                    .filter(o -> !o.getSubject().equals(r.getSubject()) && o.getTarget().compareTo(r.getTarget()) != 0)
                    .map(o -> o.getSubject() + Wording.value(o.getTarget(), o.getUnit()))
                    .distinct()
                    .collect(Collectors.toList());
            if (!exceptions.isEmpty()) {
                s += "(" + String.join("、", exceptions) + "、其余开发区" + target + ")";
            }
        }
        return s;
    }

    private static String growthWords(BigDecimal growth) {
        if (growth.signum() == 0) {
            return "同比持平";
        }
        return (growth.signum() > 0 ? "同比增长" : "同比下降") + Wording.value(growth.abs(), "%");
    }

    private static List<String> texts(Collection<?> comparisons, String indicator, String kind) {
        return comparisons.stream().map(Comparison.class::cast)
                .filter(c -> c.getIndicator().equals(indicator) && c.getKind().equals(kind))
                .sorted((a, b) -> a.getAgainst().equals("全市") ? -1 : b.getAgainst().equals("全市") ? 1 : 0)
                .map(Comparison::getText)
                .toList();
    }
}
