package org.smpboot.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.smpboot.cli.boot.BootCommand;
import org.smpboot.cli.icr.IcrCommand;
import org.smpboot.cli.madt.MadtCommand;
import org.smpboot.cli.platforms.PlatformsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code smpboot} command; every capability is a subcommand in its own package.
 *
 * <p>The subcommands are registered here, not in the annotation, so that a command line naming
 * one builds only that one's model: picocli reads every registered command's annotations
 * reflectively at start-up, and with all of them that is most of a short run's time (the batch
 * decoder is benchmarked whole-process). Parsing is the same either way, since a subcommand's
 * arguments are parsed by that subcommand alone; help, usage errors and anything that is not a
 * subcommand's name get the full set.
 */
@Command(name = "smpboot",
        mixinStandardHelpOptions = true,
        version = "smpboot 0.1.0",
        description = "Research x86 multiprocessor bring-up on a deterministic simulated machine.")
public final class SmpbootCommand implements Runnable {

    /** The subcommands by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

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
        return commandLine(out, err, new String[0]);
    }

    /**
     * {@return the command line for {@code args}} Only the subcommand {@code args[0]} names is
     * registered when it names one; otherwise all of them are.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine commandLine = new CommandLine(new SmpbootCommand());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(OneLineErrors::onParameterError);
        commandLine.setExecutionExceptionHandler(OneLineErrors::onExecutionError);
        return commandLine;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("boot", BootCommand::new);
        commands.put("icr", IcrCommand::new);
        commands.put("madt", MadtCommand::new);
        commands.put("platforms", PlatformsCommand::new);
        return commands;
    }
}
