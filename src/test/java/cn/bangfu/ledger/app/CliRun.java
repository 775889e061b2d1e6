package cn.bangfu.ledger.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, as a script sees it: the exit code and what it printed. */
record CliRun(int code, String out, String err) {

    /** Runs the command line with these arguments (a window it would open is not opened). */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, (ledger, demo) -> {
        }, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
