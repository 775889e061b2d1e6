package cn.bangfu.ledger.model;

/** The monitoring threshold of a year and area, in fen per person per year, with its document number. */
public record Threshold(int year, String area, long amount, String docNo) {
}
