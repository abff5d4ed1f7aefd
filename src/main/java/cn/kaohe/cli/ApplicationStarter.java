package cn.kaohe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.kaohe.KaoheApplication;
import cn.kaohe.Preloaded;
import cn.kaohe.rules.RulesetException;

/** Starts the application for a command and turns start-up failures into Chinese messages. */
final class ApplicationStarter {

    /** The profile of every command's context: {@code application-cli.properties}. */
    static final String COMMAND_LINE_PROFILE = "cli";

    private ApplicationStarter() {
    }

    /**
     * The value a setting will have for Spring as far as the command line tells: the last
     * {@code --name=value} among the arguments passed on, else the system property, else {@code otherwise}.
     */
    static String setting(List<String> springArguments, String name, String otherwise) {
        String value = System.getProperty(name, otherwise);
        for (String a : springArguments) {
            if (a.startsWith("--" + name + "=")) {
                value = a.substring(name.length() + 3);
            }
        }
        return value;
    }

    /**
     * A quiet, non-web context with only what commands use (profile {@code cli}: no web server, security,
     * templates, actuator or background tasks; beans created when first used): the command prints what
     * the user needs; only errors are logged, to stderr.
     *
     * @param preloaded what the command already loaded (see {@link Preloaded}), or null
     */
    static ConfigurableApplicationContext start(List<String> settings, Preloaded preloaded) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.main.banner-mode=off",
                "--logging.level.root=ERROR",
                "--logging.level.org.springframework.boot.SpringApplication=OFF",
                "--logging.level.org.springframework.boot.diagnostics=OFF",
                "--logging.level.org.springframework.context=OFF",
                "--logging.level.org.drools=OFF",
                "--logging.level.org.kie=OFF",
                "--logging.level.org.flywaydb=ERROR",
                "--logging.level.org.hibernate=ERROR"));
        args.addAll(settings);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(KaoheApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(COMMAND_LINE_PROFILE)
                .logStartupInfo(false);
        handOver(builder, preloaded);
        StartupSteps steps = StartupSteps.recordIfAsked(builder);
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        StartupSteps.print(steps, System.err);
        return context;
    }

    /**
     * Gives the context what the command loaded before it started (nothing when null), and starts a
     * {@link BackgroundRuleset} along with it.
     */
    static void handOver(SpringApplicationBuilder builder, Preloaded preloaded) {
        if (preloaded == null) {
            return;
        }
        builder.initializers(context -> context.getBeanFactory().registerSingleton("preloaded", preloaded));
        if (preloaded.ruleset() instanceof BackgroundRuleset background) {
            background.startAlong(builder);
        }
    }

    /**
     * The arguments a command passes on to Spring Boot must read {@code --name=value}; the first that
     * does not is named, with where to find the usage.
     *
     * @return true when they all do
     */
    static boolean springArgumentsValid(List<String> arguments, picocli.CommandLine.Model.CommandSpec spec) {
        for (String a : arguments) {
            if (!a.startsWith("--") || !a.contains("=")) {
                spec.commandLine().getErr().println("参数错误：不认识的参数“" + a + "”。用 " + spec.qualifiedName() + " --help 查看用法。");
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code --json FILE} must go to a directory that exists ({@code -} is standard output), so that a
     * finished run does not fail at its last step.
     *
     * @return true when it does (or no file was asked for); else the directory is named
     */
    static boolean jsonTargetValid(String json, picocli.CommandLine.Model.CommandSpec spec) {
        if (json == null || "-".equals(json)) {
            return true;
        }
        Path parent = Path.of(json).toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
            return true;
        }
        spec.commandLine().getErr().println("参数错误：--json 文件所在的目录不存在：" + parent + "。用 " + spec.qualifiedName() + " --help 查看用法。");
        return false;
    }

    /** For a command that runs without Spring: the libraries' log (Drools' INFO lines) stays out of what the user reads. */
    static void quietLibraries() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
            root.getLoggerContext().getLogger("org.drools").setLevel(ch.qos.logback.classic.Level.OFF);
            root.getLoggerContext().getLogger("org.kie").setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    /** Prints the cause a user can act on, never a stack trace; returns the exit code. */
    static int report(Throwable e, PrintWriter err) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof RulesetException rules) {
                err.println(rules.getMessage());
                return KaoheCommand.BAD_RULES;
            }
            if (cause instanceof IllegalArgumentException || cause instanceof java.io.UncheckedIOException) {
                if (cause.getMessage() != null && cause.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    err.println(cause.getMessage());
                    return KaoheCommand.BAD_INPUT;
                }
            }
            cause = cause.getCause();
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        err.println("考核未完成：" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : "：" + root.getMessage()));
        return KaoheCommand.FAILED;
    }
}
