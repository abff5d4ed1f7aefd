package cn.kaohe;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the application finds what it is told to read.
 *
 * @param rulesDir  the rules directory ({@code kaohe.rules-dir}, default {@code rules})
 * @param zonesFile the zone registry ({@code kaohe.zones-file}, default {@code data/zones.csv})
 * @param featuresDir the scenarios every candidate ruleset must pass ({@code kaohe.features-dir}, default {@code features})
 * @param featuresZonesFile the zone registry the scenarios are written against ({@code kaohe.features-zones-file},
 *                  default {@code data/zones.csv}, the seeds' zones): the check of a candidate runs them against it,
 *                  not against the installation's registry, which need not hold the zones the scenarios name
 */
@ConfigurationProperties("kaohe")
public record KaoheProperties(@DefaultValue("rules") Path rulesDir, @DefaultValue("data/zones.csv") Path zonesFile,
        @DefaultValue("features") Path featuresDir, @DefaultValue("data/zones.csv") Path featuresZonesFile) {
}
