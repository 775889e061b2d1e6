package cn.bangfu.ledger.logic.funds;

import cn.bangfu.ledger.logic.funds.PaymentRoster.Line;
import cn.bangfu.ledger.logic.funds.PaymentRoster.Status;
import cn.bangfu.ledger.logic.rosters.read.RosterFiles;
import cn.bangfu.ledger.logic.rosters.read.RosterSource;
import cn.bangfu.ledger.logic.rosters.read.RowSink;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import cn.bangfu.ledger.store.PaymentQueries.PayableMeasure;
import cn.bangfu.ledger.store.PaymentQueries.Payee;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Builds 发放到户 rosters: read from a payment list as counties and banks send them (Excel, old .xls, CSV, a web
 * page saved as .xls — opened by content through the roster reader), or made from the measures of a month. Every
 * line is matched to a current member by ID number (its name must agree) or, on a list without ID numbers, by a
 * name that only one current member bears; nothing else is guessed. Reading writes nothing.
 */
public final class PaymentRosters {

    /** How many rows from the top are searched for the list's header. */
    static final int HEADER_ROWS = 30;

    /** A payment list's columns and the names lists give them (compared without spaces, brackets or units). */
    enum Column {
        NAME("姓名", "户主姓名", "领款人", "领款人姓名", "领取人", "领取人姓名", "收款人", "收款人姓名", "持卡人", "持卡人姓名",
                "户名", "账户名", "账户名称", "户主", "救助对象", "救助对象姓名", "发放对象", "对象姓名", "成员姓名"),
        ID("身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证", "证件号", "身份证件号码", "领款人身份证号",
                "收款人身份证号", "持卡人身份证号"),
        AMOUNT("金额", "发放金额", "补助金额", "补贴金额", "救助金额", "奖补金额", "实发金额", "发放标准", "补助标准",
                "合计金额", "资金金额", "拨付金额", "应发金额", "工资", "补贴"),
        ACCOUNT("一卡通账号", "惠民惠农一卡通", "惠民惠农一卡通账号", "一卡通", "一卡通卡号", "银行账号", "银行卡号", "账号",
                "卡号", "社保卡号", "社保卡账号", "存折账号", "收款账号", "收款人账号", "代发账号"),
        VILLAGE("村", "行政村", "村名", "所在村", "村委会", "村(居)", "村（居）委会", "村居");

        private final List<String> names;

        Column(String... names) {
            this.names = java.util.Arrays.stream(names).map(PaymentRosters::headerKey).toList();
        }
    }

    private final Ledger ledger;
    private final Clock clock;

    public PaymentRosters(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    // -- from a file

    /**
     * Reads a payment list and matches its lines. Every sheet with a header naming at least a name column and an
     * amount column is read (lists often keep a sheet per village); 合计 rows and blank rows are skipped.
     *
     * @param cancelled asked between rows; a cancelled read throws
     * @throws LedgerException when the file cannot be read or no sheet has such a header
     */
    public PaymentRoster read(Path file, BooleanSupplier cancelled) {
        List<Raw> raws = new ArrayList<>();
        List<String> seenSheets = new ArrayList<>();
        try (RosterSource source = RosterFiles.open(file)) {
            source.read(null, new RowSink() {
                private String sheet;
                private Map<Column, Integer> columns;
                private final List<SheetRow> top = new ArrayList<>();

                @Override
                public void sheet(String name) {
                    sheet = name;
                    columns = null;
                    top.clear();
                    seenSheets.add(name);
                }

                @Override
                public boolean row(SheetRow row) {
                    if (cancelled.getAsBoolean()) {
                        throw new LedgerException("已取消读取发放名单，什么也没有改。");
                    }
                    if (columns == null) {
                        Map<Column, Integer> found = header(row);
                        if (found != null) {
                            columns = found;
                            return true;
                        }
                        top.add(row);
                        return top.size() < HEADER_ROWS; // no header in the top rows: not a list, skip the sheet
                    }
                    Raw raw = raw(sheet, row, columns);
                    if (raw != null) {
                        raws.add(raw);
                    }
                    return true;
                }
            });
        } catch (cn.bangfu.ledger.logic.rosters.read.RosterFileException e) {
            throw new LedgerException(e.getMessage(), e);
        }
        if (raws.isEmpty()) {
            throw new LedgerException("“" + file.getFileName() + "”里没有找到发放名单：要有一行表头写明“姓名”和“金额”"
                    + "（也认“身份证号”“一卡通账号”“村”），其下每行一人。请核对文件，或另存为 Excel 后再试。");
        }
        return ledger.read(v -> match(file.getFileName().toString(), raws, v));
    }

    /** A line as read, before matching. */
    private record Raw(int row, String sheet, String name, String idText, boolean idNumeric, String account,
            boolean accountNumeric, String amountText, String village) {
    }

    /** The header's columns when this row names a name column and an amount column; null otherwise. */
    private static Map<Column, Integer> header(SheetRow row) {
        Map<Column, Integer> found = new LinkedHashMap<>();
        for (int c = 0; c < row.cells().length; c++) {
            String key = headerKey(row.cell(c));
            if (key.isEmpty()) {
                continue;
            }
            String unit = unitOf(row.cell(c));
            for (Column col : Column.values()) {
                if (col == Column.AMOUNT && "大写".equals(unit)) {
                    break; // 壹仟元整 is for the eye: the amount is the 小写 column
                }
                if (col == Column.AMOUNT && "万元".equals(unit) && col.names.contains(key)) {
                    throw new LedgerException("发放名单的金额列是以万元为单位的（“" + row.cell(c).strip() + "”）："
                            + "到户发放按元记账，请把金额换成元（或另加一列以元为单位的金额）后再读入。什么也没有改。");
                }
                if (!found.containsKey(col) && col.names.contains(key)) {
                    found.put(col, c);
                    break;
                }
            }
        }
        return found.containsKey(Column.NAME) && found.containsKey(Column.AMOUNT) ? found : null;
    }

    private static Raw raw(String sheet, SheetRow row, Map<Column, Integer> columns) {
        String name = text(row, columns.get(Column.NAME));
        String amount = text(row, columns.get(Column.AMOUNT));
        String id = text(row, columns.get(Column.ID));
        String account = text(row, columns.get(Column.ACCOUNT));
        String village = text(row, columns.get(Column.VILLAGE));
        if (name.isEmpty() && id.isEmpty() && account.isEmpty() && amount.isEmpty()) {
            return null; // a spacer row
        }
        String compact = name.replaceAll("\\s", "");
        if (compact.startsWith("合计") || compact.startsWith("总计") || compact.startsWith("小计")
                || compact.startsWith("制表") || compact.startsWith("审核") || compact.startsWith("负责人")
                || (name.isEmpty() && id.isEmpty())) {
            return null; // a total row, a signature line, or a note under the list
        }
        Integer idCol = columns.get(Column.ID);
        Integer accountCol = columns.get(Column.ACCOUNT);
        return new Raw(row.rowNumber(), sheet, name.strip(), id, idCol != null && row.isNumeric(idCol), account,
                accountCol != null && row.isNumeric(accountCol), amount, village);
    }

    private static String text(SheetRow row, Integer column) {
        if (column == null) {
            return "";
        }
        String s = row.cell(column);
        return s == null ? "" : s.strip();
    }

    private PaymentRoster match(String source, List<Raw> raws, LedgerView v) {
        Matcher m = new Matcher(v.payments().payees());
        List<Line> lines = new ArrayList<>(raws.size());
        Map<Long, Integer> seen = new HashMap<>();
        boolean sheets = raws.stream().map(Raw::sheet).distinct().count() > 1;
        for (Raw r : raws) {
            int row = r.row();
            String where = sheets && !r.sheet().isEmpty() ? r.sheet() + " " : "";
            Long fen = null;
            String amountProblem = null;
            try {
                fen = Fen.parseYuan(r.amountText()).value();
                if (fen <= 0) {
                    amountProblem = "金额要大于 0（" + r.amountText() + "）";
                } else if (fen > JournalService.MAX_AMOUNT_FEN) {
                    amountProblem = "金额过大（" + r.amountText() + "），请核对";
                }
            } catch (IllegalArgumentException e) {
                amountProblem = e.getMessage();
            }
            String account = cleanAccount(r.account());
            String accountProblem = null;
            if (IdNumber.isScientific(r.account()) || r.accountNumeric() && account != null && account.length() > 15) {
                accountProblem = "一卡通账号被 Excel 存成了数字（" + r.account() + "），后几位已经丢失：请把该列设为文本后重新填写";
            }
            Match found = m.find(r.name(), r.idText(), r.idNumeric());
            Line line;
            if (found.payee() == null) {
                line = new Line(row, r.name(), r.idText(), account, fen, null, null, "", r.village(), "",
                        found.status(), where + found.note());
            } else {
                Payee p = found.payee();
                String problem = amountProblem != null ? amountProblem : accountProblem;
                Integer earlier = seen.putIfAbsent(p.memberId(), row);
                if (problem == null && earlier != null) {
                    problem = "与第 " + earlier + " 行是同一人，名单重复";
                }
                String note = problem != null ? where + problem : found.note();
                if (problem == null && !r.village().isEmpty() && !sameVillage(r.village(), p.village())) {
                    note = "名单写的村是“" + r.village() + "”，台账里在" + p.village();
                }
                line = new Line(row, r.name(), r.idText(), account, fen, p.memberId(), p.householdId(), p.householdNo(),
                        p.village(), p.headName() == null ? "" : p.headName(),
                        problem != null ? Status.INVALID : Status.PAYABLE, note);
            }
            lines.add(line);
        }
        return new PaymentRoster(source, lines);
    }

    private static boolean sameVillage(String listed, String ledger) {
        String a = listed.replaceAll("\\s|村民委员会|村委会|居委会|村$", "");
        String b = ledger.replaceAll("\\s|村民委员会|村委会|居委会|村$", "");
        return a.isEmpty() || a.equals(b) || b.contains(a) || a.contains(b);
    }

    private static String cleanAccount(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = IdNumber.normalise(raw).replaceAll("[-－]", "");
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** What the matcher found for a line: the member, or why none. */
    private record Match(Payee payee, Status status, String note) {
    }

    /** Current members by ID number and by name. */
    private static final class Matcher {
        private final Map<String, Payee> byId = new HashMap<>();
        private final Map<String, List<Payee>> byName = new HashMap<>();

        Matcher(List<Payee> payees) {
            for (Payee p : payees) {
                if (p.idNumber() != null) {
                    byId.put(p.idNumber(), p);
                }
                byName.computeIfAbsent(nameKey(p.name()), k -> new ArrayList<>()).add(p);
            }
        }

        Match find(String name, String idText, boolean idNumeric) {
            if (name.isEmpty()) {
                return new Match(null, Status.INVALID, "没有姓名");
            }
            if (!idText.isEmpty()) {
                if (IdNumber.isScientific(idText) || idNumeric && idText.replaceAll("\\.0+$", "").matches("\\d{16,}0{3}")) {
                    return new Match(null, Status.INVALID, "身份证号被 Excel 存成了数字（" + idText
                            + "），后几位已经丢失：请把该列设为文本后重新填写");
                }
                IdCheck check = IdNumber.check(idText);
                if (check instanceof IdCheck.Invalid bad) {
                    return new Match(null, Status.INVALID, "身份证号有误：" + bad.message());
                }
                String id = ((IdCheck.Valid) check).id().value();
                Payee p = byId.get(id);
                if (p == null) {
                    return new Match(null, Status.UNMATCHED, "台账里没有身份证号为 " + id + " 的在册成员");
                }
                if (!nameKey(p.name()).equals(nameKey(name))) {
                    return new Match(null, Status.INVALID, "身份证号 " + id + " 在台账里是“" + p.name() + "”（户编号 "
                            + p.householdNo() + "），名单写的是“" + name + "”：请核对");
                }
                return new Match(p, Status.PAYABLE, "");
            }
            List<Payee> same = byName.getOrDefault(nameKey(name), List.of());
            if (same.isEmpty()) {
                return new Match(null, Status.UNMATCHED, "台账里没有叫“" + name + "”的在册成员（名单没有身份证号）");
            }
            if (same.size() > 1) {
                StringBuilder who = new StringBuilder();
                for (int i = 0; i < Math.min(3, same.size()); i++) {
                    who.append(i == 0 ? "" : "、").append(same.get(i).village()).append(" 户编号 ")
                            .append(same.get(i).householdNo());
                }
                return new Match(null, Status.AMBIGUOUS, "台账里有 " + same.size() + " 人叫“" + name + "”（" + who
                        + (same.size() > 3 ? " 等" : "") + "），名单没有身份证号，分不清是谁：请在名单里补上身份证号");
            }
            return new Match(same.get(0), Status.PAYABLE, "按姓名匹配（名单没有身份证号）");
        }

        private static String nameKey(String name) {
            return name == null ? "" : name.replaceAll("[\\s\u00A0\u3000·•.]", "");
        }
    }

    // -- from the measures

    /** How a roster built from measures pays: each month while a measure runs, or once in the month it starts. */
    public enum Basis {
        /** 按月发放: every measure running in the month, at its amount (a monthly subsidy, e.g. 公益性岗位). */
        MONTHLY,
        /** 本月新批: every measure that started in the month, once (e.g. 临时救助 approved this month). */
        STARTED
    }

    /**
     * A roster of the measures of a family for a month: each measure with an amount that runs in the month
     * ({@link Basis#MONTHLY}) or started in it ({@link Basis#STARTED}), whose detail contains {@code detail} (when
     * given), and that names this fund or no fund. The receiving member is the measure's member, else the household's
     * head; the account is the one the member last received money on. A household the fund already paid in the month
     * is flagged, not left out.
     */
    public PaymentRoster fromMeasures(String family, String detail, YearMonth month, Basis basis, long fundId) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        String source = family + (detail == null || detail.isBlank() ? "" : "（" + detail.strip() + "）") + " "
                + Months.text(month) + (basis == Basis.MONTHLY ? " 按月发放" : " 本月新批");
        return ledger.read(v -> {
            List<PayableMeasure> measures = v.payments().measures(family, from, to);
            Map<Long, Payee> byMember = new HashMap<>();
            Map<Long, Payee> heads = new HashMap<>();
            for (Payee p : v.payments().payees()) {
                byMember.put(p.memberId(), p);
                if (p.head()) {
                    heads.putIfAbsent(p.householdId(), p);
                }
            }
            Map<Long, String> accounts = v.payments().lastBankAccounts();
            Map<Long, Long> paid = v.payments().paidToHouseholds(fundId, from, to);
            List<Line> lines = new ArrayList<>();
            Map<Long, Integer> seenMembers = new HashMap<>();
            int n = 0;
            for (PayableMeasure pm : measures) {
                if (basis == Basis.STARTED && pm.startOn().isBefore(from)) {
                    continue;
                }
                if (detail != null && !detail.isBlank()
                        && (pm.detail() == null || !pm.detail().contains(detail.strip()))) {
                    continue;
                }
                if (pm.fundId() != null && pm.fundId() != fundId) {
                    continue; // paid from another fund
                }
                n++;
                Payee p = pm.memberId() != null ? byMember.get(pm.memberId()) : heads.get(pm.householdId());
                if (p == null) {
                    lines.add(new Line(n, "", "", null, pm.amountFen(), null, pm.householdId(), "", "", "",
                            Status.UNMATCHED, pm.memberId() != null ? "措施的成员已不在册" : "该户没有在册的户主"));
                    continue;
                }
                Integer twice = seenMembers.putIfAbsent(p.memberId(), n);
                if (twice != null) { // two measures of the family in the month (a renewal): paid once, not guessed
                    lines.add(new Line(n, p.name(), p.idNumber() == null ? "" : p.idNumber(), accounts.get(p.memberId()),
                            pm.amountFen(), p.memberId(), p.householdId(), p.householdNo(), p.village(),
                            p.headName() == null ? "" : p.headName(), Status.INVALID,
                            "与第 " + twice + " 行是同一人：本月有两条" + family + "措施，请核对后只发一次"));
                    continue;
                }
                Long already = paid.get(p.householdId());
                String note = already == null ? "" : "本月已从该资金发放 " + new Fen(already).toYuanString() + " 元：请核对是否重复";
                lines.add(new Line(n, p.name(), p.idNumber() == null ? "" : p.idNumber(), accounts.get(p.memberId()),
                        pm.amountFen(), p.memberId(), p.householdId(), p.householdNo(), p.village(),
                        p.headName() == null ? "" : p.headName(), Status.PAYABLE, note));
            }
            return new PaymentRoster(source, lines);
        });
    }

    /** The month of a date in the clerk's zone (the default month of a roster). */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The unit a header names in brackets at its end (元, 万元, 大写 …), or "". */
    static String unitOf(String header) {
        if (header == null) {
            return "";
        }
        String s = IdNumber.normalise(header).replace('（', '(').replace('）', ')').strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^()]+)\\)$").matcher(s);
        return m.find() ? m.group(1).strip() : "";
    }

    static String headerKey(String header) {
        if (header == null) {
            return "";
        }
        String s = IdNumber.normalise(header);
        s = s.replaceAll("[*※★:：]", "").replace('（', '(').replace('）', ')');
        s = s.replaceAll("\\((元|人民币元|万元|大写|小写)\\)$", "").replaceAll("（元）$", "");
        return s.toLowerCase(Locale.ROOT);
    }
}
