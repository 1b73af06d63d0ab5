package org.smpboot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line, with its exit status and both output streams.
 *
 * @param status the exit status
 * @param out    what went to standard output
 * @param err    what went to standard error
 */
public record CliRun(int status, String out, String err) {

    /** {@return the result of running {@code smpboot args...}} */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }

    /** {@return the standard error lines} */
    public java.util.List<String> errLines() {
        return err.lines().toList();
    }
}
