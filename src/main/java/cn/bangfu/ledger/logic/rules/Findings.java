package cn.bangfu.ledger.logic.rules;

import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.LedgerException;
import java.util.List;
import java.util.stream.Collectors;

/** How findings decide a save: errors refuse it; warnings need a reason, which goes to the audit row. */
public final class Findings {

    private Findings() {
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    public static List<Finding> warnings(List<Finding> findings) {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /**
     * Refuses (with every problem listed in Chinese) when there is an error, or a warning without a reason.
     *
     * @return the reason to record, trimmed, or null when there was nothing to explain
     */
    public static String requireSavable(List<Finding> findings, String reason) {
        if (hasErrors(findings)) {
            throw new LedgerException("不能保存：\n" + lines(findings.stream().filter(Finding::isError).toList()));
        }
        String why = reason == null ? "" : reason.strip();
        List<Finding> warnings = warnings(findings);
        if (!warnings.isEmpty() && why.isEmpty()) {
            throw new LedgerException("以下提醒需要填写原因后才能保存：\n" + lines(warnings));
        }
        return why.isEmpty() ? null : why;
    }

    public static String lines(List<Finding> findings) {
        return findings.stream().map(f -> "· " + f.message()).collect(Collectors.joining("\n"));
    }
}
