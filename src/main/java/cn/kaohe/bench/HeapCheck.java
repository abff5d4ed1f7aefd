package cn.kaohe.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does an end-to-end run fit in a given heap? Runs one in a child JVM started with {@code -Xmx} that size (and told to
 * exit on running out of memory), the same program and class path as this one, and reads back its figures.
 */
final class HeapCheck {

    /** The lines a child prints for its parent. */
    static final String SECONDS = "child end-to-end seconds: ";
    static final String PEAK = "child peak heap MB: ";

    /** What the child reported; {@code fits} is false when it ran out of memory or failed otherwise ({@code lastLine} says). */
    record Outcome(String maxHeap, boolean fits, double seconds, double peakMegabytes, int exitCode, String lastLine) {

        /** fits (child JVM: 12.3 s, heap after GC at most 456 MB), or does not fit (exit 3: the child's last line). */
        String described() {
            return fits ? String.format(java.util.Locale.ROOT, "fits (child JVM: %s s, heap after GC at most %.0f MB)", Bench.decimals(seconds),
                    peakMegabytes) : "does not fit (exit " + exitCode + ": " + lastLine + ")";
        }
    }

    private static final Pattern SECONDS_LINE = Pattern.compile(Pattern.quote(SECONDS) + "([0-9.]+)");
    private static final Pattern PEAK_LINE = Pattern.compile(Pattern.quote(PEAK) + "([0-9.]+)");

    private HeapCheck() {
    }

    /**
     * @param childArguments the bench arguments that make the child do one end-to-end run
     * @param progress       receives the child's output, line by line
     */
    static Outcome inChildJvm(String maxHeap, List<String> childArguments, Consumer<String> progress) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError",
                "-Xmx" + maxHeap));
        String launched = System.getProperty("sun.java.command", "").split(" ")[0];
        if (launched.endsWith(".jar")) {
            command.addAll(List.of("-jar", launched));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), cn.kaohe.KaoheApplication.class.getName()));
        }
        command.add("bench");
        command.addAll(childArguments);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        double seconds = Double.NaN;
        double peak = Double.NaN;
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                progress.accept("    （子进程）" + line);
                Matcher s = SECONDS_LINE.matcher(line);
                Matcher p = PEAK_LINE.matcher(line);
                if (s.find()) {
                    seconds = Double.parseDouble(s.group(1));
                } else if (p.find()) {
                    peak = Double.parseDouble(p.group(1));
                } else if (!line.isBlank()) {
                    last = line.strip();
                }
            }
        }
        int exit = child.waitFor();
        boolean fits = exit == 0 && !Double.isNaN(seconds);
        return new Outcome(maxHeap, fits, seconds, peak, exit, last);
    }

    /** The arguments for a child that runs one end-to-end of {@code zones} zones. */
    static List<String> childArguments(int zones, long seed, Path rules, Path work) {
        return List.of("--heap-child", "--zones", String.valueOf(zones), "--seed", String.valueOf(seed), "--rules", rules.toString(),
                "--work", work.toString());
    }
}
