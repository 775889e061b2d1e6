package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.BANK_ACCOUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.CODE;
import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.DATE;
import static cn.bangfu.ledger.logic.reports.CellKind.ID_NUMBER;
import static cn.bangfu.ledger.logic.reports.CellKind.YUAN;

import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.store.ReportQueries.HouseholdPayment;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 低保、特困、临时救助及到户资金发放花名册: the month's 发放到户 postings, one line per household and entry, by village
 * and 户编号 — the household, who received the money (the member the roster named, else the head) with the ID
 * number, the 一卡通 account it went to, what was paid (the entry's 摘要: 临时救助, 产业奖补 …), the amount and the
 * fund. The full form is the bank's (every ID and account whole); the 公示 form is the same model through Masking:
 * IDs masked and no account column.
 */
public final class ReliefRosterForm extends BaseForm {

    public static final String ID = "relief-roster";

    public ReliefRosterForm(FormContext context) {
        super(ID, "低保、特困、临时救助及到户资金发放花名册", true, context);
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month();
        FundFacts facts = FundFacts.read(context, m);
        List<HouseholdPayment> lines = context.read(v -> v.reports().householdPayments(m.atDay(1), m.atEndOfMonth()));

        List<Header> headers = List.of(Column.of("no", "序号", COUNT, 5), Column.text("village", "村", 10),
                Column.of("household_no", "户编号", CODE, 20), Column.text("head", "户主", 8),
                Column.text("receiver", "领款人", 8), Column.of("id_number", "证件号码", ID_NUMBER, 20),
                Column.of("bank_account", "一卡通账号", BANK_ACCOUNT, 22), Column.text("kind", "发放类别", 16),
                Column.text("fund", "资金名称", 22), Column.summed("amount", "金额", YUAN, 11),
                Column.of("date", "发放日期", DATE, 11), Column.of("voucher", "凭证号", CODE, 10));
        List<Row> rows = new ArrayList<>();
        long total = 0;
        java.util.Set<String> households = new java.util.HashSet<>();
        for (HouseholdPayment p : lines) {
            if (request.village() != null && !request.village().equals(p.village())) {
                continue;
            }
            String kind = p.reversedMemo() == null ? p.memo() : "冲销：" + p.reversedMemo();
            rows.add(Row.data((long) rows.size() + 1, p.village(), p.householdNo(), p.headName(), p.receiver(),
                    p.receiverId(), p.bankAccount(), kind, facts.fund(p.fundId()), p.amountFen(), p.entryOn(),
                    p.voucherNo()));
            total += p.amountFen();
            households.add(p.householdNo());
        }
        rows.add(Row.totalAt(headers.size(), Map.of(1, "合计", 2,
                households.size() + "户，" + rows.size() + "笔", 9, total)));
        List<String> notes = List.of("说明：本月记账的发放到户，每户每张凭证一行；未指定领款人的列户主；冲销凭证以负数列示。"
                + "全本供银行发放；公示版身份证号部分遮挡，不列账号。");
        return List.of(new ReportModel(ID, context.title(title(), m), Months.text(m), "单位：户、元",
                List.of(new ReportTable("发放花名册", headers, rows)), notes, context.signature(), false, true));
    }
}
