package cn.bangfu.ledger.gui.imports;

/** A small number of the check: 数据行 12,345 ({@code attention} when it needs the clerk's eye). */
public record Stat(String id, String label, String value, boolean attention) {
}
