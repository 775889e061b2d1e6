package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.EPISODE;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_RISK;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_SNAPSHOT;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_STEP;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.store.jooq.tables.records.EpisodeRiskRecord;
import java.util.List;
import org.jooq.DSLContext;

/** Monitoring episodes with their risks, snapshots and workflow steps. */
public final class EpisodeRepo extends Repo {

    EpisodeRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    public List<Episode> ofHousehold(long householdId) {
        return dsl.selectFrom(EPISODE).where(EPISODE.HOUSEHOLD_ID.eq(householdId)).orderBy(EPISODE.ID)
                .fetchInto(Episode.class);
    }

    public java.util.Optional<Episode> get(long id) {
        return dsl.selectFrom(EPISODE).where(EPISODE.ID.eq(id)).fetchOptionalInto(Episode.class);
    }

    /** Writes an episode's changed fields (audited): elimination, rollback, contact. */
    public boolean update(Episode episode) {
        var rec = dsl.selectFrom(EPISODE).where(EPISODE.ID.eq(episode.id())).fetchSingle();
        return updateFrom(rec, dsl.newRecord(EPISODE, episode), episode.householdId());
    }

    /** Every episode of the ledger (for the ledger check and the dashboard). */
    public List<Episode> all() {
        return dsl.selectFrom(EPISODE).orderBy(EPISODE.ID).fetchInto(Episode.class);
    }

    /** Opens an episode with its risks (in order, at most five); returns its id. */
    public long add(Episode episode, List<String> risks) {
        long id = audited().insert(dsl.newRecord(EPISODE, episode), episode.householdId()).getId();
        for (int i = 0; i < risks.size(); i++) {
            audited().insert(new EpisodeRiskRecord(id, (long) i + 1, risks.get(i)), episode.householdId());
        }
        return id;
    }

    public List<String> risks(long episodeId) {
        return dsl.select(EPISODE_RISK.RISK).from(EPISODE_RISK).where(EPISODE_RISK.EPISODE_ID.eq(episodeId))
                .orderBy(EPISODE_RISK.POSITION).fetch(EPISODE_RISK.RISK);
    }

    public void addSnapshot(EpisodeSnapshot snapshot, long householdId) {
        audited().insert(dsl.newRecord(EPISODE_SNAPSHOT, snapshot), householdId);
    }

    /** Sets the snapshot of a phase: inserts it, or writes its changed fields (audited). */
    public void putSnapshot(EpisodeSnapshot snapshot, long householdId) {
        var existing = dsl.selectFrom(EPISODE_SNAPSHOT).where(EPISODE_SNAPSHOT.EPISODE_ID.eq(snapshot.episodeId()),
                EPISODE_SNAPSHOT.PHASE.eq(snapshot.phase())).fetchOne();
        if (existing == null) {
            addSnapshot(snapshot, householdId);
        } else {
            updateFrom(existing, dsl.newRecord(EPISODE_SNAPSHOT, snapshot), householdId);
        }
    }

    public List<EpisodeSnapshot> snapshots(long episodeId) {
        return dsl.selectFrom(EPISODE_SNAPSHOT).where(EPISODE_SNAPSHOT.EPISODE_ID.eq(episodeId))
                .fetchInto(EpisodeSnapshot.class);
    }

    /** Records a workflow step; returns its id. */
    public long addStep(EpisodeStep step, long householdId) {
        return audited().insert(dsl.newRecord(EPISODE_STEP, step), householdId).getId();
    }

    public List<EpisodeStep> steps(long episodeId) {
        return dsl.selectFrom(EPISODE_STEP).where(EPISODE_STEP.EPISODE_ID.eq(episodeId))
                .orderBy(EPISODE_STEP.STEP_ON, EPISODE_STEP.ID).fetchInto(EpisodeStep.class);
    }
}
