package cn.bangfu.ledger.gui.households;

import static cn.bangfu.ledger.gui.FxWait.onScreen;
import static cn.bangfu.ledger.gui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import cn.bangfu.ledger.gui.Fonts;
import cn.bangfu.ledger.gui.FxWait;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.HouseholdFilter;
import cn.bangfu.ledger.model.HouseholdRow;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.OfficeSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The 农户台账 screen on a temporary ledger (headless), used as a clerk would. */
class HouseholdsViewFxTest extends FxRobot {

    static final String HEAD_ID = id("44152319700101001");
    static final String SON_ID = id("44152320000505003");

    @TempDir
    static Path warmupDir;

    @TempDir
    Path dir;

    LedgerServices services;

    static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    @BeforeEach
    void open() {
        services = LedgerServices.open(dir.resolve("l.db"));
        services.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
    }

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Fonts.load();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
        // one-time JavaFX warm-up (theme and font parsing, control skins), so that no single test pays for it
        try (LedgerServices empty = LedgerServices.open(warmupDir.resolve("w.db"))) {
            FxToolkit.setupStage(stage -> {
                stage.setScene(new Scene(new HouseholdsView(empty).root(), 1280, 800));
                stage.getScene().getStylesheets().add(stylesheet());
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            FxToolkit.cleanupStages();
        }
    }

    static String stylesheet() {
        return Objects.requireNonNull(HouseholdsView.class.getResource("/cn/bangfu/ledger/gui/bangfu.css"))
                .toExternalForm();
    }

    void show() throws TimeoutException {
        show(null);
    }

    /** @param dialogs the page's dialogs (null: its own, owned by the window) */
    void show(cn.bangfu.ledger.gui.common.DialogService dialogs) throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new HouseholdsView(services, dialogs).root(), 1280, 800));
            stage.getScene().getStylesheets().add(stylesheet());
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        services.close();
    }

    // ---- helpers

    String text(String query) {
        Node node = lookup(query).query();
        return node instanceof Label l ? l.getText() : ((TextField) node).getText();
    }

    boolean showing(String query) {
        return lookup(query).tryQuery().map(FxWait::onScreen).orElse(false);
    }

    /**
     * The node is its scene's focus owner. (Not {@code isFocused()}: that also needs the window to hold the
     * platform's focus, which the headless platform may hand to another window of the same JVM for a moment.)
     */
    boolean focused(String query) {
        return lookup(query).tryQuery().map(n -> n.getScene() != null && n.getScene().getFocusOwner() == n)
                .orElse(false);
    }

    /** A visible node of a type with exactly this text. */
    Node labeled(Class<? extends javafx.scene.control.Labeled> type, String text) {
        return lookup((Node n) -> type.isInstance(n) && text.equals(((javafx.scene.control.Labeled) n).getText())
                && onScreen(n)).query();
    }

    @SuppressWarnings("unchecked")
    <T> TableView<T> table(String query) {
        return (TableView<T>) lookup(query).queryAs(TableView.class);
    }

    /** Picks an entry of a drop-down by its text, with the mouse. */
    void pick(String combo, String entry) {
        click(combo);
        WaitForAsyncUtils.waitForFxEvents();
        click(labeled(javafx.scene.control.ListCell.class, entry));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A real robot click on the node, with the pointer put there at once rather than dragged across the screen
     * step by step (which costs TestFX about half a second per click).
     */
    FxRobot click(Node node) {
        // on a loaded machine the layout may still be settling: aim only once the node is on screen and enabled
        WaitForAsyncUtils.waitForFxEvents();
        try {
            waitUntil(() -> onScreen(node) && !node.isDisabled());
        } catch (TimeoutException e) {
            throw new AssertionError("not clickable: " + node, e);
        }
        robotContext().getBaseRobot().moveMouse(point(node).query());
        WaitForAsyncUtils.waitForFxEvents();
        return clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    FxRobot click(String query) {
        return click(lookup(query).query());
    }

    /** Types text into the focused control (waiting for the FX thread after each character). */
    @Override
    public FxRobot write(String text) {
        return write(text, 0);
    }

    /** Types one character. */
    void type(char c) {
        write(String.valueOf(c));
    }

    /** Replaces the text of a field by typing. */
    void retype(String query, String text) {
        click(query);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    long makeHousehold() {
        long village = services.households().addVillage("东坑村");
        long hh = services.households().createHousehold(
                new Household(null, "0001", village, null, "脱贫户", false, null, null, null),
                new Member(null, 0, "张三", "居民身份证", HEAD_ID, HEAD_ID, null, null, null, "汉族", "户主", "初中",
                        null, "健康", "普通劳动力", "县内务工", 6L, true, true, true, "未享受", "不享受", null, null,
                        null, null, null, null), null);
        services.households().addMember(new Member(null, hh, "张小明", "居民身份证", SON_ID, SON_ID, null, null, null,
                "汉族", "之子", "高中", null, "健康", "普通劳动力", "省外务工", 10L, true, true, true, "未享受", "不享受",
                null, null, null, null, null, null), null);
        return hh;
    }

    /** Finds the household by typing its number and opens it with Enter. */
    void openByKeyboard(String householdNo) throws TimeoutException {
        click("#hh-search").write(householdNo);
        waitUntil(() -> text("#hh-count").equals("共 1 户"));
        push(KeyCode.DOWN); // into the list
        push(KeyCode.ENTER);
        waitUntil(() -> showing("#hh-card-head"));
    }

    // ---- the tests

    @Test
    void searchingAsYouTypeNarrowsTheList() throws Exception {
        services.demo().generate(new DemoGenerator.Options(200, 1, LocalDate.of(2026, 11, 23)));
        HouseholdRow some = services.search().search(HouseholdFilter.all(services.households().today()))
                .rows().get(42);
        show();
        waitUntil(() -> text("#hh-count").equals("共 200 户"));
        assertThat(table("#hh-table").getItems()).hasSize(200);
        assertThat(showing("#hh-empty")).isFalse();

        click("#hh-search").write(some.householdNo());
        waitUntil(() -> text("#hh-count").equals("共 1 户"));
        TableView<HouseholdRow> t = table("#hh-table");
        assertThat(t.getItems()).extracting(HouseholdRow::id).containsExactly(some.id());

        // a column header click sorts in SQL, not in memory
        retype("#hh-search", "");
        waitUntil(() -> text("#hh-count").equals("共 200 户"));
        sortBy(t, "人数", TableColumn.SortType.ASCENDING);
        waitUntil(() -> isSortedByPersons(t, false));
        sortBy(t, "人数", TableColumn.SortType.DESCENDING);
        waitUntil(() -> isSortedByPersons(t, true));
    }

    /**
     * Sorts by a column as a click on its header does. (The JavaFX 26 Headless platform marks every mouse event
     * as a popup trigger, and the column header ignores popup-trigger clicks, so the click itself cannot be
     * simulated here; the table's sort policy — what this screen adds — runs all the same.)
     */
    void sortBy(TableView<?> t, String title, TableColumn.SortType type) {
        interact(() -> {
            TableColumn<?, ?> c = t.getColumns().stream().filter(x -> x.getText().equals(title)).findFirst()
                    .orElseThrow();
            c.setSortType(type);
            if (t.getSortOrder().size() != 1 || t.getSortOrder().getFirst() != c) {
                @SuppressWarnings("unchecked")
                var order = (javafx.collections.ObservableList<TableColumn<?, ?>>) (Object) t.getSortOrder();
                order.setAll(c);
            }
        });
    }

    private static boolean isSortedByPersons(TableView<HouseholdRow> t, boolean descending) {
        var items = t.getItems();
        if (items.size() != 200) {
            return false;
        }
        for (int i = 1; i < items.size(); i++) {
            long a = items.get(i - 1).persons();
            long b = items.get(i).persons();
            if (descending ? a < b : a > b) {
                return false;
            }
        }
        return items.getFirst().persons() != items.getLast().persons();
    }

    /** More households than one page: 下一页 / 上一页 page through them in SQL, and the count says which are shown. */
    @Test
    void pagesThroughMoreHouseholdsThanOnePage() throws Exception {
        services.demo().generate(new DemoGenerator.Options(600, 1, LocalDate.of(2026, 11, 23)));
        var all = services.search().search(HouseholdFilter.all(services.households().today())).rows();
        show();
        waitUntil(() -> text("#hh-count").equals("第 1–500 户，共 600 户"));
        TableView<HouseholdRow> t = table("#hh-table");
        assertThat(t.getItems()).hasSize(500);
        assertThat(lookup("#hh-page-prev").queryButton().isDisabled()).isTrue();

        click("#hh-page-next");
        waitUntil(() -> text("#hh-count").equals("第 501–600 户，共 600 户"));
        assertThat(t.getItems()).extracting(HouseholdRow::id)
                .containsExactlyElementsOf(all.subList(500, 600).stream().map(HouseholdRow::id).toList());
        assertThat(lookup("#hh-page-next").queryButton().isDisabled()).isTrue();

        click("#hh-page-prev");
        waitUntil(() -> text("#hh-count").equals("第 1–500 户，共 600 户"));
        assertThat(t.getItems().getFirst().id()).isEqualTo(all.getFirst().id());

        // a new search starts again at its first page
        click("#hh-page-next");
        waitUntil(() -> text("#hh-count").startsWith("第 501–"));
        click("#hh-search").write(all.get(42).householdNo());
        waitUntil(() -> text("#hh-count").equals("共 1 户"));
        assertThat(showing("#hh-page-next")).isFalse();
    }

    /** A single click (or an arrow key) on another row shows that household in the open card. */
    @Test
    void theOpenCardFollowsTheSelectedRow() throws Exception {
        long first = makeHousehold();
        long village = services.households().villages().getFirst().id();
        String id2 = id("44152319800202002");
        long second = services.households().createHousehold(
                new Household(null, "0002", village, null, "脱贫户", false, null, null, null),
                new Member(null, 0, "李四", "居民身份证", id2, id2, null, null, null, "汉族", "户主", "初中",
                        null, "健康", "普通劳动力", "县内务工", 6L, true, true, true, "未享受", "不享受", null, null,
                        null, null, null, null), null);
        show();
        waitUntil(() -> text("#hh-count").equals("共 2 户"));
        TableView<HouseholdRow> t = table("#hh-table");
        assertThat(t.getItems()).extracting(HouseholdRow::id).containsExactly(first, second);

        doubleClickOn(row(t, first));
        waitUntil(() -> showing("#hh-card-head") && text("#hh-card-head").contains("张三"));

        click(row(t, second)); // one click
        waitUntil(() -> text("#hh-card-head").contains("李四"));

        push(KeyCode.UP); // the arrow key moves the selection, and the card with it
        waitUntil(() -> text("#hh-card-head").contains("张三"));
        assertThat(t.getSelectionModel().getSelectedItem().id()).isEqualTo(first);
    }

    /** The row's first cell (户编号): a row is as wide as all its columns, wider than the list beside a card. */
    Node row(TableView<HouseholdRow> t, long householdId) {
        javafx.scene.control.TableRow<?> row = lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream()
                .filter(r -> r.getTableView() == t && r.getItem() instanceof HouseholdRow h && h.id() == householdId)
                .findFirst().orElseThrow();
        return row.lookup(".table-cell");
    }

    /** What the 匹配成员 column shows for the first row; null while there is no such column or no row. */
    static String matchShown(TableView<HouseholdRow> t) {
        return t.getItems().isEmpty() ? null : t.getColumns().stream().filter(c -> "匹配成员".equals(c.getText()))
                .findFirst().map(c -> String.valueOf(c.getCellObservableValue(0).getValue())).orElse(null);
    }

    /** A household found through another member's name shows which member matched, and how related. */
    @Test
    void aMatchThroughAnotherMemberNamesTheMember() throws Exception {
        makeHousehold(); // 张三, his son 张小明
        show();
        waitUntil(() -> text("#hh-count").equals("共 1 户"));
        TableView<HouseholdRow> t = table("#hh-table");

        click("#hh-search").write("zxm");
        waitUntil(() -> "张小明（之子）".equals(matchShown(t)));
        TableColumn<HouseholdRow, ?> match = t.getColumns().stream().filter(c -> "匹配成员".equals(c.getText()))
                .findFirst().orElseThrow();
        assertThat(match.isVisible()).isTrue();
        assertThat(t.getColumns().indexOf(match)).as("beside 户主").isEqualTo(3);

        retype("#hh-search", "张三"); // the head himself: nothing to add
        waitUntil(() -> "".equals(matchShown(t)));

        retype("#hh-search", ""); // no search: no such column
        waitUntil(() -> !match.isVisible());
    }

    @Test
    void createsAHouseholdThenAddsAMemberWhoseIdMustBeFixed() throws Exception {
        services.households().addVillage("东坑村");
        show();
        waitUntil(() -> showing("#hh-empty"));
        assertThat(lookup("#hh-empty .empty-body").queryAs(Label.class).getText())
                .isEqualTo("还没有农户 — 点「新建农户」，或在左侧「导入花名册」导入县里的花名册");

        // 新建农户 from the keyboard: the cursor starts in 户编号 and Tab walks the form in reading order
        click("#hh-new");
        waitUntil(() -> focused("#nh-no"));
        assertThat(lookup("#nh-save").queryButton().isDisabled()).isTrue();
        write("0001");
        push(KeyCode.TAB);
        assertThat(focused("#nh-village")).isTrue();
        push(KeyCode.DOWN); // the first village
        assertThat(lookup("#nh-village").queryAs(ComboBox.class).getValue()).hasToString("东坑村");
        click("#mf-name").write("张三");
        push(KeyCode.TAB); // the relation is fixed to 户主: skipped
        assertThat(focused("#mf-id-type")).isTrue();
        push(KeyCode.TAB);
        write(HEAD_ID);
        waitUntil(() -> !lookup("#nh-save").queryButton().isDisabled());
        assertThat(lookup("#mf-gender").queryAs(ComboBox.class).getValue()).hasToString("男");
        assertThat(text("#mf-birth")).isEqualTo("1970-01-01");
        push(KeyCode.ENTER); // Enter saves
        waitUntil(() -> showing("#hh-card-head"));
        assertThat(text("#hh-card-head")).isEqualTo("张三");
        assertThat(text("#hh-card-meta")).contains("户编号 0001", "东坑村", "1 人");
        waitUntil(() -> text("#hh-count").equals("共 1 户"));
        assertThat(showing("#hh-empty")).isFalse();

        // 新增成员: a son whose ID has a wrong check character
        click("#hh-add-member");
        waitUntil(() -> focused("#mf-name"));
        write("张小明");
        push(KeyCode.TAB);
        push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN); // （未填） → 户主 → 配偶 → 之子
        assertThat(lookup("#mf-relation").queryAs(ComboBox.class).getValue()).hasToString("之子");
        push(KeyCode.TAB).push(KeyCode.TAB);
        assertThat(focused("#mf-id-number")).isTrue();
        String bad = SON_ID.substring(0, 17) + (SON_ID.charAt(17) == '1' ? '2' : '1');
        write(bad);
        waitUntil(() -> showing("#mf-error-idNumber"));
        assertThat(text("#mf-error-idNumber")).contains("校验位");
        assertThat(lookup("#mf-error-idNumber").queryAs(Label.class).getStyleClass()).contains("field-error");
        Button save = lookup("#mf-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        push(KeyCode.ENTER); // refused: nothing happens
        assertThat(showing("#mf-name")).isTrue();

        push(KeyCode.BACK_SPACE); // the clerk corrects the last character
        type(SON_ID.charAt(17));
        waitUntil(() -> !save.isDisabled());
        assertThat(showing("#mf-error-idNumber")).isFalse();
        assertThat(save.getText()).isEqualTo("保存");
        assertThat(lookup("#mf-gender").queryAs(ComboBox.class).getValue()).hasToString("男");
        push(KeyCode.ENTER);
        waitUntil(() -> showing("#hh-members"));
        TableView<HouseholdCardViewModel.MemberRow> members = table("#hh-members");
        assertThat(members.getItems()).extracting(HouseholdCardViewModel.MemberRow::name)
                .containsExactly("张三", "张小明");
        assertThat(text("#hh-card-meta")).contains("2 人");
    }

    @Test
    void aWarningAsksForAReasonBeforeSaving() throws Exception {
        makeHousehold();
        show();
        openByKeyboard("0001");
        click("#hh-add-member");
        waitUntil(() -> showing("#mf-name"));
        click("#mf-name").write("张小红");
        pick("#mf-relation", "之女");
        click("#mf-id-number").write(id("44152320030303002"));
        click("#mf-phone").write("12345");
        waitUntil(() -> showing("#mf-error-phone"));
        assertThat(lookup("#mf-error-phone").queryAs(Label.class).getStyleClass()).contains("field-warning");
        Button save = lookup("#mf-save").queryButton();
        assertThat(save.isDisabled()).isFalse();
        assertThat(save.getText()).isEqualTo("仍然保存（填写原因）");
        assertThat(showing("#mf-reason")).isTrue();
        click("#mf-save");
        assertThat(text("#mf-message")).contains("原因");
        assertThat(services.households().card(services.search().search(
                HouseholdFilter.all(services.households().today())).rows().getFirst().id()).members()).hasSize(2);
        click("#mf-reason").write("村里的座机");
        click("#mf-save");
        waitUntil(() -> showing("#hh-members"));
        assertThat(table("#hh-members").getItems()).hasSize(3);
    }

    @Test
    void marksAMemberAsLeft() throws Exception {
        makeHousehold();
        show();
        openByKeyboard("0001");
        TableView<HouseholdCardViewModel.MemberRow> members = table("#hh-members");
        assertThat(lookup("#hh-mark-left").queryButton().isDisabled()).isTrue();
        click(labeled(javafx.scene.control.TableCell.class, "张小明"));
        click("#hh-mark-left");
        waitUntil(() -> showing("#hh-left-date"));
        click("#hh-left-save"); // no reason chosen yet
        waitUntil(() -> showing("#hh-left-message"));
        assertThat(text("#hh-left-message")).contains("原因");
        pick("#hh-left-reason", "迁出");
        click("#hh-left-note").write("到县城工作");
        click("#hh-left-save");
        String today = services.households().today().toString();
        waitUntil(() -> !showing("#hh-left-date"));
        assertThat(members.getItems()).extracting(HouseholdCardViewModel.MemberRow::name)
                .containsExactly("张三", "张小明（已迁出 " + today + "）");
        assertThat(members.getItems().getLast().left()).isTrue();
        assertThat(text("#hh-card-meta")).contains("1 人");
        assertThat(services.households().card(members.getItems().getFirst().member().householdId()).currentMembers())
                .extracting(Member::name).containsExactly("张三");
    }

    @Test
    void theHistoryTabShowsWhoChangedWhat() throws Exception {
        makeHousehold();
        show();
        openByKeyboard("0001");
        click("#tab-history");
        waitUntil(() -> showing("#hh-history"));
        TableView<AuditText.Line> history = table("#hh-history");
        assertThat(history.getItems()).isNotEmpty();
        assertThat(history.getItems()).extracting(AuditText.Line::operator).containsOnly("李会计");
        assertThat(history.getItems()).extracting(AuditText.Line::what)
                .containsExactly("新增成员 张小明", "新增成员 张三", "新增农户");
        assertThat(history.getItems().getFirst().changes()).contains("姓名：张小明", "与户主关系：之子");
        // the operator is on screen, not only in the model
        assertThat(labeled(javafx.scene.control.TableCell.class, "李会计")).isNotNull();

        // a household paid nothing says how money gets there
        click("#tab-payments");
        assertThat(labeled(Label.class, "还没有发放到这一户的资金 — 在「帮扶资金」做「发放到户」后，这里列出每一笔")).isNotNull();
        assertThat(text("#hh-payments-total")).isEmpty();
        click("#tab-episodes");
        assertThat(lookup("#hh-open-episode").queryButton().isDisabled()).isFalse();
        assertThat(lookup("#hh-eliminate").queryButton().isDisabled()).isTrue();
        assertThat(lookup("#hh-remark").queryButton().isDisabled()).isTrue();
    }

    @Test
    void thePaymentsTabListsWhatTheHouseholdWasPaidNewestFirstWithTheTotal() throws Exception {
        long hh = makeHousehold();
        long son = services.households().card(hh).members().stream().filter(m -> "张小明".equals(m.name()))
                .findFirst().orElseThrow().id();
        long fund = services.funds().addFund(new cn.bangfu.ledger.model.Fund(null, "东西部协作资金", "东西部协作资金",
                "其他", 2026, "示财〔2026〕3号", null));
        java.time.LocalDate today = services.monitoring().today();
        services.journal().receive(fund, today, 100_000_00L, null, "资金到位");
        services.journal().payHouseholds(fund, null, today, "记-户-1", "产业奖补发放到户", List.of(
                new cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine(hh, son, "6217000012345678", 12_345_67L)));
        services.journal().payHouseholds(fund, null, today, "记-户-2", "临时救助", List.of(
                new cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine(hh, null, null, 1_000_00L)));
        show();
        openByKeyboard("0001");
        click("#tab-payments");
        waitUntil(() -> showing("#hh-payments") && table("#hh-payments").getItems().size() == 2);
        TableView<HouseholdCardViewModel.PaymentRow> payments = table("#hh-payments");
        HouseholdCardViewModel.PaymentRow newest = payments.getItems().getFirst();
        assertThat(newest.voucher()).isEqualTo("记-户-2");
        assertThat(newest.member()).isEqualTo("全户");
        HouseholdCardViewModel.PaymentRow row = payments.getItems().get(1);
        assertThat(row.date()).isEqualTo(cn.bangfu.ledger.gui.common.Formats.date(today));
        assertThat(row.kind()).isEqualTo("发放到户");
        assertThat(row.voucher()).isEqualTo("记-户-1");
        assertThat(row.fund()).isEqualTo("东西部协作资金");
        assertThat(row.project()).isEmpty();
        assertThat(row.member()).isEqualTo("张小明");
        assertThat(row.amount()).isEqualTo("12,345.67");
        assertThat(row.account()).isEqualTo("****5678");
        assertThat(text("#hh-payments-total")).isEqualTo("合计 2 笔，13,345.67 元");
        // on screen: the amount right-aligned, the account masked, never the full number
        javafx.scene.control.TableCell<?, ?> amount = (javafx.scene.control.TableCell<?, ?>) labeled(
                javafx.scene.control.TableCell.class, "12,345.67");
        assertThat(amount.getAlignment()).isEqualTo(javafx.geometry.Pos.CENTER_RIGHT);
        assertThat(labeled(javafx.scene.control.TableCell.class, "****5678")).isNotNull();
        assertThat(lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("6217000012345678")).tryQuery()).isEmpty();
    }

    @Test
    void printsTheHouseholdsFileAsAPdfAndOpensIt() throws Exception {
        makeHousehold();
        cn.bangfu.ledger.gui.common.ScriptedDialogs dialogs = new cn.bangfu.ledger.gui.common.ScriptedDialogs();
        show(dialogs);
        openByKeyboard("0001");
        click("#hh-print-card");
        waitUntil(() -> !dialogs.opened.isEmpty());
        Path pdf = dialogs.opened.getFirst();
        assertThat(pdf.getFileName()).hasToString("一户一档 张三 0001.pdf");
        assertThat(pdf.getParent()).isEqualTo(cn.bangfu.ledger.gui.reports.ReportsViewModel.scratchFolder());
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(pdf.toFile()))) {
            String first = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(1))
                    .replaceAll("\\s+", "");
            assertThat(first).contains("一户一档（张三0001）", "家庭成员", "张小明", "第1页共");
        }
        assertThat(text("#hh-card-message")).isEmpty();
    }

    @Test
    void editsTheHouseholdsOwnFieldsInPlace() throws Exception {
        long hh = makeHousehold();
        show();
        openByKeyboard("0001");
        assertThat(showing("#hh-card-no-labour")).isFalse();

        click("#hh-edit-household");
        waitUntil(() -> focused("#hf-number"));
        assertThat(showing(".hh-tabs")).isFalse();
        assertThat(lookup("#hh-edit-household").queryButton().isDisabled()).isTrue();
        assertThat(text("#hf-number")).isEqualTo("0001");
        assertThat(lookup("#hf-village").queryAs(ComboBox.class).getValue()).hasToString("东坑村");
        assertThat(lookup("#hf-type").queryAs(ComboBox.class).getValue()).hasToString("脱贫户");
        assertThat(lookup("#hf-no-labour").queryAs(CheckBox.class).isSelected()).isFalse();
        Button save = lookup("#hf-save").queryButton();
        assertThat(save.isDisabled()).isTrue(); // nothing changed yet

        // Esc cancels: the tabs come back, nothing saved
        click("#hf-no-labour");
        waitUntil(() -> !save.isDisabled());
        push(KeyCode.ESCAPE);
        waitUntil(() -> showing("#hh-members"));
        assertThat(services.households().card(hh).household().noLabourCapacity()).isFalse();

        click("#hh-edit-household");
        waitUntil(() -> showing("#hf-no-labour"));
        Button again = lookup("#hf-save").queryButton();
        click("#hf-no-labour");
        waitUntil(() -> !again.isDisabled());
        assertThat(again.getText()).isEqualTo("保存");
        click("#hf-save");
        waitUntil(() -> showing("#hh-members"));
        assertThat(showing("#hf-number")).isFalse();
        waitUntil(() -> showing("#hh-card-no-labour"));
        assertThat(text("#hh-card-no-labour")).isEqualTo("整户无劳动能力");
        assertThat(services.households().card(hh).household().noLabourCapacity()).isTrue();
        click("#tab-history");
        waitUntil(() -> showing("#hh-history"));
        TableView<AuditText.Line> history = table("#hh-history");
        AuditText.Line newest = history.getItems().getFirst();
        assertThat(newest.what()).isEqualTo("修改农户");
        assertThat(newest.changes()).isEqualTo("整户无劳动能力：否 → 是");
    }
}
