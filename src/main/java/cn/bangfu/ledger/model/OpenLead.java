package cn.bangfu.ledger.model;

/** A lead still to be disposed of, with where its household is (for the work queue). */
public record OpenLead(Lead lead, String householdNo, String village, String head) {
}
