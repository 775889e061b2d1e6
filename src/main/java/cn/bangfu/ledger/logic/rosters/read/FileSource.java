package cn.bangfu.ledger.logic.rosters.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What every opened roster file shares: its sheet list, finding a sheet by name, and the closed state. */
abstract class FileSource implements RosterSource {

    protected final Path file;
    private final RosterFormat format;
    private List<String> sheetNames = List.of();
    private boolean closed;

    FileSource(Path file, RosterFormat format) {
        this.file = file;
        this.format = format;
    }

    protected final void sheetNames(List<String> names) {
        this.sheetNames = List.copyOf(names);
    }

    @Override
    public final RosterFormat format() {
        return format;
    }

    @Override
    public final List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public final void read(String sheet, RowSink sink) {
        Objects.requireNonNull(sink, "sink");
        if (closed) {
            throw new IllegalStateException("roster source already closed: " + file);
        }
        if (sheet == null) {
            for (int i = 0; i < sheetNames.size(); i++) {
                sink.sheet(sheetNames.get(i));
                readSheet(i, sheetNames.get(i), sink);
            }
            return;
        }
        int index = sheetNames.indexOf(sheet);
        if (index < 0) {
            throw missingSheet(sheet);
        }
        sink.sheet(sheet);
        readSheet(index, sheet, sink);
    }

    /** Streams one sheet's rows to the sink until they end or the sink returns false. */
    protected abstract void readSheet(int index, String name, RowSink sink);

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            release();
        }
    }

    /** Releases the file handles; called once. */
    protected abstract void release();

    private RosterFileException missingSheet(String sheet) {
        List<String> named = sheetNames.stream().filter(n -> !n.isEmpty()).toList();
        if (named.isEmpty()) {
            return new RosterFileException("找不到工作表“" + sheet + "”：“" + Refusals.name(file)
                    + "”只有一张没有名称的表。");
        }
        return new RosterFileException("找不到工作表“" + sheet + "”，文件中的工作表：" + String.join("、", named));
    }
}
