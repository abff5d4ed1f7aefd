package cn.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.figures.FiguresRejectedException;

/** Evaluating stores the whole run — or, for bad input, nothing at all. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:assessment-service;DB_CLOSE_DELAY=-1", "kaohe.samples-dir=no-samples"})
class AssessmentServiceTests {

    @Autowired
    AssessmentService service;

    @Autowired
    EvaluationRunRepository runs;

    @Autowired
    RunQueries queries;

    @Autowired
    cn.kaohe.figures.FigureImportService imports;

    @Autowired
    cn.kaohe.rules.RulesetArchive archive;

    @Test
    @Transactional
    void anEvaluationIsStoredWithItsPeriodRulesetFiguresResultsAndRectifications() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("data/samples/2023-h1.csv"));
        long before = runs.count();

        AssessmentService.StoredEvaluation stored = service.evaluate("2023-h1.csv", sample);

        assertThat(runs.count()).isEqualTo(before + 1);
        EvaluationRun run = runs.findById(stored.runId()).orElseThrow();
        Evaluation e = stored.evaluation();
        assertThat(run.getPeriodLabel()).isEqualTo("2023年1-6月");
        assertThat(run.getRulesetHash()).isEqualTo(e.ruleset()).hasSize(64);
        assertThat(archive.find(run.getRulesetHash())).as("the ruleset's files are kept with the run").hasValueSatisfying(v -> {
            assertThat(v.getFiles()).extracting(cn.kaohe.rules.RulesetFile::getPath).contains("industrial/targets-2023.drl.csv");
            assertThat(v.getFiles()).filteredOn(f -> f.getPath().equals("industrial/targets-2023.drl.csv")).singleElement()
                    .satisfies(f -> assertThat(f.getContent()).contains("2023年河津开发区规上工业增加值增速省定目标为15%"));
        });
        assertThat(run.getFigureCount()).isEqualTo(e.figures().size()).isGreaterThan(80);
        assertThat(run.getImportId()).as("the run names the import version it read").isNotNull();
        assertThat(imports.figuresOf(run.getImportId()).figures()).hasSize(e.figures().size());
        RunQueries.RunView kept = queries.latest(run.getPeriodId()).orElseThrow();
        assertThat(kept.runId()).isEqualTo(stored.runId());
        assertThat(kept.results()).hasSize(e.results().size());
        assertThat(kept.rectifications()).hasSize(e.rectifications().size()).isNotEmpty();
        assertThat(kept.standings()).hasSize(e.standings().size());
        assertThat(kept.grades()).singleElement().satisfies(g -> assertThat(g.grade()).isEqualTo("C"));
        assertThat(kept.warnings()).hasSize(e.warnings().size()).isNotEmpty();
        assertThat(kept.comparisons()).hasSize(e.comparisons().size()).isNotEmpty();
        assertThat(kept.rankings()).hasSize(e.rankings().size()).isNotEmpty();
        assertThat(kept.campaigns()).hasSize(e.campaigns().size()).isNotEmpty();
        assertThat(kept.bulletin()).extracting(Evaluation.BulletinParagraph::text)
                .anyMatch(text -> text.startsWith("1-6月，运城市工业类开发区规上工业增加值完成251.06亿元"));
        assertThat(kept.results()).filteredOn(r -> r.subject().equals("河津开发区") && r.indicator().equals("规上工业增加值增速"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualByComparingTo("15");
                    assertThat(r.passed()).isTrue();
                    assertThat(r.rule()).isEqualTo("2023年河津开发区规上工业增加值增速省定目标为15%");
                });
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        long before = runs.count();
        byte[] bad = """
                考核期,对象,指标,数值
                2023年1-6月,河津开发区,规上工业增加值增速,15.2%
                2023年1-6月,火星开发区,规上工业增加值增速,15.2%
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> service.evaluate("bad.csv", bad))
                .isInstanceOf(FiguresRejectedException.class)
                .hasMessageContaining("第3行");
        assertThat(runs.count()).isEqualTo(before);
    }
}
