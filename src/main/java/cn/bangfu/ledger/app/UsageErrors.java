package cn.bangfu.ledger.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error, told in Chinese: {@code 用法错误：<what is wrong>} and where to read the command's usage, exit
 * code 2. picocli's English message goes nowhere near the clerk; the options keep their English names.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static int handle(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("用法错误：" + explain(e));
        err.println("运行 `" + helpCommandFor(cmd) + "` 查看用法。");
        err.flush();
        return Cli.USAGE;
    }

    static String explain(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (e instanceof MissingParameterException m) {
            return missing(m);
        }
        if (e instanceof OverwrittenOptionException o) {
            return "选项 " + name(o.getOverwritten()) + " 只能给一次。";
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            return "“" + e.getValue() + "”不是 " + name(e.getArgSpec()) + " 能用的值" + expected(e.getArgSpec()) + "。";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return message; // our own refusals are already Chinese
        }
        return "命令行有误（" + message + "）。";
    }

    private static String unmatched(UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.getFirst();
        StringBuilder text = new StringBuilder(first.startsWith("-")
                ? "未知的选项：" + first
                : "不认识的命令或多余的参数：" + String.join(" ", unmatched));
        List<String> suggestions = u.getSuggestions();
        if (!suggestions.isEmpty()) {
            text.append("。您是不是想输入：").append(String.join("、", suggestions)).append("？");
        } else {
            text.append("。");
        }
        return text.toString();
    }

    private static String missing(MissingParameterException m) {
        List<ArgSpec> specs = m.getMissing() == null ? List.of() : m.getMissing();
        String names = specs.stream().map(UsageErrors::nameWithLabel).collect(Collectors.joining("、"));
        boolean valueOfAnOption = m.getMessage() != null && m.getMessage().startsWith("Missing required parameter for option");
        if (valueOfAnOption && specs.size() == 1 && specs.getFirst() instanceof OptionSpec o) {
            return "选项 " + o.longestName() + " 后面缺少它的值（" + o.paramLabel() + "）。";
        }
        if (!specs.isEmpty() && specs.stream().allMatch(s -> s instanceof OptionSpec)) {
            return "缺少必需的选项：" + names + "。";
        }
        return "缺少参数：" + names + "。";
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return spec instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(spec);
    }

    private static String nameWithLabel(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.arity().max() == 0 ? o.longestName() : o.longestName() + " " + o.paramLabel();
        }
        return name(spec);
    }

    private static String expected(ArgSpec spec) {
        Class<?> type = spec.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "（应为整数）";
        }
        if (type == Path.class) {
            return "（应为文件路径）";
        }
        if (type == java.time.YearMonth.class) {
            return "（月份应写成 YYYY-MM，例如 2026-11）";
        }
        return "";
    }

    /** {@code bangfu-ledger help import} for a subcommand (and its own subcommands), else the top's --help. */
    private static String helpCommandFor(CommandLine cmd) {
        CommandLine top = cmd;
        CommandLine belowTop = null;
        while (top.getParent() != null) {
            belowTop = top;
            top = top.getParent();
        }
        return belowTop == null ? top.getCommandName() + " --help"
                : top.getCommandName() + " help " + belowTop.getCommandName();
    }
}
