package cn.kaohe;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.zone.ZoneRegistry;

/**
 * The plain, Spring-free parts wired together from {@link KaoheProperties}, taking what a command
 * already loaded ({@link Preloaded}) when it names the same files.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KaoheProperties.class)
class KaoheConfiguration {

    @Bean
    ZoneRegistry zoneRegistry(KaoheProperties properties, ObjectProvider<Preloaded> preloaded) {
        Preloaded p = preloaded.getIfAvailable();
        return p != null && p.zones() != null && Preloaded.same(p.zonesFile(), properties.zonesFile()) ? p.zones()
                : ZoneRegistry.load(properties.zonesFile());
    }

    @Bean
    IndicatorCatalog indicatorCatalog(ObjectProvider<Preloaded> preloaded) {
        Preloaded p = preloaded.getIfAvailable();
        return p != null && p.indicators() != null ? p.indicators() : IndicatorCatalog.standard();
    }

    @Bean
    LiveRuleset liveRuleset(KaoheProperties properties, ObjectProvider<Preloaded> preloaded) {
        Preloaded p = preloaded.getIfAvailable();
        return p != null && p.ruleset() != null && Preloaded.same(p.rulesDir(), properties.rulesDir())
                ? new LiveRuleset(properties.rulesDir(), p.ruleset().get())
                : new LiveRuleset(properties.rulesDir());
    }

    @Bean
    RulesetCheck rulesetCheck(KaoheProperties properties, ZoneRegistry zones, IndicatorCatalog indicators) {
        // the scenarios name the seeds' zones: a national registry need not hold them
        boolean same = properties.featuresZonesFile().toAbsolutePath().normalize().equals(properties.zonesFile().toAbsolutePath().normalize());
        return new RulesetCheck(properties.featuresDir(), same ? zones : ZoneRegistry.load(properties.featuresZonesFile()), indicators);
    }

    @Bean
    FiguresReader figuresReader(ZoneRegistry zones, IndicatorCatalog indicators) {
        return new FiguresReader(zones, indicators);
    }

    @Bean
    Evaluator evaluator(ZoneRegistry zones, IndicatorCatalog indicators) {
        return new Evaluator(zones, indicators);
    }
}
