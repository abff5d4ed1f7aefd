package cn.kaohe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;

import cn.kaohe.period.Period;

/**
 * A deterministic, invented assessment period at any scale, in the files officials hand over: a zone registry
 * ({@code zones.csv}: 名称,类型,所属市,别名,所属开发区) and the period's figures in the long format
 * ({@code figures.csv}: 考核期,对象,指标,数值,上年同期,备注), both UTF-8.
 *
 * <p>{@code zones} zones in about {@code zones / 9} cities, per nine eight 工业类 zones and one 农业示范区, and a
 * 化工园区 for every fourth industrial zone, belonging to it. Every city has its 工业类 and 农业示范区 aggregates
 * and its 全市 figures; there is one 全省开发区. Zones report every assessed indicator with its 上年同期 where
 * one is reported in practice, 固定资产投资, the twelve 三个一批 figures and the twelve campaign figures; parks
 * either their 安全风险评估得分 or checklist deductions (安全风险扣分, one row each), one in twenty a 一票否决项.
 * One city in three reports its industrial aggregate itself. Values are plausible and mixed, so every verdict,
 * warning, grade and ranking occurs. 2,600 zones give about 87,000 rows holding about 104,000 figures
 * (values and 上年同期): the national period; 100 zones a province.
 *
 * <p>The same {@code zones} and {@code seed} always give the same files, byte for byte.
 */
public final class PeriodGenerator {

    /** The files written. */
    public record Generated(Path zones, Path figures, int zoneCount, int parks, int cities, int rows, int previousValues) {
    }

    private static final String STEMS = "安宁平和康泰永丰兴隆昌盛嘉祥瑞福德胜华阳明光远清新东南西北中文武长乐金水山川河源宝云青龙凤鹤";
    private static final String[] FINDINGS = {
        "应急救援：园区应急救援队伍未配备专职人员", "封闭化管理：部分出入口未设置车辆识别系统",
        "安全风险智能化管控平台：平台数据接入不完整", "消防：消防站特勤车辆配备不足",
        "危险化学品运输：停车场未实行专用管理", "安全管理机构：专职安全监管人员不足",
        "规划布局：企业与居民区安全距离不足", "公用工程：污水处理设施能力不足",
    };
    private static final String[][] CAMPAIGNS = {
        {"专项整治问题数", "专项整治问题已整改数"}, {"办实事清单事项数", "办实事清单已完成数"},
        {"巡察整改事项数", "巡察整改事项已完成数"}, {"专项审计问题数", "专项审计问题已整改数"},
        {"综合审计问题数", "综合审计问题已整改数"}, {"区域评估事项数", "区域评估已完成数"},
    };

    private final int zones;
    private final long seed;
    private final Period period;

    /**
     * @param zones  how many subjects (zones and parks), at least 10
     * @param seed   the random seed: the same seed gives the same files
     * @param period the period the figures are for; 2023 has the shipped targets
     */
    public PeriodGenerator(int zones, long seed, Period period) {
        if (zones < 9) {
            throw new IllegalArgumentException("开发区数量至少为9个");
        }
        this.zones = zones;
        this.seed = seed;
        this.period = period;
    }

    /**
     * Writes {@code zones.csv} and {@code figures.csv} into {@code dir} (created if missing), replacing them.
     *
     * @throws UncheckedIOException when the directory cannot be written
     */
    public Generated write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path zonesFile = dir.resolve("zones.csv");
            Path figuresFile = dir.resolve("figures.csv");
            List<GeneratedZone> registry = registry();
            try (Writer w = Files.newBufferedWriter(zonesFile, StandardCharsets.UTF_8)) {
                writeRegistry(registry, w);
            }
            int[] counts;
            try (Writer w = Files.newBufferedWriter(figuresFile, StandardCharsets.UTF_8)) {
                counts = writeFigures(registry, w);
            }
            int parks = (int) registry.stream().filter(z -> z.type().equals("化工园区")).count();
            return new Generated(zonesFile, figuresFile, zones, parks, cities(), counts[0], counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + dir + "：" + e.getMessage(), e);
        }
    }

    private int cities() {
        return Math.max(1, Math.round(zones / 9f));
    }

    private record GeneratedZone(String name, String type, String city, String alias, String parent) {
    }

    /** The subjects in registry order: each city's zones and parks, then every city's aggregates and totals, then the province. */
    private List<GeneratedZone> registry() {
        int cityCount = cities();
        List<String> cityStems = cityStems(cityCount);
        List<GeneratedZone> list = new ArrayList<>(zones * 5 / 4 + cityCount * 3 + 1);
        int industrial = 0;
        for (int i = 0; i < zones; i++) {
            int c = (int) ((long) i * cityCount / zones);
            String stem = cityStems.get(c);
            String city = stem + "市";
            int n = i - (int) Math.ceil((double) c * zones / cityCount) + 1;
            if (i % 9 == 8) {
                list.add(new GeneratedZone(stem + n + "号农业示范区", "农业示范区", city, stem + n + "号示范区", ""));
                continue;
            }
            String zone = stem + n + "号开发区";
            list.add(new GeneratedZone(zone, "工业类", city, stem + n + "号经济技术开发区", ""));
            if (++industrial % 4 == 0) {
                list.add(new GeneratedZone(stem + n + "号化工园区", "化工园区", city, "", zone));
            }
        }
        for (String stem : cityStems) {
            list.add(new GeneratedZone(stem + "市工业类开发区", "工业类合计", stem + "市", stem + "市工业类开发区合计", ""));
            list.add(new GeneratedZone(stem + "市农业示范区", "农业示范区合计", stem + "市", stem + "市农业示范区合计", ""));
            list.add(new GeneratedZone(stem + "市", "全市", stem + "市", stem + "全市", ""));
        }
        list.add(new GeneratedZone("全省开发区", "全省", "", "全省", ""));
        return list;
    }

    /** Distinct two- or three-character city names made from {@link #STEMS}. */
    private List<String> cityStems(int count) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> stems = new LinkedHashSet<>();
        while (stems.size() < count) {
            int length = stems.size() < STEMS.length() * STEMS.length() / 2 ? 2 : 3;
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < length; k++) {
                s.append(STEMS.charAt(random.nextInt(STEMS.length())));
            }
            if (s.charAt(0) != s.charAt(1)) {
                stems.add(s.toString());
            }
        }
        return new ArrayList<>(stems);
    }

    private static void writeRegistry(List<GeneratedZone> registry, Writer w) throws IOException {
        w.write("名称,类型,所属市,别名,所属开发区\n");
        for (GeneratedZone z : registry) {
            w.write(z.name() + "," + z.type() + "," + z.city() + "," + z.alias() + "," + z.parent() + "\n");
        }
    }

    /** Writes every subject's rows; returns the number of rows and of 上年同期 values. */
    private int[] writeFigures(List<GeneratedZone> registry, Writer w) throws IOException {
        Rows rows = new Rows(w, period.label());
        w.write("考核期,对象,指标,数值,上年同期,备注\n");
        SplittableRandom random = new SplittableRandom(seed * 31 + zones);
        int cityIndex = 0;
        for (GeneratedZone z : registry) {
            switch (z.type()) {
                case "工业类" -> industrial(z.name(), random, rows);
                case "农业示范区" -> agricultural(z.name(), random, rows);
                case "化工园区" -> park(z.name(), random, rows);
                case "工业类合计" -> {
                    if (cityIndex++ % 3 == 0) {
                        industrialAggregate(z.name(), random, rows);
                    }
                }
                case "全市" -> cityTotals(z.name(), random, rows);
                case "全省" -> cityTotals(z.name(), random, rows);
                default -> {
                }
            }
        }
        return new int[] {rows.count, rows.previous};
    }

    private void industrial(String name, SplittableRandom r, Rows rows) throws IOException {
        BigDecimal added = money(r, 3, 200);
        rows.add(name, "规上工业增加值", added, before(added, r, -12, 35));
        BigDecimal investment = money(r, 1, 60);
        rows.add(name, "工业投资", investment, before(investment, r, -30, 45));
        BigDecimal transformation = investment.multiply(percent(r, 55, 100)).setScale(2, RoundingMode.HALF_UP);
        rows.add(name, "转型项目当年完成投资", transformation, null);
        BigDecimal fixed = money(r, 2, 90);
        rows.add(name, "固定资产投资", fixed, before(fixed, r, -20, 30));
        int companies = 10 + r.nextInt(290);
        rows.add(name, "四上企业数", BigDecimal.valueOf(companies), BigDecimal.valueOf(Math.max(1, companies - r.nextInt(-5, companies / 4 + 2))));
        int hightech = 3 + r.nextInt(80);
        rows.add(name, "高新技术企业数", BigDecimal.valueOf(hightech), BigDecimal.valueOf(Math.max(1, hightech - r.nextInt(-2, hightech / 4 + 2))));
        BigDecimal intensity = BigDecimal.valueOf(10 + r.nextInt(70));
        rows.add(name, "产出强度", intensity, before(intensity, r, -10, 20));
        rows.add(name, "党建", BigDecimal.valueOf(600 + r.nextInt(401)).movePointLeft(1), null);
        projects(name, r, rows);
        campaigns(name, r, rows);
    }

    /** Campaigns: each one's total and how many are done; one in four is finished. */
    private static void campaigns(String name, SplittableRandom r, Rows rows) throws IOException {
        for (String[] campaign : CAMPAIGNS) {
            int total = 1 + r.nextInt(300);
            int done = r.nextInt(4) == 0 ? total : total - r.nextInt(total / 3 + 1);
            rows.add(name, campaign[0], BigDecimal.valueOf(total), null);
            rows.add(name, campaign[1], BigDecimal.valueOf(done), null);
        }
    }

    /** 三个一批: each batch's count and investment, and how many (how much) of it moved on. */
    private static void projects(String name, SplittableRandom r, Rows rows) throws IOException {
        String[][] batches = {
            {"签约项目数", "签约项目总投资", "签约项目已开工数", "签约项目已开工投资"},
            {"开工项目数", "开工项目总投资", "开工项目已投产数", "开工项目已投产完成投资"},
            {"投产项目数", "投产项目总投资", "投产项目已达产数", "投产项目已达产投资"},
        };
        for (String[] b : batches) {
            int count = 2 + r.nextInt(40);
            BigDecimal total = money(r, 2, 160);
            int moved = count - r.nextInt(count + 1) * r.nextInt(2);
            rows.add(name, b[0], BigDecimal.valueOf(count), null);
            rows.add(name, b[1], total, null);
            rows.add(name, b[2], BigDecimal.valueOf(moved), null);
            rows.add(name, b[3], total.multiply(percent(r, 20, 100)).setScale(2, RoundingMode.HALF_UP), null);
        }
    }

    private static void agricultural(String name, SplittableRandom r, Rows rows) throws IOException {
        BigDecimal industry = money(r, 0, 3);
        rows.add(name, "产业当年完成投资", industry, before(industry, r, -20, 40));
        BigDecimal fixed = money(r, 1, 20);
        rows.add(name, "固定资产投资", fixed, before(fixed, r, -15, 40));
        rows.add(name, "绿色有机农产品覆盖率", percent(r, 30, 80).movePointRight(2).setScale(1, RoundingMode.HALF_UP), null);
        rows.add(name, "党建", BigDecimal.valueOf(600 + r.nextInt(401)).movePointLeft(1), null);
        projects(name, r, rows);
        campaigns(name, r, rows);
    }

    /** A park reports its score, or its checklist deductions; now and then a veto item. */
    private static void park(String name, SplittableRandom r, Rows rows) throws IOException {
        if (r.nextInt(5) < 3) {
            rows.add(name, "安全风险评估得分", BigDecimal.valueOf(450 + r.nextInt(531)).movePointLeft(1), null);
        } else {
            int items = 2 + r.nextInt(9);
            for (int k = 0; k < items; k++) {
                rows.add(name, "安全风险扣分", BigDecimal.valueOf(1 + r.nextInt(20)).movePointLeft(1).multiply(BigDecimal.valueOf(5)),
                        null, FINDINGS[r.nextInt(FINDINGS.length)]);
            }
        }
        if (r.nextInt(20) == 0) {
            rows.add(name, "一票否决项数", BigDecimal.ONE, null);
        }
    }

    private static void industrialAggregate(String name, SplittableRandom r, Rows rows) throws IOException {
        BigDecimal added = money(r, 100, 900);
        rows.add(name, "规上工业增加值", added, before(added, r, -5, 25));
        BigDecimal investment = money(r, 40, 300);
        rows.add(name, "工业投资", investment, before(investment, r, -20, 30));
        rows.add(name, "转型项目当年完成投资", investment.multiply(percent(r, 70, 98)).setScale(2, RoundingMode.HALF_UP), null);
    }

    private static void cityTotals(String name, SplittableRandom r, Rows rows) throws IOException {
        rows.add(name, "规上工业增加值", money(r, 300, 2000), null);
        rows.add(name, "规上工业增加值增速", BigDecimal.valueOf(r.nextInt(-50, 200)).movePointLeft(1), null);
        rows.add(name, "工业投资", money(r, 100, 800), null);
        rows.add(name, "工业投资增速", BigDecimal.valueOf(r.nextInt(-200, 200)).movePointLeft(1), null);
    }

    /** An amount in 亿元 between {@code low} and {@code high}, two decimals. */
    private static BigDecimal money(SplittableRandom r, int low, int high) {
        return BigDecimal.valueOf(low * 100L + r.nextInt((high - low) * 100 + 1)).movePointLeft(2).max(new BigDecimal("0.01"));
    }

    /** A fraction between {@code low}% and {@code high}%, four decimals. */
    private static BigDecimal percent(SplittableRandom r, int low, int high) {
        return BigDecimal.valueOf(low * 100L + r.nextInt((high - low) * 100 + 1)).movePointLeft(4);
    }

    /** Last year's value for a growth between {@code low}% and {@code high}%. */
    private static BigDecimal before(BigDecimal now, SplittableRandom r, int low, int high) {
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(low * 10L + r.nextInt((high - low) * 10 + 1)).movePointLeft(3));
        return now.divide(factor, 2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
    }

    /** Writes rows and counts them. */
    private static final class Rows {
        private final Writer w;
        private final String period;
        int count;
        int previous;

        Rows(Writer w, String period) {
            this.w = w;
            this.period = period;
        }

        void add(String subject, String indicator, BigDecimal value, BigDecimal before) throws IOException {
            add(subject, indicator, value, before, "");
        }

        void add(String subject, String indicator, BigDecimal value, BigDecimal before, String note) throws IOException {
            w.write(period + "," + subject + "," + indicator + "," + value.toPlainString() + "," + (before == null ? "" : before.toPlainString())
                    + "," + note + "\n");
            count++;
            if (before != null) {
                previous++;
            }
        }
    }
}
