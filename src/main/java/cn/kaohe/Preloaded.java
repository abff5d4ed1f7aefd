package cn.kaohe;

import java.nio.file.Path;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.zone.ZoneRegistry;

/**
 * What a command loaded before Spring started, handed to the context so that nothing is read twice:
 * the registry and indicators it checked the figures against. The registry is taken only when the
 * context's settings name the same file ({@code kaohe.zones-file}); otherwise the context loads its own.
 *
 * @param zonesFile  the registry file read, or null when none was
 * @param zones      the registry read from it, or null
 * @param indicators the indicator catalogue, or null
 */
public record Preloaded(Path zonesFile, ZoneRegistry zones, IndicatorCatalog indicators) {

    /** Whether {@code file} names the same file as {@code preloaded} (both may be relative to the working directory). */
    static boolean same(Path preloaded, Path file) {
        return preloaded != null && file != null && preloaded.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }
}
