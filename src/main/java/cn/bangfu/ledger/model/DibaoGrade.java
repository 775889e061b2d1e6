package cn.bangfu.ledger.model;

/** A 低保 grade (档次) of a year and its monthly amount in fen, with the document that set it. */
public record DibaoGrade(int year, String grade, long amount, String docNo) {
}
