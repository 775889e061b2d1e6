package cn.bangfu.ledger.gui.common;

import java.util.Objects;

/**
 * One entry of a filter or form drop-down: what the clerk reads and the value behind it (null for "全部…" or
 * "未填").
 */
public record Choice<T>(String label, T value) {

    public Choice {
        Objects.requireNonNull(label, "label");
    }

    public static <T> Choice<T> of(String label, T value) {
        return new Choice<>(label, value);
    }

    @Override
    public String toString() {
        return label;
    }
}
