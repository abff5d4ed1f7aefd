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
        root.put("standings", e.standings().stream().map(s -> ordered(
                "subject", s.subject(), "city", s.city(), "total", plain(s.total()), "rank", s.rank(), "of", s.of(), "rule", s.rule())).toList());
        root.put("rectifications", e.rectifications().stream().map(r -> ordered(
                "subject", r.subject(), "indicator", r.indicator(), "text", r.text(), "rule", r.rule())).toList());
        return MAPPER.writeValueAsString(root);
    }

    private static Map<String, Object> result(Evaluation.IndicatorResult r) {
        return ordered("subject", r.subject(), "city", r.city(), "indicator", r.indicator(), "unit", r.unit(),
                "actual", plain(r.actual()), "actualSource", r.source(), "target", plain(r.target()), "basis", r.basis(),
                "passed", r.passed(), "gap", plain(r.gap()), "weight", plain(r.weight()), "score", plain(r.score()),
                "rule", r.rule(), "judgedBy", r.judgedBy(), "scoredBy", r.scoredBy());
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
