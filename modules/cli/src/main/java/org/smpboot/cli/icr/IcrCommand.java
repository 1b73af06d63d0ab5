package org.smpboot.cli.icr;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code smpboot icr}: encode an Interrupt Command Register value from its fields, or decode one.
 */
@Command(name = "icr",
        mixinStandardHelpOptions = true,
        description = "Encode or decode a local APIC Interrupt Command Register value (SDM Vol. 3A §10.6.1).",
        subcommands = {IcrEncodeCommand.class, IcrDecodeCommand.class})
public final class IcrCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose encode or decode");
    }
}
