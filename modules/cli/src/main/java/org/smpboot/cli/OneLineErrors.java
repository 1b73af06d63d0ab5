package org.smpboot.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How the command line reports errors: one line on standard error naming the command and the
 * problem, and a status that scripts can rely on. No stack traces: a user error is not a crash.
 */
final class OneLineErrors {

    /** Exit status for bad usage: a flag, a value or a combination the command does not accept. */
    static final int USAGE = 2;
    /** Exit status for a command that ran and failed. */
    static final int FAILURE = 1;

    private OneLineErrors() {
    }

    /** A flag or value picocli could not parse. */
    static int onParameterError(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        command.getErr().println(prefix(command) + error.getMessage()
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return USAGE;
    }

    /** An exception thrown while a command ran. */
    static int onExecutionError(Exception error, CommandLine command, ParseResult parseResult) {
        boolean usage = error instanceof UsageException || error instanceof IllegalArgumentException;
        command.getErr().println(prefix(command) + (error.getMessage() == null ? error.toString() : error.getMessage()));
        return usage ? USAGE : FAILURE;
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": ";
    }
}
