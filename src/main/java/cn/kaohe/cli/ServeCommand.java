package cn.kaohe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import cn.kaohe.KaoheApplication;
import cn.kaohe.Preloaded;

/** {@code kaohe serve}: the officials' web application, on port 8080 with the embedded database by default. */
@Command(name = "serve", mixinStandardHelpOptions = true, resourceBundle = "cn.kaohe.cli.messages",
        description = {"启动考核系统网页（默认 http://localhost:8080），首次启动时创建管理员并载入样例数据。",
                "可用 --名称=值 传入 Spring Boot 配置，例如 --server.port=9090 或 --spring.datasource.url=…"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Unmatched
    List<String> springArguments = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!ApplicationStarter.springArgumentsValid(springArguments, spec)) {
            return CommandLine.ExitCode.USAGE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context;
        // The rules are compiled on another thread while Spring starts (a missing directory is left to the start to report).
        Path rulesDir = Path.of(ApplicationStarter.setting(springArguments, "kaohe.rules-dir", "rules"));
        BackgroundRuleset ruleset = Files.isDirectory(rulesDir) ? BackgroundRuleset.of(rulesDir) : null;
        try {
            SpringApplicationBuilder builder = new SpringApplicationBuilder(KaoheApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .listeners(event -> {
                        if (event instanceof ContextClosedEvent) {
                            closed.countDown();
                        }
                    });
            ApplicationStarter.handOver(builder, ruleset == null ? null : new Preloaded(null, null, null, rulesDir, ruleset));
            StartupSteps steps = StartupSteps.recordIfAsked(builder);
            context = builder.run(springArguments.toArray(String[]::new));
            StartupSteps.print(steps, System.err);
        } catch (RuntimeException e) {
            return ApplicationStarter.report(e, spec.commandLine().getErr());
        } finally {
            if (ruleset != null) {
                ruleset.close();
            }
        }
        String port = context.getEnvironment().getProperty("local.server.port", "8080");
        spec.commandLine().getOut().println("开发区考核系统已启动：http://localhost:" + port + "/ （按 Ctrl+C 停止）");
        spec.commandLine().getOut().flush();
        closed.await();
        return CommandLine.ExitCode.OK;
    }
}
