package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.rosters.read.RosterFormat;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the first step of the wizard shows about a file ({@link ImportPlanning#inspect}). */
public record Inspection(Path file, RosterFormat format, List<String> sheets,
        Map<String, Optional<SheetHeader>> headers, ImportKind kind, ColumnMapping mapping,
        List<RosterField> missing, List<SheetRow> sample) {

    /** The first sheet with a header (the one the mapping and sample come from). */
    public Optional<SheetHeader> firstHeader() {
        return headers.values().stream().flatMap(Optional::stream).findFirst();
    }
}
