package cn.bangfu.ledger.logic.rosters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which header holds which field. Columns are named by their header (not their position), so one mapping
 * serves every sheet of a file and every file of the same shape.
 *
 * @param columns   field → header name
 * @param savedName the name the mapping was saved under, or null for a fresh suggestion
 */
public record ColumnMapping(Map<RosterField, String> columns, String savedName) {

    public ColumnMapping {
        EnumMap<RosterField, String> copy = new EnumMap<>(RosterField.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
    }

    public Optional<String> header(RosterField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean maps(RosterField field) {
        return columns.containsKey(field);
    }

    /** The same mapping with one field's header changed (null: the field takes no column). */
    public ColumnMapping with(RosterField field, String header) {
        EnumMap<RosterField, String> copy = new EnumMap<>(RosterField.class);
        copy.putAll(columns);
        copy.values().removeIf(h -> h.equals(header));
        if (header == null) {
            copy.remove(field);
        } else {
            copy.put(field, header);
        }
        return new ColumnMapping(copy, null);
    }

    public ColumnMapping named(String name) {
        return new ColumnMapping(columns, name);
    }

    /** The required fields (of the import kind) that have no column. */
    public List<RosterField> missing(ImportKind kind) {
        return kind.required().stream().filter(f -> !columns.containsKey(f)).toList();
    }

    /** A stable fingerprint of a header shape: the normalised names in order. */
    public static String signature(List<String> headerNames) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String n : headerNames) {
                sha.update(CellValues.headerKey(n).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
