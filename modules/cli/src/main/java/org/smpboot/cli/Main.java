package org.smpboot.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code ./smpboot}.
 *
 * <p>Exit status: 0 on success, 1 when the command ran and found a failure it reports, 2 for bad
 * usage (an unknown flag, a malformed number, a value a rule forbids), 3 for a boot in which some
 * processors did not come up. Errors are one line on standard error, never a stack trace.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits the JVM with its status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        System.exit(status);
    }

    /**
     * Runs the command line without exiting: what tests call.
     *
     * @param args the command-line arguments
     * @param out  where results go
     * @param err  where errors and notes go
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return SmpbootCommand.commandLine(out, err, args).execute(args);
    }
}
