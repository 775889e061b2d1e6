package cn.bangfu.ledger.logic.settings;

import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.model.Threshold;
import java.util.List;
import java.util.Optional;

/**
 * Which row of the threshold table applies to a household in a year. The table is configuration (the
 * figure and its area vary by province and year); the most specific area wins: the household's village, the
 * office's town, the office's county, then "全县", "全市", "全省"; a year with a single row uses it.
 */
public final class ThresholdLookup {

    private ThresholdLookup() {
    }

    public static Optional<Threshold> choose(List<Threshold> ofYear, String village, OfficeSettings office) {
        for (String area : new String[] {village, office.town(), office.county(), "全县", "全市", "全省"}) {
            if (area == null || area.isBlank()) {
                continue;
            }
            for (Threshold t : ofYear) {
                if (t.area().equals(area)) {
                    return Optional.of(t);
                }
            }
        }
        return ofYear.size() == 1 ? Optional.of(ofYear.getFirst()) : Optional.empty();
    }
}
