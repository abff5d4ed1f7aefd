package cn.kaohe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Wall-clock timing: warm-up runs that are thrown away, then timed runs, reported by their median. */
final class Medians {

    /** Something to time; {@code run} is its number, from 1, warm-up runs included. */
    interface Work {
        void run(int run) throws Exception;
    }

    /**
     * Timed runs of one thing.
     *
     * @param seconds each timed run, in order
     */
    record Timing(String what, int warmUps, List<Double> seconds) {

        double median() {
            return median(seconds);
        }

        int runs() {
            return seconds.size();
        }

        /** 中位数 0.123 s（5次，预热2次） */
        String described() {
            return String.format("中位数 %s s（%d次，预热%d次）", Bench.decimals(median()), runs(), warmUps);
        }

        static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    private Medians() {
    }

    /**
     * Runs {@code work} {@code warmUps + runs} times, a full collection before each so that one run's garbage is not
     * another's pause, and reports every run to {@code progress} as it ends.
     */
    static Timing time(String what, int warmUps, int runs, Consumer<String> progress, Work work) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 1; i <= warmUps + runs; i++) {
            System.gc();
            long start = System.nanoTime();
            try {
                work.run(i);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(what + "第" + i + "次未完成：" + e.getMessage(), e);
            }
            double took = (System.nanoTime() - start) / 1e9;
            if (i > warmUps) {
                seconds.add(took);
            }
            progress.accept(String.format("    %s %s %d/%d：%s s", what, i <= warmUps ? "预热" : "计时", i <= warmUps ? i : i - warmUps,
                    i <= warmUps ? warmUps : runs, Bench.decimals(took)));
        }
        return new Timing(what, warmUps, List.copyOf(seconds));
    }
}
