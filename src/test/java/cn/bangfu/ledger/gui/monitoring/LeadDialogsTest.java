package cn.bangfu.ledger.gui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.gui.monitoring.LeadViewModel.Next;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.store.Ledger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the monitoring dialogs ask through the dialog service, answered by the test (no FX toolkit). */
class LeadDialogsTest {

    @TempDir
    Path dir;

    private Ledger ledger;
    private LedgerServices s;
    private MonitoringData data;
    private long village;

    @BeforeEach
    void open() {
        ledger = Ledger.open(dir.resolve("l.db"));
        s = new LedgerServices(ledger);
        data = new MonitoringData(s);
        village = data.village("东坑村");
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** A lead for the household, decided 纳入监测 through the lead form; returns its form. */
    private LeadViewModel takenIn(long household) {
        String id = s.households().card(household).members().getFirst().idNumber();
        ledger.write(s.settings().change(), tx -> {
            tx.leads().addAll(List.of(new Lead(null, household, null, "户主", id, "县医保局", "医疗自付超过1万元",
                    data.today().minusDays(5), null, null, null, null, null)));
            return null;
        });
        long leadId = s.leads().leadsOf(household).getLast().id();
        LeadViewModel vm = new LeadViewModel(s, leadId);
        vm.visitResultProperty().set("入户核实属实");
        vm.decisionProperty().set(Lead.TAKE_IN);
        assertThat(vm.onSave()).isTrue();
        return vm;
    }

    @Test
    void afterTakingInALeadTheClerkIsAskedWhetherToOpenAnEpisode() {
        long h = data.household(village, "4415230501", "甲");
        ScriptedDialogs dialogs = new ScriptedDialogs().confirmWith(true);
        assertThat(takenIn(h).askNext(dialogs)).isEqualTo(Next.OPEN_EPISODE);
        assertThat(dialogs.last()).isEqualTo("confirm: 已决定纳入监测 | 这一户目前没有正在进行的监测。现在为它新建监测（识别监测对象）吗？");

        ScriptedDialogs no = new ScriptedDialogs().confirmWith(false);
        assertThat(takenIn(h).askNext(no)).isEqualTo(Next.NONE);
        assertThat(no.seen).hasSize(1);
    }

    @Test
    void aHouseholdWhoseRiskWasEliminatedGetsARemarkAndAMonitoredOneIsNotAsked() {
        long eliminated = data.household(village, "4415230502", "乙");
        long e = data.episode(eliminated, 8);
        data.measure(eliminated, "产业帮扶", data.today().minusMonths(7));
        data.threshold(8_000);
        s.monitoring().eliminate(e, data.thisMonth(), Episode.ASSISTED, MonitoringData.snapshot(1, 30_000),
                data.today(), null);
        assertThat(takenIn(eliminated).askNext(new ScriptedDialogs().confirmWith(true))).isEqualTo(Next.REMARK);

        long monitored = data.household(village, "4415230503", "丙");
        data.episode(monitored, 1);
        ScriptedDialogs none = new ScriptedDialogs(); // any question would fail the test
        assertThat(takenIn(monitored).askNext(none)).isEqualTo(Next.NONE);
        assertThat(none.seen).isEmpty();
    }

    @Test
    void aDialogThatCannotBeBuiltSaysWhyThroughTheDialogService() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        assertThat(MonitoringDialogs.recordStep(null, dialogs, s, 999_999)).isFalse();
        assertThat(dialogs.last()).startsWith("error: 无法打开 | 找不到这条").contains("999999");
        assertThat(MonitoringDialogs.addMeasure(null, dialogs, s, 999_999)).isFalse();
        assertThat(dialogs.seen).hasSize(2);
    }
}
