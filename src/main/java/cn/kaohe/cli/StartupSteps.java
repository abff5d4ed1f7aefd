package cn.kaohe.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * A diagnostic for whoever works on start-up time: with {@code -Dkaohe.startup-steps=MS} (through
 * {@code KAOHE_JAVA_OPTS}) Spring's start-up steps that took at least MS milliseconds are printed to
 * stderr as a tree (bean creation, configuration parsing, refresh …), with the JVM's uptime and loaded
 * class count when the context was ready. Off, and costing nothing, without the property.
 */
final class StartupSteps {

    private static final String PROPERTY = "kaohe.startup-steps";

    private final BufferingApplicationStartup recorder = new BufferingApplicationStartup(100_000);
    private final long thresholdMillis;

    private StartupSteps(long thresholdMillis) {
        this.thresholdMillis = thresholdMillis;
    }

    /** Records the builder's start when the property is set; returns what {@link #print} takes (null when off). */
    static StartupSteps recordIfAsked(SpringApplicationBuilder builder) {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return null;
        }
        StartupSteps steps = new StartupSteps(value.isBlank() ? 100 : Long.parseLong(value.strip()));
        builder.applicationStartup(steps.recorder);
        return steps;
    }

    /** Prints the steps at or above the threshold, children indented under their parent. */
    static void print(StartupSteps steps, PrintStream err) {
        if (steps == null) {
            return;
        }
        err.printf("[start-up] JVM uptime %d ms, %d classes loaded%n", ManagementFactory.getRuntimeMXBean().getUptime(),
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        StartupTimeline timeline = steps.recorder.getBufferedTimeline();
        Map<Long, List<StartupTimeline.TimelineEvent>> children = new HashMap<>();
        List<StartupTimeline.TimelineEvent> roots = new ArrayList<>();
        for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
            Long parent = e.getStartupStep().getParentId();
            (parent == null ? roots : children.computeIfAbsent(parent, k -> new ArrayList<>())).add(e);
        }
        roots.forEach(e -> steps.print(e, children, 0, err));
    }

    private void print(StartupTimeline.TimelineEvent event, Map<Long, List<StartupTimeline.TimelineEvent>> children, int depth, PrintStream err) {
        Duration took = event.getDuration();
        if (took.toMillis() < thresholdMillis) {
            return;
        }
        StartupStep step = event.getStartupStep();
        StringBuilder tags = new StringBuilder();
        step.getTags().forEach(t -> tags.append(' ').append(t.getKey()).append('=').append(t.getValue()));
        err.printf("[start-up] %6d ms %s%s%s%n", took.toMillis(), "  ".repeat(depth), step.getName(), tags);
        children.getOrDefault(step.getId(), List.of()).forEach(c -> print(c, children, depth + 1, err));
    }
}
