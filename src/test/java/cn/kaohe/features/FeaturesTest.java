package cn.kaohe.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature under {@code features/} against the real {@code rules/} directory. Each
 * scenario is counted by Surefire as a test; after the last one, every rule must have fired in some
 * scenario (see {@link RuleCoverage}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "cn.kaohe.rulebook.steps,cn.kaohe.features")
public class FeaturesTest {
}
