package cn.bangfu.ledger.model;

import java.util.List;

/** The rows the list shows (at most the filter's limit) and how many households match in all. */
public record HouseholdPage(List<HouseholdRow> rows, long total) {
}
