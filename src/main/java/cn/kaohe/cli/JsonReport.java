package cn.kaohe.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import cn.kaohe.assessment.AssessmentService.StoredEvaluation;
import cn.kaohe.assessment.Evaluation;

/**
 * The evaluation as JSON: {@code period}, {@code ruleset}, {@code results[]}, {@code standings[]},
 * {@code rectifications[]}. Names are the registry's and the vocabulary's canonical names.
 */
final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReport() {
    }

    /** Any value (records, maps) as indented JSON, numbers written plainly. */
    static String any(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static String write(StoredEvaluation stored) {
        Evaluation e = stored.evaluation();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", e.period().label());
        root.put("year", e.period().year());
        root.put("months", e.period().months());
        root.put("ruleset", e.ruleset());
        root.put("run", stored.runId());
        root.put("source", e.source());
        root.put("results", e.results().stream().map(JsonReport::result).toList());
        root.put("measures", e.measures().stream().map(m -> ordered("subject", m.subject(), "indicator", m.indicator(), "unit", m.unit(),
                "value", plain(m.value()), "previous", plain(m.previous()), "source", m.source())).toList());
        root.put("standings", e.standings().stream().map(s -> ordered(
                "subject", s.subject(), "city", s.city(), "total", plain(s.total()), "rank", s.rank(), "of", s.of(), "rule", s.rule())).toList());
        root.put("rectifications", e.rectifications().stream().map(r -> ordered(
                "subject", r.subject(), "indicator", r.indicator(), "text", r.text(), "rule", r.rule())).toList());
        root.put("grades", e.grades().stream().map(g -> ordered(
                "subject", g.subject(), "score", plain(g.score()), "grade", g.grade(), "meaning", g.meaning(), "rule", g.rule(),
                "targetGrade", g.targetGrade(), "passed", g.passed(), "judgedBy", g.judgedBy())).toList());
        root.put("warnings", e.warnings().stream().map(w -> ordered(
                "subject", w.subject(), "indicator", w.indicator(), "level", w.level(), "text", w.text(), "rule", w.rule())).toList());
        root.put("comparisons", e.comparisons().stream().map(c -> ordered(
                "subject", c.subject(), "indicator", c.indicator(), "against", c.against(), "otherValue", plain(c.otherValue()),
                "kind", c.kind(), "value", plain(c.value()), "text", c.text(), "rule", c.rule())).toList());
        root.put("rankings", e.rankings().stream().map(r -> ordered(
                "subject", r.subject(), "city", r.city(), "indicator", r.indicator(), "scope", r.scope(), "value", plain(r.value()),
                "unit", r.unit(), "rank", r.rank(), "of", r.of(), "rule", r.rule())).toList());
        root.put("campaigns", e.campaigns().stream().map(c -> ordered(
                "subject", c.subject(), "campaign", c.campaign(), "total", plain(c.total()), "done", plain(c.done()),
                "rate", plain(c.rate()), "open", plain(c.open()), "rule", c.rule())).toList());
        root.put("bulletin", e.bulletin().stream().map(b -> ordered("subject", b.subject(), "text", b.text(), "rules", b.rules())).toList());
        return MAPPER.writeValueAsString(root);
    }

    private static Map<String, Object> result(Evaluation.IndicatorResult r) {
        return ordered("subject", r.subject(), "city", r.city(), "indicator", r.indicator(), "unit", r.unit(),
                "actual", plain(r.actual()), "actualSource", r.source(), "target", plain(r.target()), "basis", r.basis(),
                "passed", r.passed(), "gap", plain(r.gap()), "weight", plain(r.weight()), "score", plain(r.score()),
                "rule", r.rule(), "judgedBy", r.judgedBy(), "scoredBy", r.scoredBy(),
                "annualTarget", plain(r.annualTarget()), "proratedBy", r.proratedBy(), "statement", r.statement());
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
