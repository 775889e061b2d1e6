package cn.bangfu.ledger.logic.reports;

import java.util.List;

/**
 * One of the office's forms: a stable id (used by the CLI, the window, the templates and docs/REPORTS.md), its
 * title, and the query that yields its models. The masked 公示 variant is made from the same models by
 * {@link Masking}, never by a second query.
 */
public interface ReportForm {

    /** The stable id, e.g. {@code monitoring-monthly}. */
    String id();

    /** The form's name, e.g. 监测对象动态月报. */
    String title();

    /** Whether the month's pack (一键生成本月报表) includes this form. */
    boolean monthly();

    /** Whether the form exists only as a 公示 (公示名单). */
    default boolean alwaysMasked() {
        return false;
    }

    /**
     * The form's documents, full (not masked): one for most forms, one per household for the 一户一档 of a
     * village.
     */
    List<ReportModel> build(ReportRequest request);
}
