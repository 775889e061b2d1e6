package cn.bangfu.ledger.model;

/**
 * 帮扶资金: one source of money as its document gives it. What arrived, was allocated and paid is in the journal.
 *
 * @param sourceKind 资金来源 (衔接资金（中央）, 驻镇帮镇扶村资金 … the code list fund_source, or the clerk's own)
 * @param level      中央 / 省 / 市 / 县 / 镇 / 村 / 其他
 * @param docNo      文号 of the document that issued it
 */
public record Fund(Long id, String name, String sourceKind, String level, long year, String docNo, String note) {
}
