package cn.kaohe.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;

/**
 * A rules directory compiled on its own thread while Spring starts, so that the 2–3 s of a cold Drools
 * build overlap the rest of the start. The build begins once Spring has set up logging (before that,
 * Drools' log lines would reach the terminal); {@link #get()} waits for it and throws what the build
 * threw (a {@link cn.kaohe.rules.RulesetException} naming file and line); {@link #close()} releases the
 * ruleset when nobody took it (the start failed, or the context was told to use another directory).
 */
final class BackgroundRuleset implements Supplier<Ruleset>, AutoCloseable {

    private final Path dir;
    private final CompletableFuture<Ruleset> build = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean taken = new AtomicBoolean();

    private BackgroundRuleset(Path dir) {
        this.dir = dir;
    }

    /** A build of {@code dir}, not yet started: {@link ApplicationStarter#handOver} starts it with the application. */
    static BackgroundRuleset of(Path dir) {
        return new BackgroundRuleset(dir);
    }

    /** Starts the build once the application has prepared its environment (and with it, logging). */
    void startAlong(SpringApplicationBuilder builder) {
        builder.listeners((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent) {
                start();
            }
        });
    }

    private void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                build.complete(RulesetLoader.load(dir));
            } catch (RuntimeException | LinkageError e) {
                build.completeExceptionally(e);
            }
        }, "kaohe-rules-build");
        thread.setDaemon(true);
        thread.start();
    }

    /** The built ruleset; whoever calls this owns it (closes it). */
    @Override
    public Ruleset get() {
        start();
        try {
            Ruleset ruleset = build.join();
            taken.set(true);
            return ruleset;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Releases the ruleset if nobody took it, without waiting for a build still under way. */
    @Override
    public void close() {
        if (!taken.get()) {
            build.thenAccept(Ruleset::close);
        }
    }
}
