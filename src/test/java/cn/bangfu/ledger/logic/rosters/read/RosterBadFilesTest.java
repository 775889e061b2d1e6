package cn.bangfu.ledger.logic.rosters.read;

import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.bad;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.foreignWords;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile and broken files are refused as a whole, quickly, with a Chinese message that names the file and
 * says what it is; nothing from the libraries' English reaches the clerk, no external entity is resolved.
 */
class RosterBadFilesTest {

    /** Only there to catch hangs: every refusal here takes well under a second. */
    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty.xlsx              | 文件是空的
            truncated.xlsx          | 文件不完整或已损坏
            encrypted.xlsx          | 文件已加密（设置了打开密码），请在 Excel 中取消密码后另存为 .xlsx 再导入。
            encrypted.xls           | 文件已加密
            zip-bomb.xlsx           | 文件结构异常（疑似压缩炸弹），已拒绝读取。
            xxe.xlsx                | 文件内容已损坏
            pdf-renamed.xlsx        | 这是 PDF 文件，不是 Excel 表格
            docx-renamed.xlsx       | 这是 Word 文档，不是 Excel 表格
            binary.csv              | 这不是表格文件
            """)
    void aBadCorpusFileIsRefusedInChinese(String name, String phrase) {
        RosterFileException e = refusal(bad(name));
        assertThat(e.getMessage()).contains("“" + name + "”").contains(phrase);
        assertThat(foreignWords(e.getMessage(), name)).isEmpty();
    }

    @Test
    void theZipDirectoryGivesTheBombAwayBeforeAnythingIsInflated() {
        assertThatThrownBy(() -> XlsxSource.inspectZip(bad("zip-bomb.xlsx")))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("疑似压缩炸弹")
                .hasNoCause();
        // a big but honest file (about 1:27) is no bomb
        assertThatCode(() -> XlsxSource.inspectZip(bad("million-empty-rows.xlsx"))).doesNotThrowAnyException();
    }

    @Test
    void theZipBombIsAlsoStoppedByTheStreamingReadersOwnGuard() {
        // without the directory check, POI's ZipSecureFile stops inflating after 100 KB at a ratio below 1:100
        RosterFileException e = catchThrowableOfType(RosterFileException.class, () -> assertTimeoutPreemptively(HANG, () -> {
            try (RosterSource source = XlsxSource.openWorkbook(bad("zip-bomb.xlsx"))) {
                source.read(null, row -> true);
            }
        }));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("文件结构异常（疑似压缩炸弹），已拒绝读取。");
        assertThat(rootCause(e).getMessage()).contains("Zip bomb detected");
    }

    @Test
    void theCorpusXxeNeverShowsTheReferencedFile() throws IOException {
        RosterFileException e = refusal(bad("xxe.xlsx"));
        assertThat(allMessages(e)).doesNotContain("root:");
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            String firstLine = Files.readAllLines(passwd).getFirst();
            assertThat(allMessages(e)).doesNotContain(firstLine);
        }
    }

    @ParameterizedTest
    @EnumSource(RosterCorpus.XxePart.class)
    void anExternalEntityIsNeverResolvedWhereverItSits(RosterCorpus.XxePart part) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "XXE-SECRET-" + part + "-6f2b9c");
        Path file = dir.resolve("xxe-" + part + ".xlsx");
        RosterCorpus.xxe(file, part, secret.toUri().toString());

        List<SheetRow> rows = new ArrayList<>();
        RosterFileException e = catchThrowableOfType(RosterFileException.class, () -> {
            try (RosterSource source = RosterFiles.open(file)) {
                source.read(null, rows::add);
            }
        });
        assertThat(e).as("a DOCTYPE in %s is refused", part).isNotNull();
        assertThat(e.getMessage()).contains("文件内容已损坏");
        assertThat(allMessages(e)).doesNotContain("XXE-SECRET");
        assertThat(rows).allSatisfy(r -> assertThat(String.join("|", r.cells())).doesNotContain("XXE-SECRET"));
    }

    @Test
    void sheetsAreParsedByAaltoWithoutDtds() {
        // POI's own StAX parsing gets the parser on the classpath: aalto-xml (faster than the JDK's), DTDs off; aalto
        // expands no entity but the five predefined ones, so any other reference is an error (the .xlsx reader's
        // own factory is pinned in RosterXlsxReaderTest)
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        assertThat(factory.getClass().getName()).startsWith("com.fasterxml.aalto.");
        assertThat(factory.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(Boolean.FALSE);
        assertThat(factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(Boolean.FALSE);
    }

    @Test
    void theBigFilesStreamInASmallHeap() throws Exception {
        // a separate JVM with 48 MB of heap: a non-streaming reader would need hundreds of MB for either file
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                RosterHeapCheck.class.getName(), bad("million-empty-rows.xlsx").toString(),
                bad("zip-bomb.xlsx").toString())
                .redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread pump = Thread.ofVirtual().start(() -> {
            try (var in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException ignored) {
                // the assertion below shows what arrived
            }
        });
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        pump.join(5000);
        String log = output.toString(StandardCharsets.UTF_8);
        assertThat(ended).as(log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("rows=1000004 real=4").contains("bomb refused");
    }

    @Test
    void whitespaceOnlyIsEmpty() throws IOException {
        Path file = Files.write(dir.resolve("blank.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n', '\t'});
        assertThat(refusal(file).getMessage()).contains("文件是空的");
    }

    @Test
    void textInNeitherUtf8NorGb18030IsRefused() throws IOException {
        byte[] bytes = {'a', ',', 'b', '\n', (byte) 0x80, (byte) 0xFF, (byte) 0x80, '\n'};
        assertThat(refusal(Files.write(dir.resolve("odd.csv"), bytes)).getMessage()).contains("无法识别文件的文字编码");
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("quote.csv"), "姓名,备注\n李明,\"没有结束\n王秀英,正常\n");
        RosterFileException e = refusal(file);
        assertThat(e.getMessage()).contains("引号").contains("第 ");
        assertThat(foreignWords(e.getMessage(), "quote.csv")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            png   | 这是图片（PNG）
            jpeg  | 这是图片（JPEG）
            rar   | 这是 RAR 压缩包
            7z    | 这是 7z 压缩包
            gzip  | 这是 gzip 压缩包
            """)
    void otherBinariesAreNamed(String kind, String phrase) throws IOException {
        byte[] magic = switch (kind) {
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
            case "jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
            case "rar" -> new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0};
            case "7z" -> new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4};
            default -> new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0};
        };
        assertThat(refusal(Files.write(dir.resolve("名单.xlsx"), magic)).getMessage()).contains(phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain   | 这是一个压缩包
            ods     | OpenDocument 表格（.ods）
            xlsb    | .xlsb
            pptx    | PowerPoint
            ofd     | OFD 版式文件
            """)
    void otherZipsAreNamed(String kind, String phrase) throws IOException {
        List<String> entries = switch (kind) {
            case "plain" -> List.of("名单/青石村.xlsx");
            case "ods" -> List.of("mimetype", "content.xml");
            case "xlsb" -> List.of("[Content_Types].xml", "xl/workbook.bin");
            case "pptx" -> List.of("[Content_Types].xml", "ppt/presentation.xml");
            default -> List.of("OFD.xml", "Doc_0/Document.xml");
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write((entry.equals("mimetype") ? "application/vnd.oasis.opendocument.spreadsheet" : "<x/>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path file = Files.write(dir.resolve(kind + ".xlsx"), bytes.toByteArray());
        assertThat(refusal(file).getMessage()).contains(phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WordDocument | 这是 Word 文档
            Book         | Excel 95
            Other        | 不是 Excel 工作簿
            """)
    void otherOle2FilesAreNamed(String entry, String phrase) throws IOException {
        Path file = dir.resolve(entry + ".xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); var out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), entry);
            fs.writeFilesystem(out);
        }
        assertThat(refusal(file).getMessage()).contains(phrase);
    }

    @Test
    void excel2003XmlAndOtherXmlAreRefused() throws IOException {
        Path spreadsheetMl = Files.writeString(dir.resolve("2003.xls"), "<?xml version=\"1.0\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell>"
                + "<Data ss:Type=\"String\">姓名</Data></Cell></Row></Table></Worksheet></Workbook>");
        Path xml = Files.writeString(dir.resolve("data.xls"), "<?xml version=\"1.0\"?><root><item>1</item></root>");
        Path page = Files.writeString(dir.resolve("page.xls"), "<html><body><p>请登录后下载</p></body></html>");
        assertThat(refusal(spreadsheetMl).getMessage()).contains("XML 电子表格 2003");
        assertThat(refusal(xml).getMessage()).contains("XML 数据文件");
        assertThat(refusal(page).getMessage()).contains("网页文件，里面没有表格");
    }

    @Test
    void aMissingFileAndAFolderAreToldApart() throws IOException {
        assertThat(refusal(dir.resolve("不存在.xlsx")).getMessage()).contains("找不到文件“不存在.xlsx”");
        Path folder = Files.createDirectory(dir.resolve("花名册"));
        assertThat(refusal(folder).getMessage()).contains("文件夹");
    }

    /** Opens and reads the whole file, which must be refused (within the hang bound). */
    private static RosterFileException refusal(Path file) {
        RosterFileException e = catchThrowableOfType(RosterFileException.class, () -> assertTimeoutPreemptively(HANG, () -> {
            rows(file);
        }));
        assertThat(e).as("%s is refused", file.getFileName()).isNotNull();
        return e;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String allMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
