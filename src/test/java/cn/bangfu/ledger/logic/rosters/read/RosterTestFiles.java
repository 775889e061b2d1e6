package cn.bangfu.ledger.logic.rosters.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding the corpus and collecting rows, for the roster reading tests. */
final class RosterTestFiles {

    /** Latin words a clerk-facing message may contain: product, format and charset names. */
    private static final Set<String> ALLOWED_LATIN = Set.of("Excel", "WPS", "PDF", "CSV", "XML", "HTML", "xlsx", "xls",
            "xlsb", "ods", "zip", "UTF", "GBK", "GB", "MB", "OpenDocument", "PowerPoint", "Word", "OFD", "LibreOffice",
            "PNG", "JPEG", "GIF", "TIFF", "WebP", "RAR", "z", "gzip", "U");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    private RosterTestFiles() {
    }

    static Path good(String name) {
        return resource("/rosters/good/" + name);
    }

    static Path bad(String name) {
        return resource("/rosters/bad/" + name);
    }

    private static Path resource(String path) {
        URL url = RosterTestFiles.class.getResource(path);
        assertThat(url).as("corpus file %s (run RosterCorpus.main to regenerate)", path).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of the file (all sheets), the source closed afterwards. */
    static List<SheetRow> rows(Path file) {
        try (RosterSource source = RosterFiles.open(file)) {
            return rows(source, null);
        }
    }

    static List<SheetRow> rows(RosterSource source, String sheet) {
        List<SheetRow> rows = new ArrayList<>();
        source.read(sheet, rows::add);
        return rows;
    }

    static SheetRow row(List<SheetRow> rows, String sheet, int rowNumber) {
        return rows.stream().filter(r -> r.sheet().equals(sheet) && r.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowNumber + " in sheet '" + sheet + "'"));
    }

    static List<String> cells(SheetRow row) {
        return List.of(row.cells());
    }

    /**
     * The Latin-letter words of a message that are neither product or format names nor part of the file's
     * name (there should be none: library messages must not reach the clerk).
     */
    static List<String> foreignWords(String message, String fileName) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(message.replace(fileName, ""));
        while (m.find()) {
            if (!ALLOWED_LATIN.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }
}
