package cn.bangfu.ledger.model;

/** A 行政村/社区 of this office's town. */
public record Village(Long id, String name, String code, long sortOrder, boolean active) {

    public static Village named(String name, long sortOrder) {
        return new Village(null, name, null, sortOrder, true);
    }
}
