package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.SETTING;

import cn.bangfu.ledger.store.jooq.tables.records.SettingRecord;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Office settings as key/value text; typed access lives in the settings service. */
public final class SettingsRepo extends Repo {

    SettingsRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    public Optional<String> get(String key) {
        return dsl.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE);
    }

    public Map<String, String> all() {
        return dsl.selectFrom(SETTING).fetchMap(SETTING.KEY, SETTING.VALUE);
    }

    /** Sets a value (audited); an unchanged value writes nothing. */
    public void put(String key, String value) {
        SettingRecord existing = dsl.selectFrom(SETTING).where(SETTING.KEY.eq(key)).fetchOne();
        if (existing == null) {
            audited().insert(new SettingRecord(key, value), null);
        } else {
            existing.setValue(value);
            audited().update(existing, null);
        }
    }
}
