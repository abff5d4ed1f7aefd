package cn.kaohe.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives an application under test its own copy of {@code rules/} (under target/), fresh for each
 * context: publishing and rolling back write the rules directory, and a test must never write the
 * project's own.
 */
public class CopiedRules implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path copy = Path.of("target", "test-rules", Integer.toHexString(System.identityHashCode(context)), "rules");
        copy(Path.of("rules"), copy);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("copied-rules",
                java.util.Map.of("kaohe.rules-dir", copy.toString())));
    }

    public static void copy(Path from, Path to) {
        try {
            if (Files.exists(to)) {
                try (Stream<Path> old = Files.walk(to)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
