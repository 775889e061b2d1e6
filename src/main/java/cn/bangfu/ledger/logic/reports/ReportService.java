package cn.bangfu.ledger.logic.reports;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.model.LedgerException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The office's forms: the catalogue, one form exported to a file, and the month's pack. A file is written to a
 * temporary file beside its target and moved into place only when complete, so a failed or cancelled export leaves
 * nothing half-written (an existing file of that name stays as it was).
 */
public final class ReportService {

    /** Makes the renderer of a format; {@code templates} is the folder given with --templates, or null. */
    @FunctionalInterface
    public interface Renderers {
        ReportRenderer of(ReportFormat format, Path templates);
    }

    /** What the pack wrote: its folder and files. */
    public record Pack(Path folder, List<Path> files) {
    }

    private final List<ReportForm> forms;
    private final Renderers renderers;
    private final java.util.function.Consumer<Runnable> together;

    public ReportService(List<ReportForm> forms, Renderers renderers) {
        this(forms, renderers, Runnable::run);
    }

    /**
     * @param together runs the pack's queries with the facts they read shared ({@link FormContext#together})
     */
    public ReportService(List<ReportForm> forms, Renderers renderers, java.util.function.Consumer<Runnable> together) {
        this.forms = List.copyOf(forms);
        this.renderers = renderers;
        this.together = together;
    }

    /** Every form, in the catalogue's order. */
    public List<ReportForm> forms() {
        return forms;
    }

    public Optional<ReportForm> form(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** "monitoring-monthly 监测对象动态月报, …": for messages that name the ids. */
    public String ids() {
        return String.join("、", forms.stream().map(f -> f.id() + "（" + f.title() + "）").toList());
    }

    private ReportForm require(String id) {
        return form(id).orElseThrow(() -> new LedgerException("没有编号为 " + id + " 的报表。可用的报表：" + ids()));
    }

    /** The form's documents for the request: full, or through {@link Masking} for 公示 (and always for 公示名单). */
    public List<ReportModel> models(String id, ReportRequest request) {
        ReportForm form = require(id);
        return variant(form, form.build(request), request.masked());
    }

    /** The documents of the variant asked for, from the full ones: the same models, masked for 公示. */
    private static List<ReportModel> variant(ReportForm form, List<ReportModel> full, boolean masked) {
        if (form.alwaysMasked()) { // 公示名单: masked, its title already says what it is
            return full.stream().map(m -> {
                ReportModel x = Masking.mask(m);
                return x.with(m.title(), x.tables(), x.notes(), true);
            }).toList();
        }
        return masked ? full.stream().map(Masking::mask).toList() : full;
    }

    /** The file name the pack and the window suggest: 2026-11 监测对象动态月报（公示）.pdf. */
    public String fileName(String id, YearMonth month, boolean masked, ReportFormat format) {
        ReportForm form = require(id);
        boolean suffix = masked && !form.alwaysMasked(); // 公示名单 is only ever a 公示: its name says so already
        return month + " " + form.title() + (suffix ? "（公示）" : "") + "." + format.extension();
    }

    /**
     * Writes one form to {@code out}: rendered to a temporary file in the same folder, then moved over {@code out}.
     *
     * @throws LedgerException when the folder cannot be written (nothing is left behind)
     * @throws CancellationException when cancelled (nothing is left behind)
     */
    public Path export(String id, ReportRequest request, ReportFormat format, Path out, Path templates,
            WorkProgress progress) {
        List<ReportModel> models = models(id, request);
        return write(models, format, out, templates, progress);
    }

    /** The documents rendered in memory (the window's preview of the first page). */
    public byte[] render(List<ReportModel> models, ReportFormat format, Path templates, WorkProgress progress) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            renderers.of(format, templates).write(forFormat(models, format), bytes, progress);
        } catch (IOException e) {
            throw new LedgerException("生成报表失败：" + why(e), e);
        }
        return bytes.toByteArray();
    }

    /** Writes documents already built (the window's preview, the pack) the same safe way. */
    public Path write(List<ReportModel> models, ReportFormat format, Path out, Path templates, WorkProgress progress) {
        Path target = out.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new LedgerException("找不到输出文件夹：" + folder + "。请先创建它，或换一个位置。");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".bangfu-", "." + format.extension() + ".part");
            try (OutputStream os = Files.newOutputStream(temp)) {
                renderers.of(format, templates).write(forFormat(models, format), os, progress);
            }
            moveIntoPlace(temp, target);
            temp = null;
            return target;
        } catch (IOException e) {
            throw new LedgerException("不能写入 " + target + "：" + why(e) + "。账本未改动；请换一个可写的文件夹，"
                    + "或关闭正在打开这个文件的程序（如 Excel、WPS）后再试。", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a leftover .part file is hidden and harmless
                }
            }
        }
    }

    /** A PDF prints each table's printed columns; Excel holds them all. */
    private static List<ReportModel> forFormat(List<ReportModel> models, ReportFormat format) {
        return format == ReportFormat.PDF ? models.stream().map(ReportModel::forPrint).toList() : models;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "没有写入权限";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "文件夹不存在";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "文件已存在";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The month's pack: every monthly form, full and 公示 (only 公示 for 公示名单), in both formats, into the folder
     * {@code parent/2026-11 月度报表} with an index {@code 目录.txt}. Written into a hidden folder first and renamed
     * when complete; a pack of that month already there is replaced only then.
     */
    public Pack exportPack(YearMonth month, Path parent, Path templates, WorkProgress progress) {
        Path base = parent.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new LedgerException("找不到输出文件夹：" + base + "。请先创建它，或换一个位置。");
        }
        Path folder = base.resolve(month + " 月度报表");
        List<ReportForm> monthly = forms.stream().filter(ReportForm::monthly).toList();
        int total = monthly.stream().mapToInt(f -> f.alwaysMasked() ? 2 : 4).sum();
        Path work;
        try {
            work = Files.createTempDirectory(base, "." + month + "-");
        } catch (IOException e) {
            throw new LedgerException("不能在 " + base + " 中写入：" + why(e) + "。请换一个可写的文件夹。", e);
        }
        boolean done = false;
        ExecutorService renderers = Executors.newFixedThreadPool(RENDER_THREADS, r -> {
            Thread t = new Thread(r, "bangfu-pack");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Path> files = new ArrayList<>();
            List<String> index = new ArrayList<>();
            index.add(month + " 月度报表（" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                    + " 由帮扶台账生成）");
            index.add("");
            AtomicInteger n = new AtomicInteger();
            List<Future<?>> jobs = new ArrayList<>();
            // every form queried once (its 公示 is masked from it), the month's facts read once for all of them
            java.util.Map<ReportForm, List<ReportModel>> built = new java.util.LinkedHashMap<>();
            progress.update("读取账本", 0, total);
            together.accept(() -> monthly.forEach(f -> {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                built.put(f, f.build(ReportRequest.of(month, false)));
            }));
            for (ReportForm form : monthly) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                List<ReportModel> full = built.get(form);
                for (boolean masked : form.alwaysMasked() ? new boolean[] {true} : new boolean[] {false, true}) {
                    List<ReportModel> models = variant(form, full, masked);
                    for (ReportFormat format : ReportFormat.values()) {
                        String name = fileName(form.id(), month, masked, format);
                        jobs.add(renderers.submit(() -> {
                            write(models, format, work.resolve(name), templates, progress);
                            progress.update("生成" + form.title(), n.incrementAndGet(), total);
                            return null;
                        }));
                        files.add(folder.resolve(name));
                        index.add(name + "    " + (masked || form.alwaysMasked() ? "公示版（身份证号、电话已遮挡）"
                                : "全本（内部使用，勿张贴）"));
                    }
                }
            }
            for (Future<?> job : jobs) {
                await(job);
            }
            progress.update("完成", total, total);
            Files.write(work.resolve("目录.txt"), index, StandardCharsets.UTF_8);
            replaceFolder(work, folder);
            done = true;
            return new Pack(folder, files);
        } catch (IOException e) {
            throw new LedgerException("不能写入 " + folder + "：" + why(e) + "。已生成的部分已删除，账本未改动。", e);
        } finally {
            renderers.shutdownNow();
            if (!done) {
                try {
                    renderers.awaitTermination(30, TimeUnit.SECONDS); // no file is still being written into it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                deleteTree(work);
            }
        }
    }

    /** Files of the pack drawn at once: the clerk's PC has two cores or more, and each file is independent. */
    private static final int RENDER_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static void await(Future<?> job) {
        try {
            job.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new LedgerException("生成报表失败：" + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private static void replaceFolder(Path work, Path folder) throws IOException {
        Path old = null;
        if (Files.exists(folder)) {
            old = folder.resolveSibling("." + folder.getFileName() + ".old-" + System.nanoTime());
            Files.move(folder, old);
        }
        try {
            Files.move(work, folder);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, folder); // put the earlier pack back
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
