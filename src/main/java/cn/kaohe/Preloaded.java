package cn.kaohe;

import java.nio.file.Path;
import java.util.function.Supplier;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.zone.ZoneRegistry;

/**
 * What a command loaded before Spring started, handed to the context so that nothing is read or built
 * twice: the registry and indicators it checked the figures against, and the rules directory's ruleset,
 * being built on another thread while Spring starts. A part is taken only when the context's settings
 * name the same file or directory ({@code kaohe.zones-file}, {@code kaohe.rules-dir}); otherwise the
 * context loads its own.
 *
 * @param zonesFile  the registry file read, or null when none was
 * @param zones      the registry read from it, or null
 * @param indicators the indicator catalogue, or null
 * @param rulesDir   the rules directory being built, or null when none is
 * @param ruleset    gives the built ruleset (waiting for the build; throws what the build threw), or null
 */
public record Preloaded(Path zonesFile, ZoneRegistry zones, IndicatorCatalog indicators, Path rulesDir, Supplier<Ruleset> ruleset) {

    /** Whether {@code file} names the same file as {@code preloaded} (both may be relative to the working directory). */
    static boolean same(Path preloaded, Path file) {
        return preloaded != null && file != null && preloaded.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }
}
