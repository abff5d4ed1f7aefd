package cn.kaohe.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.kaohe.assessment.AssessmentService;
import cn.kaohe.figures.FigureImport;
import cn.kaohe.figures.FigureImportService;
import cn.kaohe.period.AssessmentPeriods;
import cn.kaohe.user.UserService;

/**
 * When the application starts serving for the first time: the first administrator, and the sample
 * periods from {@code kaohe.samples-dir} imported and evaluated, so a new official sees real results.
 */
@Component
@ConditionalOnWebApplication
class StartupTasks {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);
    static final String SYSTEM = "系统";

    private final UserService users;
    private final AssessmentPeriods periods;
    private final FigureImportService imports;
    private final AssessmentService assessments;
    private final Path samples;

    StartupTasks(UserService users, AssessmentPeriods periods, FigureImportService imports, AssessmentService assessments,
            @Value("${kaohe.samples-dir:data/samples}") Path samples) {
        this.users = users;
        this.periods = periods;
        this.imports = imports;
        this.assessments = assessments;
        this.samples = samples;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onFirstStart() {
        users.createFirstAdministrator();
        if (periods.count() > 0 || !Files.isDirectory(samples)) {
            return;
        }
        try (Stream<Path> files = Files.list(samples)) {
            List<Path> csv = files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
            for (Path file : csv) {
                try {
                    FigureImport stored = imports.importFigures(file.getFileName().toString(), Files.readAllBytes(file), SYSTEM, false);
                    assessments.evaluate(stored.getPeriod().getId(), SYSTEM, AssessmentService.Progress.NONE);
                    log.info("已载入样例数据 {}（考核期 {}）", file.getFileName(), stored.getPeriod().getLabel());
                } catch (RuntimeException e) {
                    log.warn("样例数据 {} 未能载入：{}", file.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            log.warn("无法读取样例目录 {}：{}", samples, e.getMessage());
        }
    }
}
