package cn.bangfu.ledger.gui.households;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.OfficeSettings;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The household screens' ledger work goes through their runner, never the calling (FX) thread: the card's read,
 * the member form's check as the clerk types, and the village prompt through the dialog service.
 */
class HouseholdCardBackgroundTest {

    static final String HEAD_ID = id("44152319700101001");
    static final String OTHER_ID = id("44152319800202002");

    @TempDir
    Path dir;

    LedgerServices s;
    long first;
    long second;
    /** The runner's work waits here until the test runs it (results are applied at once). */
    final Deque<Runnable> worker = new ArrayDeque<>();
    final Background stepped = Background.on(worker::add, Runnable::run);
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    @BeforeEach
    void open() {
        s = LedgerServices.open(dir.resolve("l.db"));
        s.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
        long village = s.households().addVillage("东坑村");
        first = household(village, "0001", "张三", HEAD_ID);
        second = household(village, "0002", "李四", OTHER_ID);
    }

    long household(long village, String no, String head, String idNumber) {
        return s.households().createHousehold(new Household(null, no, village, null, "脱贫户", false, null, null, null),
                new Member(null, 0, head, "居民身份证", idNumber, idNumber, null, null, null, "汉族", "户主", "初中", null,
                        "健康", "普通劳动力", "县内务工", 6L, true, true, true, "未享受", "不享受", null, null, null, null,
                        null, null), null);
    }

    @AfterEach
    void close() {
        s.close();
    }

    void runWork() {
        while (!worker.isEmpty()) {
            worker.removeFirst().run();
        }
    }

    @Test
    void theCardIsReadOffTheCallingThreadAndTheNewerHouseholdWins() {
        HouseholdCardViewModel card = new HouseholdCardViewModel(s, stepped, dialogs);
        card.load(first);
        assertThat(card.loadingProperty().get()).isTrue();
        assertThat(card.busyTextProperty().get()).isEqualTo("正在读取这一户…");
        assertThat(card.headProperty().get()).as("nothing read yet").isEmpty();
        assertThat(worker).hasSize(1);

        card.load(second); // clicked quickly: the first read is replaced
        assertThat(card.householdId()).isEqualTo(second);
        runWork();
        assertThat(card.headProperty().get()).isEqualTo("李四");
        assertThat(card.householdNoProperty().get()).isEqualTo("0002");
        assertThat(card.loadingProperty().get()).isFalse();
        assertThat(card.busyProperty().get()).isFalse();

        // another household clears what showed before while it is read
        card.load(first);
        assertThat(card.headProperty().get()).isEmpty();
        assertThat(card.members()).isEmpty();
        runWork();
        assertThat(card.headProperty().get()).isEqualTo("张三");
        assertThat(card.members()).extracting(HouseholdCardViewModel.MemberRow::name).containsExactly("张三");
    }

    @Test
    void aHouseholdThatIsGoneSaysSoOnTheCard() {
        HouseholdCardViewModel card = new HouseholdCardViewModel(s, Background.inPlace(), dialogs);
        card.load(9_999);
        assertThat(card.messageProperty().get()).contains("找不到这一户");
        assertThat(card.loadingProperty().get()).isFalse();
    }

    @Test
    void theMemberFormChecksAsTypedOffTheCallingThreadAndTheLatestCheckWins() {
        MemberFormViewModel form = new MemberFormViewModel(s, stepped, FormCodes.read(s), second, null);
        runWork(); // the empty form's first check
        form.nameProperty().set("李小四");
        form.relationProperty().set("之子");
        form.idNumberProperty().set(HEAD_ID); // 张三's number, in another household
        assertThat(form.field("idNumber").message()).as("the ledger was not asked yet: the empty form's finding stands")
                .contains("证件号码为空").doesNotContain("张三");
        assertThat(worker).isNotEmpty();
        runWork();
        assertThat(form.field("idNumber").message()).contains("张三");
        assertThat(form.hasErrorsProperty().get()).isTrue();

        form.idNumberProperty().set(id("44152320000505003")); // corrected before the older check came back
        form.phoneProperty().set("13800001111");
        runWork();
        assertThat(form.field("idNumber").message()).isEmpty();
        assertThat(form.hasErrorsProperty().get()).isFalse();

        form.onSave(); // the save is checked once more and written by the runner
        assertThat(form.isSaved()).isFalse();
        assertThat(form.savingProperty().get()).isTrue();
        runWork();
        assertThat(form.isSaved()).isTrue();
        assertThat(form.savingProperty().get()).isFalse();
        assertThat(s.households().card(second).members()).extracting(Member::name).contains("李小四");
    }

    @Test
    void addingAVillageAsksThroughTheDialogService() {
        NewHouseholdViewModel vm = new NewHouseholdViewModel(s, Background.inPlace(), dialogs, FormCodes.read(s));
        Choice<Long> east = vm.villages().getFirst();
        Choice<Long> add = vm.villages().getLast();
        assertThat(add.value()).isEqualTo(NewHouseholdViewModel.ADD_VILLAGE);
        vm.villageProperty().set(east);

        // cancelled: the village chosen before is chosen again, nothing added
        vm.villageProperty().set(add);
        dialogs.answerText(null);
        AtomicBoolean added = new AtomicBoolean();
        vm.household().onAddVillage(() -> added.set(true));
        assertThat(dialogs.last()).isEqualTo("ask: 新增村 | 新增一个行政村或社区");
        assertThat(vm.villageProperty().get()).isEqualTo(east);
        assertThat(added).isFalse();
        assertThat(s.households().villages()).hasSize(1);

        // answered: added and selected
        vm.villageProperty().set(add);
        dialogs.answerText("西岭村");
        vm.household().onAddVillage(() -> added.set(true));
        assertThat(added).isTrue();
        assertThat(vm.villageProperty().get().label()).isEqualTo("西岭村");
        assertThat(vm.villages()).extracting(Choice::label).containsExactly("东坑村", "西岭村", "新增村…");

        // refused (already there): the message says why, the village before is chosen again
        vm.villageProperty().set(add);
        dialogs.answerText("东坑村");
        added.set(false);
        vm.household().onAddVillage(() -> added.set(true));
        assertThat(added).isFalse();
        assertThat(vm.messageProperty().get()).contains("已在村列表中");
        assertThat(vm.villageProperty().get().label()).isEqualTo("西岭村");
    }

    @Test
    void theListsChoicesAndTheNewHouseholdFormAreReadOffTheCallingThread() {
        HouseholdsViewModel list = new HouseholdsViewModel(s, stepped);
        assertThat(list.householdTypes()).as("only 全部… until the code list is read").hasSize(1);
        assertThat(list.villages()).isEmpty();
        runWork();
        assertThat(list.householdTypes()).extracting(Choice::label).contains("脱贫户");
        assertThat(list.householdTypeProperty().get()).isEqualTo(list.householdTypes().getFirst());
        assertThat(list.villages()).extracting(Choice::label).containsExactly("全部村", "东坑村");

        java.util.List<NewHouseholdViewModel> opened = new java.util.ArrayList<>();
        list.onNewHousehold(dialogs, opened::add);
        assertThat(opened).isEmpty();
        runWork();
        assertThat(opened).singleElement().satisfies(form -> {
            assertThat(form.villages()).extracting(Choice::label).containsExactly("东坑村", "新增村…");
            assertThat(form.householdTypeProperty().get()).isEqualTo("脱贫户");
        });
    }
}
