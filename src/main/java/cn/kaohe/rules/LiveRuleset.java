package cn.kaohe.rules;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ruleset evaluations run under: built from the rules directory at start-up (a compile error
 * stops start-up), held so that a later publication can swap it in one step.
 */
public final class LiveRuleset implements AutoCloseable {

    private final Path dir;
    private final AtomicReference<Ruleset> current;

    public LiveRuleset(Path dir) {
        this.dir = dir;
        this.current = new AtomicReference<>(RulesetLoader.load(dir));
    }

    public Ruleset current() {
        return current.get();
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        current.get().close();
    }
}
