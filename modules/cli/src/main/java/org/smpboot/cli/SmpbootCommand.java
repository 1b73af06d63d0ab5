package org.smpboot.cli;

import java.io.PrintWriter;
import org.smpboot.cli.boot.BootCommand;
import org.smpboot.cli.icr.IcrCommand;
import org.smpboot.cli.madt.MadtCommand;
import org.smpboot.cli.platforms.PlatformsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code smpboot} command; every capability is a subcommand in its own package.
 */
@Command(name = "smpboot",
        mixinStandardHelpOptions = true,
        version = "smpboot 0.1.0",
        description = "Research x86 multiprocessor bring-up on a deterministic simulated machine.",
        subcommands = {
            BootCommand.class,
            IcrCommand.class,
            MadtCommand.class,
            PlatformsCommand.class,
        })
public final class SmpbootCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a subcommand, print the usage and fail: there is nothing to do. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * {@return the configured command line} Output goes to {@code out}, errors and notes to
     * {@code err}; every error is one line.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SmpbootCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(OneLineErrors::onParameterError);
        commandLine.setExecutionExceptionHandler(OneLineErrors::onExecutionError);
        return commandLine;
    }
}
