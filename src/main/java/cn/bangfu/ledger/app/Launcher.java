package cn.bangfu.ledger.app;

import cn.bangfu.ledger.logic.LedgerServices;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The program's entry point: a plain main (not a JavaFX Application, so {@code java -jar} works with JavaFX
 * on the class path). It routes to the CLI, which opens the window when no command is given.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("bangfu.logdir", LedgerServices.dataFolder().resolve("logs").toString());
        int code = Cli.run(args, Launcher::startWindow, writer(System.out, "stdout.encoding"),
                writer(System.err, "stderr.encoding"));
        System.exit(code);
    }

    private static void startWindow(Path ledger, boolean demo) {
        // loaded only here, so that batch commands never touch the UI toolkit
        cn.bangfu.ledger.gui.BangfuApp.start(new cn.bangfu.ledger.gui.BangfuApp.Launch(ledger, demo,
                LedgerServices.dataFolder().resolve("window.properties")));
    }

    /**
     * A writer in the console's charset when that charset can write Chinese (GBK on a Chinese Windows, UTF-8
     * on most Linux), else in UTF-8, so that a console set to ASCII never turns 监测 into "??".
     */
    static PrintWriter writer(PrintStream stream, String encodingProperty) {
        Charset charset = StandardCharsets.UTF_8;
        String name = System.getProperty(encodingProperty);
        try {
            if (name != null) {
                Charset console = Charset.forName(name);
                if (console.newEncoder().canEncode("监测户")) {
                    charset = console;
                }
            }
        } catch (IllegalArgumentException e) {
            // unknown charset name: keep UTF-8
        }
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
