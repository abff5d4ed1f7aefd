package cn.kaohe.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The web application as officials meet it, with the two sample periods imported and evaluated at start
 * (they load on ApplicationReadyEvent, before any test runs). Every web test class uses this one
 * annotation, so they share one application context and one in-memory database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:kaohe-web-tests;DB_CLOSE_DELAY=-1", "kaohe.samples-dir=data/samples",
        "kaohe.watch-rules=false", "kaohe.check-at-start=false"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = CopiedRules.class)
@interface WebTest {
}
