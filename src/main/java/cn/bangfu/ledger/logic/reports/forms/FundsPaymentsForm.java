package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.CODE;
import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.DATE;
import static cn.bangfu.ledger.logic.reports.CellKind.YUAN;

import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.store.ReportQueries.PaymentLine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 资金拨付明细: every payment of the month in date order — each 拨付 (one line per payee), each 发放到户 roster as one
 * line (its households are in the relief roster), each 冲销 of either with its negated amount — with the payee, the
 * date, the voucher number, the fund, the project and the amount in 元; a 合计 that equals the month's 本月支出 of
 * the spending report.
 */
public final class FundsPaymentsForm extends BaseForm {

    public static final String ID = "funds-payments";

    public FundsPaymentsForm(FormContext context) {
        super(ID, "资金拨付明细", true, context);
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month();
        FundFacts facts = FundFacts.read(context, m);
        List<PaymentLine> lines = context.read(v -> v.reports().payments(m.atDay(1), m.atEndOfMonth()));

        List<Header> headers = List.of(Column.of("no", "序号", COUNT, 5), Column.text("payee", "收款方", 20),
                Column.of("date", "拨付日期", DATE, 11), Column.of("voucher", "凭证号", CODE, 12),
                Column.text("fund", "资金名称", 24), Column.text("project", "项目名称", 26),
                Column.text("kind", "类型", 8), Column.text("memo", "摘要", 18),
                Column.summed("amount", "金额", YUAN, 14));
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (PaymentLine l : lines) {
            boolean households = JournalService.HOUSEHOLD.equals(l.account());
            String payee = households ? "发放到户（" + l.postings() + "户）" : l.payee();
            String memo = l.reversesId() == null ? l.memo()
                    : "冲销凭证 " + l.reversesId() + (l.reversedMemo() == null ? "" : "（" + l.reversedMemo() + "）");
            String project = l.projectId() == null ? "（未列入项目）" : facts.project(l.projectId());
            rows.add(Row.data((long) rows.size() + 1, payee, l.entryOn(), l.voucherNo(), facts.fund(l.fundId()),
                    project, l.kind(), memo, l.amountFen()));
            total += l.amountFen();
        }
        rows.add(Row.totalAt(headers.size(), Map.of(1, "合计（" + rows.size() + "笔）", 8, total)));
        List<String> notes = List.of("说明：本月记账的拨付和发放到户（发放到户每张凭证列一行，到户明细见到户资金发放花名册）；"
                + "冲销凭证以负数列示。合计与支出进度月报的本月支出相同。");
        return List.of(new ReportModel(ID, context.title(title(), m), Months.text(m), "单位：元",
                List.of(new ReportTable("拨付明细", headers, rows)), notes, context.signature(), false, true));
    }
}
