package cn.bangfu.ledger.model;

import java.time.LocalDate;

/** A dated workflow step of an episode; {@code kind} is a code of list {@code episode_step}. */
public record EpisodeStep(Long id, long episodeId, String kind, LocalDate stepOn, LocalDate endOn, String note) {
}
