package cn.bangfu.ledger.logic.rosters.read;

import java.util.List;

/**
 * An opened roster: its sheets and a way to stream their rows. Files are opened by
 * {@link RosterFiles#open}; tests may supply rows from memory.
 */
public interface RosterSource extends AutoCloseable {

    RosterFormat format();

    /** The sheet names in file order (one "" for CSV and single-table HTML). */
    List<String> sheetNames();

    /**
     * Streams the rows of one sheet, or of every sheet in order when {@code sheet} is null. May be called
     * more than once (each call reads from the start). Memory stays bounded for big .xlsx files.
     *
     * @throws RosterFileException when the content turns out unreadable midway
     */
    void read(String sheet, RowSink sink);

    @Override
    void close();
}
