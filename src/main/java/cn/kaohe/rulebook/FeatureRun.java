package cn.kaohe.rulebook;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.cucumber.core.feature.FeatureWithLines;
import io.cucumber.core.options.RuntimeOptionsBuilder;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepFinished;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rulebook.steps.Rulebook;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Runs the features against a ruleset, in this JVM, the way the build's suite runs them: the same
 * glue, the same figures reader, but the ruleset under check instead of {@code rules/}. One run at a
 * time (the glue shares one context).
 */
public final class FeatureRun {

    private static final String GLUE = "classpath:/cn/kaohe/rulebook/steps";

    private FeatureRun() {
    }

    public static CheckReport run(Ruleset rules, Path featuresDir, ZoneRegistry zones, IndicatorCatalog indicators) {
        return run(rules, featuresDir, zones, indicators, CheckProgress.NONE);
    }

    /**
     * Runs the features, reporting each finished scenario and the feature being run (percent 20 to 95 of
     * the whole check).
     */
    public static CheckReport run(Ruleset rules, Path featuresDir, ZoneRegistry zones, IndicatorCatalog indicators, CheckProgress progress) {
        if (!Files.isDirectory(featuresDir)) {
            throw new IllegalArgumentException("场景目录不存在：" + featuresDir.toAbsolutePath());
        }
        synchronized (FeatureRun.class) {
            Rulebook.Context context = new Rulebook.Context(rules, zones, indicators);
            FeatureDocs docs = FeatureDocs.read(featuresDir);
            Recorder recorder = new Recorder(featuresDir, progress, expected(docs), names(docs));
            progress.at("运行场景", 20);
            Instant started = Instant.now();
            Rulebook.use(context);
            try {
                var options = new RuntimeOptionsBuilder()
                        .addFeature(FeatureWithLines.create(featuresDir.toAbsolutePath().toUri(), List.of()))
                        .addGlue(URI.create(GLUE))
                        .setMonochrome()
                        .setNoSummary()
                        .setPublishQuiet(true)
                        .build();
                Runtime.builder()
                        .withRuntimeOptions(options)
                        .withClassLoader(FeatureRun.class::getClassLoader)
                        .withAdditionalPlugins(recorder)
                        .build()
                        .run();
            } finally {
                context.closeScratch();
                Rulebook.use(null);
            }
            Map<String, String> uncovered = new TreeMap<>(rules.ruleFiles());
            uncovered.keySet().removeAll(context.coverage().keySet());
            Map<String, Set<String>> coverage = new TreeMap<>();
            context.coverage().forEach((rule, scenarios) -> coverage.put(rule, new TreeSet<>(scenarios)));
            return new CheckReport(rules.hash(), List.of(), recorder.scenarios, recorder.failures, uncovered, coverage,
                    Duration.between(started, Instant.now()), started);
        }
    }

    /** How many scenarios the features hold (an outline counts once per examples row), for the progress. */
    private static int expected(FeatureDocs docs) {
        return docs.features().stream()
                .flatMap(f -> f.scenarios().stream())
                .mapToInt(s -> s.outline() ? Math.max(1, s.rowLines().size()) : 1)
                .sum();
    }

    /** Each feature's name by its path (features/common/judging.feature → 达标判定), to say which one is running. */
    private static Map<String, String> names(FeatureDocs docs) {
        Map<String, String> names = new ConcurrentHashMap<>();
        docs.features().forEach(f -> names.put(f.path(), f.name().isBlank() ? f.path() : f.name()));
        return names;
    }

    /** Collects each scenario's outcome and, for a failure, the step that failed and why. */
    private static final class Recorder implements ConcurrentEventListener {

        private final Path featuresDir;
        private final Map<java.util.UUID, String> failedSteps = new ConcurrentHashMap<>();
        private final List<CheckReport.Failure> failures = new ArrayList<>();
        private final CheckProgress progress;
        private final int expected;
        private final Map<String, String> featureNames;
        private int scenarios;
        private String feature = "";

        Recorder(Path featuresDir, CheckProgress progress, int expected, Map<String, String> featureNames) {
            this.featuresDir = featuresDir.toAbsolutePath();
            this.progress = progress;
            this.expected = expected;
            this.featureNames = featureNames;
        }

        @Override
        public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(TestStepFinished.class, this::step);
            publisher.registerHandlerFor(TestCaseStarted.class, this::started);
            publisher.registerHandlerFor(TestCaseFinished.class, this::scenario);
        }

        /** A scenario of another feature begins: the progress names that feature (已运行 35/170 个场景，正在运行“达标判定”). */
        private synchronized void started(TestCaseStarted event) {
            String path = location(event.getTestCase().getUri());
            String name = featureNames.getOrDefault(path, path);
            if (!name.equals(feature)) {
                feature = name;
                report();
            }
        }

        private void report() {
            progress.at("已运行 " + scenarios + "/" + Math.max(expected, scenarios) + " 个场景" + (feature.isEmpty() ? "" : "，正在运行“" + feature + "”"),
                    20 + 75 * Math.min(scenarios, expected) / Math.max(1, expected));
        }

        private void step(TestStepFinished event) {
            Status status = event.getResult().getStatus();
            if (event.getTestStep() instanceof PickleStepTestStep step && status != Status.PASSED && status != Status.SKIPPED) {
                failedSteps.putIfAbsent(event.getTestCase().getId(), "第" + step.getStepLine() + "行 " + step.getStep().getKeyword()
                        + step.getStepText());
            }
        }

        private synchronized void scenario(TestCaseFinished event) {
            scenarios++;
            report();
            Status status = event.getResult().getStatus();
            if (status == Status.PASSED) {
                return;
            }
            String why = switch (status) {
                case UNDEFINED -> "步骤没有定义：场景中的句子与已有的步骤写法都不匹配";
                case PENDING -> "步骤尚未实现";
                case AMBIGUOUS -> "步骤有歧义：句子与多个步骤写法匹配";
                default -> event.getResult().getError() == null ? status.name() : message(event.getResult().getError());
            };
            failures.add(new CheckReport.Failure(location(event.getTestCase().getUri()), event.getTestCase().getLine(),
                    event.getTestCase().getName(), failedSteps.getOrDefault(event.getTestCase().getId(), ""), why));
        }

        private String location(URI uri) {
            try {
                Path file = Path.of(uri);
                Path base = featuresDir.getParent() == null ? featuresDir : featuresDir.getParent();
                return base.relativize(file).toString().replace('\\', '/');
            } catch (RuntimeException e) {
                return uri.toString();
            }
        }

        private static String message(Throwable error) {
            String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            return text.strip().replaceAll("\\s*\\n\\s*", " ");
        }
    }
}
