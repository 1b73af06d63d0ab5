package org.smpboot.cli.icr;

import java.io.PrintWriter;
import org.smpboot.cli.Hex;
import org.smpboot.cli.JsonOutput;
import org.smpboot.cli.NumberConverter;
import org.smpboot.cli.UsageException;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DeliveryStatus;
import org.smpboot.kernel.api.apic.DestinationMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.apic.IcrRules;
import org.smpboot.kernel.api.apic.InvalidIcrException;
import org.smpboot.kernel.api.apic.Level;
import org.smpboot.kernel.api.apic.TriggerMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smpboot icr encode}: the register value(s) for an ICR given field by field.
 *
 * <p>Prints the xAPIC high and low words (write the high word first) or the x2APIC MSR value.
 * A value the SDM forbids is refused with the rule's name (exit 2); a value the hardware accepts
 * but overrides is encoded, with a note on standard error.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Print the ICR register value(s) for the given fields.")
public final class IcrEncodeCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--mode", converter = IcrConverters.Modes.class, defaultValue = "xapic",
            description = "xapic or x2apic (default: ${DEFAULT-VALUE}).")
    private ApicMode mode;

    @Option(names = "--delivery", converter = IcrConverters.DeliveryModes.class, defaultValue = "fixed",
            description = "fixed, lowest, smi, nmi, init or startup (default: ${DEFAULT-VALUE}).")
    private DeliveryMode delivery;

    @Option(names = "--vector", converter = NumberConverter.class, defaultValue = "0",
            description = "Vector, or Start-Up page number; decimal or 0x hex (default: ${DEFAULT-VALUE}).")
    private long vector;

    @Option(names = "--dest-mode", converter = IcrConverters.DestinationModes.class, defaultValue = "physical",
            description = "physical or logical (default: ${DEFAULT-VALUE}).")
    private DestinationMode destinationMode;

    @Option(names = "--level", converter = IcrConverters.Levels.class, defaultValue = "assert",
            description = "assert or deassert (default: ${DEFAULT-VALUE}).")
    private Level level;

    @Option(names = "--trigger", converter = IcrConverters.TriggerModes.class, defaultValue = "edge",
            description = "edge or level (default: ${DEFAULT-VALUE}).")
    private TriggerMode trigger;

    @Option(names = "--shorthand", converter = IcrConverters.Shorthands.class, defaultValue = "none",
            description = "none, self, all or all-but-self (default: ${DEFAULT-VALUE}).")
    private DestinationShorthand shorthand;

    @Option(names = "--dest", converter = NumberConverter.class, defaultValue = "0",
            description = "Destination: APIC ID or logical address; decimal or 0x hex (default: ${DEFAULT-VALUE}).")
    private long destination;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public void run() {
        Icr icr = icr();
        long raw;
        try {
            raw = IcrCodec.encode(icr, mode);
        } catch (InvalidIcrException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.write(out, generator -> {
                generator.writeStartObject();
                generator.writeStringProperty("mode", mode.mnemonic());
                switch (mode) {
                    case XAPIC -> {
                        generator.writeStringProperty("high", Hex.u32(IcrLayout.high(raw)));
                        generator.writeStringProperty("low", Hex.u32(IcrLayout.low(raw)));
                    }
                    case X2APIC -> generator.writeStringProperty("value", Hex.u64(raw));
                }
                generator.writeEndObject();
            });
        } else {
            out.println(switch (mode) {
                case XAPIC -> "high %s low %s".formatted(Hex.u32(IcrLayout.high(raw)), Hex.u32(IcrLayout.low(raw)));
                case X2APIC -> Hex.u64(raw);
            });
        }
        PrintWriter err = spec.commandLine().getErr();
        IcrRules.check(icr, mode).forEach(note -> err.println("note: " + note.message()));
    }

    /** The fields as a record; range errors name the flag. */
    private Icr icr() {
        if (vector > 0xFF) {
            throw new UsageException("Invalid --vector 0x%x: the vector field is 8 bits (0 to 0xff)".formatted(vector));
        }
        if (Long.compareUnsigned(destination, 0xFFFF_FFFFL) > 0) {
            throw new UsageException(
                    "Invalid --dest 0x%x: the destination field is at most 32 bits (x2APIC)".formatted(destination));
        }
        return new Icr((int) vector, delivery, destinationMode, DeliveryStatus.IDLE, level, trigger, shorthand,
                (int) destination);
    }
}
