package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.SavedMapping;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.store.Ledger;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The column mappings saved under a name for a header shape (对应关系): files of the same shape then use
 * them automatically. Stored as JSON (field name → header); the JSON mapper is built only when a mapping is
 * actually read or written, not for every command.
 */
public final class SavedMappings {

    /**
     * The JSON mapper, built on first use (the holder idiom): most commands never read or write a mapping. Every
     * Jackson type stays inside this class, so that loading and verifying {@code SavedMappings} loads none.
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();

        static String write(Map<String, String> value) {
            return MAPPER.writeValueAsString(value);
        }

        static Map<String, String> read(String json) {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        }
    }

    private final Ledger ledger;
    private final SettingsService settings;
    private final Clock clock;

    public SavedMappings(Ledger ledger, SettingsService settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    public List<SavedMapping> mappings() {
        return ledger.read(v -> v.imports().mappings());
    }

    /** A saved mapping by name, for the headers of a file. */
    public ColumnMapping mappingNamed(String name, List<String> headers) {
        SavedMapping saved = ledger.read(v -> v.imports().mappingNamed(name))
                .orElseThrow(() -> new LedgerException("没有名为“" + name + "”的已保存对应关系。已保存的有："
                        + mappings().stream().map(SavedMapping::name).collect(Collectors.joining("、")) + "。"));
        return fromJson(saved, headers);
    }

    /** Saves a mapping under a name for this header shape; files of the same shape then use it automatically. */
    public ColumnMapping saveMapping(String name, ImportKind kind, List<String> headers, ColumnMapping mapping) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new LedgerException("请为对应关系起一个名字（如“县花名册2026版”）。");
        }
        Map<String, String> json = new LinkedHashMap<>();
        mapping.columns().forEach((f, h) -> json.put(f.name(), h));
        SavedMapping saved = new SavedMapping(null, n, kind.code(), ColumnMapping.signature(headers),
                Json.write(json), Timestamps.utcNow(clock));
        ledger.write(settings.change(), tx -> tx.imports().saveMapping(saved));
        return mapping.named(n);
    }

    /** The mapping saved for this kind and header shape, else the suggested one. */
    ColumnMapping mappingFor(ImportKind kind, List<String> headers) {
        String signature = ColumnMapping.signature(headers);
        Optional<SavedMapping> saved = ledger.read(v -> v.imports().mappingFor(kind.code(), signature));
        return saved.map(s -> fromJson(s, headers)).orElseGet(() -> MappingSuggester.suggest(headers, kind));
    }

    private static ColumnMapping fromJson(SavedMapping saved, List<String> headers) {
        Map<String, String> stored = Json.read(saved.mappingJson());
        Map<RosterField, String> columns = new EnumMap<>(RosterField.class);
        stored.forEach((field, header) -> {
            try {
                RosterField f = RosterField.valueOf(field);
                if (headers == null || headers.contains(header)) {
                    columns.put(f, header);
                }
            } catch (IllegalArgumentException e) {
                // a field of a later version: ignored
            }
        });
        return new ColumnMapping(columns, saved.name());
    }
}
