package cn.kaohe;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.zone.ZoneRegistry;

/** The plain, Spring-free parts wired together from {@link KaoheProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KaoheProperties.class)
class KaoheConfiguration {

    @Bean
    ZoneRegistry zoneRegistry(KaoheProperties properties) {
        return ZoneRegistry.load(properties.zonesFile());
    }

    @Bean
    IndicatorCatalog indicatorCatalog() {
        return IndicatorCatalog.standard();
    }

    @Bean
    LiveRuleset liveRuleset(KaoheProperties properties) {
        return new LiveRuleset(properties.rulesDir());
    }

    @Bean
    RulesetCheck rulesetCheck(KaoheProperties properties, ZoneRegistry zones, IndicatorCatalog indicators) {
        return new RulesetCheck(properties.featuresDir(), zones, indicators);
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
