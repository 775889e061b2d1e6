package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.funds.FundService.FundRow;
import cn.bangfu.ledger.logic.funds.FundService.ProjectRow;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.MonthClose;
import cn.bangfu.ledger.model.Village;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the page's forms choose from, read once when a form opens: the funds and projects with their balances,
 * the code lists, the villages, the closed months and today.
 */
record Ledgers(List<FundRow> funds, List<ProjectRow> projects, Map<String, Long> balances, Set<YearMonth> closed,
        List<CodeEntry> sources, List<CodeEntry> levels, List<CodeEntry> categories, List<Village> villages,
        List<CodeEntry> families, LocalDate today) {

    /** Reads them (off the FX thread). */
    static Ledgers read(LedgerServices s) {
        Map<String, Long> balances = s.journal().balanceMap();
        Set<YearMonth> closed = s.journal().closes().stream().filter(MonthClose::isClosed)
                .map(MonthClose::closedMonth).collect(Collectors.toSet());
        return new Ledgers(s.funds().funds(), s.funds().projects(), balances, closed, s.funds().sourceKinds(),
                s.funds().levels(), s.funds().projectCategories(), s.households().villages(),
                s.households().codes("measure_family"), s.households().today());
    }

    List<Choice<Long>> fundChoices() {
        return funds.stream().map(f -> Choice.of(f.fund().name() + "（" + f.fund().year() + "）", f.fund().id())).toList();
    }

    /** The projects, after an entry for "no project" when {@code none} is given. */
    List<Choice<Long>> projectChoices(String none) {
        List<Choice<Long>> out = new ArrayList<>();
        if (none != null) {
            out.add(new Choice<>(none, null));
        }
        projects.forEach(p -> out.add(Choice.of(p.project().name() + "（" + p.village() + "）", p.project().id())));
        return out;
    }

    String fundName(Long id) {
        return funds.stream().filter(f -> f.fund().id().equals(id)).map(f -> f.fund().name()).findFirst().orElse("");
    }

    String projectName(Long id) {
        return projects.stream().filter(p -> p.project().id().equals(id)).map(p -> p.project().name()).findFirst()
                .orElse("");
    }

    /** A fund's balance on an account (for 项目, the project's). */
    long balance(long fundId, String account, Long projectId) {
        String project = "项目".equals(account) && projectId != null ? String.valueOf(projectId) : "";
        return balances.getOrDefault(fundId + "|" + account + "|" + project, 0L);
    }

    static List<Choice<String>> codes(List<CodeEntry> entries) {
        return entries.stream().map(c -> Choice.of(c.label(), c.code())).toList();
    }
}
