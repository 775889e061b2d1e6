package cn.bangfu.ledger.logic.rosters.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The clerk-facing reasons a roster file is refused, in one place so they stay consistent: each names the
 * file, says what it is and what to do. Library messages (English) never reach the clerk; they stay in the
 * cause.
 */
final class Refusals {

    static final String EMPTY = "文件是空的（0 字节），没有可导入的内容。请确认选择的是县里下发的花名册，必要时重新下载。";
    static final String BLANK = "文件是空的（只有空格或空行，没有任何表格内容）。请确认选择的是县里下发的花名册，必要时重新下载。";
    static final String PDF = "这是 PDF 文件，不是 Excel 表格（可能只是把扩展名改成了表格的）。PDF 里的表格无法导入，"
            + "请向县里索要 Excel 格式（.xlsx 或 .xls）的花名册。";
    static final String ENCRYPTED = "文件已加密（设置了打开密码），请在 Excel 中取消密码后另存为 .xlsx 再导入。";
    static final String ZIP_BOMB = "文件结构异常（疑似压缩炸弹），已拒绝读取。请向发文单位核实这个文件的来源，并重新索要。";
    static final String TRUNCATED = "文件不完整或已损坏（可能是下载或复制时中断了）。请重新下载或重新复制这个文件后再导入。";
    static final String CORRUPT = "文件内容已损坏，或不是标准的 Excel 格式，无法读取。请用 Excel 或 WPS 打开它，确认内容正常后另存为 .xlsx 再导入。";
    static final String WORD = "这是 Word 文档，不是 Excel 表格。请选择 Excel 格式（.xlsx 或 .xls）的花名册；"
            + "如果名单只在 Word 里，请先把表格复制到 Excel 中保存为 .xlsx。";
    static final String POWERPOINT = "这是 PowerPoint 演示文稿，不是 Excel 表格。请选择 Excel 格式（.xlsx 或 .xls）的花名册。";
    static final String OLE_NOT_WORKBOOK = "这是 Office 格式的文件，但不是 Excel 工作簿。请选择 Excel 格式（.xlsx 或 .xls）的花名册。";
    static final String OLD_EXCEL = "这是 Excel 95 或更早版本的工作簿，无法直接读取。请用 Excel 或 WPS 打开它，另存为 .xlsx 后再导入。";
    static final String XLSB = "这是 Excel 二进制工作簿（.xlsb），无法直接读取。请用 Excel 打开它，另存为 .xlsx 后再导入。";
    static final String ODS = "这是 OpenDocument 表格（.ods），无法直接读取。请用 WPS、Excel 或 LibreOffice 打开它，另存为 .xlsx 后再导入。";
    static final String OPEN_DOCUMENT = "这是 OpenDocument 文档，不是 Excel 表格。请选择 Excel 格式（.xlsx 或 .xls）的花名册。";
    static final String OFD = "这是 OFD 版式文件（类似 PDF），不是 Excel 表格，无法导入。请向县里索要 Excel 格式（.xlsx 或 .xls）的花名册。";
    static final String ZIP = "这是一个压缩包，不是 Excel 表格。请先解压，再选择其中的 Excel 文件导入。";
    static final String NOT_WORKBOOK_ZIP = "这个文件是压缩格式的 Office 文件，但里面没有 Excel 工作表，不是 Excel 表格。"
            + "请选择 Excel 格式（.xlsx 或 .xls）的花名册。";
    static final String BINARY = "这不是表格文件（内容是无法识别的二进制数据）。请确认选择的是 Excel（.xlsx、.xls）或 CSV 格式的花名册。";
    static final String UNKNOWN_ENCODING = "无法识别文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030），或文件已损坏。"
            + "请用 Excel 或 WPS 打开它，确认文字显示正常后另存为 .xlsx 再导入。";
    static final String SPREADSHEET_2003 = "这是“XML 电子表格 2003”格式的文件，无法直接读取。请用 Excel 或 WPS 打开它，另存为 .xlsx 后再导入。";
    static final String XML = "这是 XML 数据文件，不是表格。请选择 Excel（.xlsx、.xls）或 CSV 格式的花名册。";
    static final String HTML_WITHOUT_TABLE = "这是网页文件，里面没有表格。请确认下载的是花名册本身，或用 Excel 打开后另存为 .xlsx 再导入。";
    static final String HTML_TOO_BIG = "这是网页格式的表格文件，而且太大（超过 64 MB），无法直接读取。请用 Excel 或 WPS 打开它，另存为 .xlsx 后再导入。";

    private Refusals() {
    }

    /** The file's name as the clerk sees it in the folder (never the whole path, which may be long). */
    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static RosterFileException refuse(Path file, String reason) {
        return new RosterFileException(prefix(file) + reason);
    }

    static RosterFileException refuse(Path file, String reason, Throwable cause) {
        return new RosterFileException(prefix(file) + reason, cause);
    }

    static String image(String kind) {
        return "这是图片（" + kind + "），不是 Excel 表格。请选择 Excel 格式（.xlsx 或 .xls）的花名册；"
                + "如果只有名单的照片或截图，需要先把名单录入 Excel。";
    }

    static String archive(String kind) {
        return "这是 " + kind + " 压缩包，不是 Excel 表格。请先解压，再选择其中的 Excel 文件导入。";
    }

    /** An I/O failure while reading the file, told by its kind (the exception text is English and stays in the cause). */
    static RosterFileException io(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new RosterFileException("找不到文件“" + name(file) + "”，它可能已被移动、改名或删除。请重新选择文件。", e);
        }
        if (e instanceof AccessDeniedException || e instanceof FileSystemException) {
            return refuse(file, "没有权限读取这个文件，或它正被其他程序独占打开。请关闭正在使用它的程序，"
                    + "或把文件复制到桌面后再试。", e);
        }
        return refuse(file, "读取文件时出错（文件所在的磁盘、U 盘或网络位置可能有问题）。请把文件复制到电脑上再试。", e);
    }

    /**
     * Translates anything a library threw while opening or reading a workbook: a zip bomb, encryption or an old
     * format gets its own reason, everything else says the file is damaged. Our own refusals pass through.
     */
    static RosterFileException fromLibrary(Path file, Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof RosterFileException r) {
                return r;
            }
            String message = t.getMessage();
            if (message != null && message.contains("Zip bomb detected")) {
                return refuse(file, ZIP_BOMB, e);
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return refuse(file, ENCRYPTED, e);
            }
            if (t instanceof org.apache.poi.hssf.OldExcelFormatException) {
                return refuse(file, OLD_EXCEL, e);
            }
            if (t instanceof java.util.zip.ZipException || t instanceof java.io.EOFException) {
                return refuse(file, TRUNCATED, e);
            }
            if (t instanceof FileSystemException fs) {
                return io(file, fs);
            }
        }
        return refuse(file, CORRUPT, e);
    }

    private static String prefix(Path file) {
        return "无法读取“" + name(file) + "”：";
    }
}
