package cn.kaohe.rules;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ruleset evaluations run under. Built from the rules directory at start-up; a publication
 * {@link #swap swaps} another in, in one step. An evaluation takes a {@link Lease} and finishes on the
 * ruleset it started with; a replaced ruleset is closed (its Drools module released) once the last
 * lease on it is returned.
 */
public final class LiveRuleset implements AutoCloseable {

    /** A ruleset held for the length of one piece of work. */
    public static final class Lease implements AutoCloseable {

        private final Held held;
        private final AtomicBoolean returned = new AtomicBoolean();

        private Lease(Held held) {
            this.held = held;
        }

        public Ruleset ruleset() {
            return held.ruleset;
        }

        @Override
        public void close() {
            if (returned.compareAndSet(false, true)) {
                held.users.decrementAndGet();
                held.closeIfIdle();
            }
        }
    }

    private static final class Held {

        final Ruleset ruleset;
        final AtomicInteger users = new AtomicInteger();
        volatile boolean retired;
        final AtomicBoolean closed = new AtomicBoolean();

        Held(Ruleset ruleset) {
            this.ruleset = ruleset;
        }

        void closeIfIdle() {
            if (retired && users.get() == 0 && closed.compareAndSet(false, true)) {
                ruleset.close();
            }
        }
    }

    private final Path dir;
    private final AtomicReference<Held> current;

    public LiveRuleset(Path dir) {
        this(dir, RulesetLoader.load(dir));
    }

    public LiveRuleset(Path dir, Ruleset initial) {
        this.dir = dir;
        this.current = new AtomicReference<>(new Held(initial));
    }

    /** The live ruleset at this moment, for reading (its version, files); work that runs rules takes a {@link #lease()}. */
    public Ruleset current() {
        return current.get().ruleset;
    }

    /** The live ruleset, kept open until the lease is closed even if another is published meanwhile. */
    public Lease lease() {
        while (true) {
            Held held = current.get();
            held.users.incrementAndGet();
            if (current.get() == held && !held.closed.get()) {
                return new Lease(held);
            }
            held.users.decrementAndGet();
            held.closeIfIdle();
        }
    }

    /**
     * Makes {@code next} the live ruleset. The one it replaces is closed now if no evaluation holds it,
     * else when the last one finishes.
     *
     * @return the hash of the ruleset replaced
     */
    public String swap(Ruleset next) {
        Held previous = current.getAndSet(new Held(next));
        previous.retired = true;
        previous.closeIfIdle();
        return previous.ruleset.hash();
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        Held held = current.get();
        held.retired = true;
        held.closeIfIdle();
    }
}
