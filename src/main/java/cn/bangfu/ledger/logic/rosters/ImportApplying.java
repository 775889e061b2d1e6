package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.rosters.ImportPlan.NewHousehold;
import cn.bangfu.ledger.logic.rosters.ImportPlan.Update;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.ImportIssue;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.model.VillageGroup;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerTx;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second half of an import: writes a plan made by {@link ImportPlanning} in one audited transaction, with
 * its batch and row problems, or refuses when the ledger changed since the plan was made.
 */
public final class ImportApplying {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportApplying.class);

    private final Ledger ledger;
    private final SettingsService settings;
    private final Clock clock;

    public ImportApplying(Ledger ledger, SettingsService settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes a plan in one transaction: every change audited with the new batch's id, the batch and its row
     * problems kept. Households with a rejected row are not written (they were held back in the plan). A file
     * already imported (same content) is not imported again.
     *
     * @throws LedgerException when the ledger changed since the plan was made (plan again), or on a write failure
     *     (then nothing was written)
     */
    public ImportResult apply(ImportPlan plan, ImportProgress progress) {
        if (plan.alreadyImported().isPresent()) {
            return new ImportResult(false, null, ImportPlanning.alreadyImportedMessage(plan.alreadyImported().get()));
        }
        if (!plan.hasChanges()) {
            // nothing to write: no batch either, so the file is not "already imported" the next time (with the
            // right town, or after its rows were corrected)
            return new ImportResult(false, null, plan.kind() == ImportKind.ROSTER
                    ? "没有需要写入账本的内容（文件中的户与账本一致，或都被暂缓导入），账本没有变化，也没有记录导入批次。"
                    : "没有需要登记的新线索（名单中的人都已登记过相同的线索，或在账本中找不到），账本没有变化，也没有记录导入批次。");
        }
        progress.update("写入账本", 0, -1);
        long t0 = System.nanoTime();
        long batchId = ledger.write(settings.change(), tx -> {
            if (tx.audit().maxId() != plan.auditMark) {
                throw new LedgerException("账本在检查之后有了变动，为免覆盖新的修改，这次没有导入：请重新检查文件后再导入。");
            }
            long id = tx.imports().addBatch(batchOf(plan));
            LedgerTx b = tx.inBatch(id, (plan.kind() == ImportKind.ROSTER ? "导入花名册“" : "导入推送名单“")
                    + plan.file().getFileName() + "”（批次 " + id + "）");
            if (plan.kind() == ImportKind.ROSTER) {
                writeRoster(plan, b);
            } else {
                b.leads().addAll(plan.leads().stream().map(l -> new Lead(null, l.householdId(), l.memberId(),
                        l.personName(), l.idNumber(), l.source(), l.reason(), l.pushedOn(), id, null, null, null, null))
                        .toList());
            }
            b.imports().addIssues(id, plan.problems().stream().map(p -> new ImportIssue(null, id, p.sheet(), p.row(),
                    p.column(), p.code(), p.error() ? "error" : "warning", p.message())).toList());
            return id;
        });
        LOG.info("Applied batch {} in {} ms", batchId, (System.nanoTime() - t0) / 1_000_000);
        var c = plan.counts();
        String what = plan.kind() == ImportKind.ROSTER
                ? "新增 " + c.householdsAdded() + " 户、变更 " + c.householdsChanged() + " 户"
                        + (plan.monitoring.isEmpty() ? "" : "（其中新纳入监测 " + c.monitoringOpened() + " 户、标注消除 "
                                + c.eliminationsMarked() + " 户、类别变化 " + c.categoriesChanged() + " 户）")
                        + (c.householdsHeldBack() > 0 ? "，暂缓 " + c.householdsHeldBack() + " 户（有错误行）" : "")
                : "新增线索 " + c.leadsAdded() + " 条，未匹配 " + c.unmatched() + " 人";
        return new ImportResult(true, batchId, "已导入（批次 " + batchId + "）：" + what + "。");
    }

    private void writeRoster(ImportPlan plan, LedgerTx b) {
        Map<String, Long> villages = new HashMap<>();
        b.villages().list().forEach(v -> villages.put(v.name(), v.id()));
        Map<String, Long> groups = new HashMap<>();
        b.villages().allGroups().forEach(g -> groups.put(g.villageId() + "|" + g.name(), g.id()));
        long[] order = {villages.size()};
        java.util.function.Function<String, Long> village = name -> villages.computeIfAbsent(name,
                n -> b.villages().add(Village.named(n, ++order[0])));
        java.util.function.BiFunction<Long, String, Long> group = (vid, name) -> name == null ? null
                : groups.computeIfAbsent(vid + "|" + name, k -> b.villages().addGroup(new VillageGroup(null, vid, name)));

        List<Household> households = new ArrayList<>();
        for (NewHousehold n : plan.newHouseholds) {
            long vid = village.apply(n.villageName());
            Household h = n.household();
            households.add(new Household(null, h.householdNo(), vid, group.apply(vid, n.groupName()), h.householdType(),
                    h.noLabourCapacity(), h.phone(), h.address(), h.note()));
        }
        List<Long> ids = b.households().addAll(households);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (Member m : plan.newHouseholds.get(i).members()) {
                members.add(m.inHousehold(ids.get(i)));
            }
        }
        for (Update u : plan.updates) {
            members.addAll(u.newMembers());
        }
        b.members().addAll(members);
        Map<String, Long> added = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            added.put(plan.newHouseholds.get(i).household().householdNo(), ids.get(i));
        }
        writeMonitoring(plan, b, no -> added.containsKey(no) ? added.get(no)
                : b.households().byNumber(no).orElseThrow().id());
        for (Update u : plan.updates) {
            if (u.changed() != null) {
                Household h = u.changed();
                long vid = u.villageName() != null ? village.apply(u.villageName()) : h.villageId();
                Long gid = u.groupName() != null ? group.apply(vid, u.groupName()) : h.groupId();
                b.households().update(new Household(h.id(), h.householdNo(), vid, gid, h.householdType(),
                        h.noLabourCapacity(), h.phone(), h.address(), h.note()));
            }
            for (Member m : u.changedMembers()) {
                b.members().update(m);
            }
        }
    }

    /**
     * Opens, re-categorises and eliminates episodes as the roster states (planned and checked by
     * {@link RosterMonitoring}). The roster gives months, not days: the steps are dated on the first day of the
     * month, with a note saying so.
     */
    private void writeMonitoring(ImportPlan plan, LedgerTx b, java.util.function.Function<String, Long> householdOf) {
        String note = "据县花名册“" + plan.file().getFileName() + "”（名册只给出月份，日期按当月1日记）";
        for (RosterMonitoring.Change m : plan.monitoring) {
            long household = householdOf.apply(m.householdNo());
            Episode episode;
            if (m.open() != null) {
                var o = m.open();
                episode = new Episode(null, household, o.category(), RosterMonitoring.CHANNEL_ROSTER, o.identified(), null,
                        null, false, null, null, null, o.previousEpisodeId());
                long id = b.episodes().add(episode, o.risks());
                episode = b.episodes().get(id).orElseThrow();
                if (o.snapshot() != null) {
                    b.episodes().addSnapshot(inEpisode(o.snapshot(), id), household);
                }
                b.episodes().addStep(new EpisodeStep(null, id, o.previousEpisodeId() == null ? "system_mark" : Workflow.REMARK,
                        o.identified().atDay(1), null, note), household);
            } else {
                episode = b.episodes().get(m.openEpisodeId()).orElseThrow();
            }
            if (m.category() != null) {
                episode = new Episode(episode.id(), household, m.category(), episode.channel(), episode.identifiedMonth(),
                        episode.contactName(), episode.contactPhone(), false, null, null, null, episode.previousEpisodeId());
                b.episodes().update(episode);
            }
            if (m.elimination() != null) {
                var e = m.elimination();
                b.episodes().update(new Episode(episode.id(), household, episode.category(), episode.channel(),
                        episode.identifiedMonth(), episode.contactName(), episode.contactPhone(), true, e.method(), e.month(),
                        e.overrideReason(), episode.previousEpisodeId()));
                b.episodes().putSnapshot(inEpisode(e.after(), episode.id()), household);
                b.episodes().addStep(new EpisodeStep(null, episode.id(), Workflow.ELIM_MARK, e.month().atDay(1), null, note),
                        household);
            }
        }
    }

    private static EpisodeSnapshot inEpisode(EpisodeSnapshot s, long episodeId) {
        return new EpisodeSnapshot(episodeId, s.phase(), s.persons(), s.wageIncome(), s.businessIncome(),
                s.propertyIncome(), s.transferIncome(), s.businessExpense(), s.claimsIncome(), s.compliantSelfPaid(),
                s.schoolDropout(), s.housingSafe(), s.memberUninsured(), s.waterSafe());
    }

    private ImportBatch batchOf(ImportPlan plan) {
        var c = plan.counts();
        return new ImportBatch(null, plan.kind().code(), plan.file().getFileName().toString(), plan.sha256(),
                plan.options().sheet(), plan.options().town(), plan.mapping().savedName(), now(),
                settings.change().operator(), c.rows(), c.rejectedRows(), c.otherTowns(), c.householdsAdded(),
                c.householdsChanged(), c.householdsUnchanged(), c.householdsMissing(), c.householdsHeldBack(),
                c.personsAdded(), c.personsChanged(), c.personsUnchanged(), c.personsMissing(), c.leadsAdded(),
                c.unmatched(), null);
    }

    private String now() {
        return Timestamps.utcNow(clock);
    }
}
