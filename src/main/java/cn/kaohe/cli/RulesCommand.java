package cn.kaohe.cli;

import picocli.CommandLine.Command;

/** {@code kaohe rules …}: what policy staff run on a rules directory before it goes live. */
@Command(name = "rules", mixinStandardHelpOptions = true, resourceBundle = "cn.kaohe.cli.messages",
        description = "检查规则目录，或预览规则修改对已发布结果的影响。",
        subcommands = {RulesCheckCommand.class, RulesDiffCommand.class},
        synopsisHeading = "用法：", commandListHeading = "%n命令：%n", optionListHeading = "%n选项：%n")
final class RulesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
