package org.smpboot.cli.icr;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.smpboot.cli.Hex;
import org.smpboot.cli.JsonOutput;
import org.smpboot.cli.NumberConverter;
import org.smpboot.cli.UsageException;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.apic.IcrRules;
import org.smpboot.kernel.api.apic.InvalidIcrException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code smpboot icr decode}: every field of a raw ICR value, with the SDM's notes on it.
 *
 * <p>In xAPIC mode VALUE is the low word and {@code --high} the high word, or VALUE is the whole
 * 64-bit register; in x2APIC mode VALUE is the 64-bit MSR value. Decoding is lenient by default
 * (reserved bits are reported and ignored, as hardware ignores them); {@code --strict} refuses them.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Print every field of a raw ICR value.")
public final class IcrDecodeCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--mode", converter = IcrConverters.Modes.class, defaultValue = "xapic",
            description = "xapic or x2apic (default: ${DEFAULT-VALUE}).")
    private ApicMode mode;

    @Parameters(paramLabel = "VALUE", converter = NumberConverter.class,
            description = "The register value: the xAPIC low word (or whole 64-bit value), or the x2APIC MSR value.")
    private long value;

    @Option(names = "--high", converter = NumberConverter.class,
            description = "xAPIC only: the high word (offset 0x310), holding the destination in bits 24-31.")
    private Long high;

    @Option(names = "--strict", description = "Refuse values with reserved bits set.")
    private boolean strict;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public void run() {
        long raw = raw();
        Icr icr;
        try {
            icr = IcrCodec.decode(raw, mode, strict ? IcrCodec.Decoding.STRICT : IcrCodec.Decoding.LENIENT);
        } catch (InvalidIcrException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> notes = notes(raw, icr);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(out, icr, notes);
        } else {
            writeText(out, raw, icr, notes);
        }
    }

    /** The 64-bit register value the arguments describe. */
    private long raw() {
        if (mode == ApicMode.X2APIC) {
            if (high != null) {
                throw new UsageException("--high applies to xapic only: the x2APIC ICR is one 64-bit MSR (0x830)");
            }
            return value;
        }
        if (high == null) {
            return value;
        }
        if (Long.compareUnsigned(value, 0xFFFF_FFFFL) > 0 || Long.compareUnsigned(high, 0xFFFF_FFFFL) > 0) {
            throw new UsageException("With --high, VALUE and --high are 32-bit words (0 to 0xffffffff)");
        }
        return IcrLayout.join((int) (long) high, (int) value);
    }

    /** The SDM's notes on this value: reserved bits ignored, then every rule it breaks. */
    private List<String> notes(long raw, Icr icr) {
        List<String> notes = new ArrayList<>();
        long ignored = raw & IcrLayout.reservedMask(mode);
        if (mode == ApicMode.X2APIC) {
            ignored |= raw & IcrLayout.DELIVERY_STATUS_MASK;
        }
        if (ignored != 0) {
            notes.add("Reserved bits %s set and ignored in %s mode".formatted(Hex.u64(ignored), mode.mnemonic()));
        }
        IcrRules.check(icr, mode).forEach(violation -> notes.add(violation.message()));
        return notes;
    }

    private void writeText(PrintWriter out, long raw, Icr icr, List<String> notes) {
        out.printf("mode              %s%n", mode.mnemonic());
        out.printf("raw               %s%s%n", Hex.u64(raw), mode == ApicMode.XAPIC
                ? " (high %s, low %s)".formatted(Hex.u32(IcrLayout.high(raw)), Hex.u32(IcrLayout.low(raw))) : "");
        out.printf("vector            0x%02x%s%n", icr.vector(), icr.deliveryMode() == DeliveryMode.STARTUP
                ? " (start-up at 0x%x)".formatted(icr.startupAddress()) : "");
        out.printf("delivery mode     %s (%s)%n", icr.deliveryMode().mnemonic(),
                binary(icr.deliveryMode().encoding(), 3));
        out.printf("destination mode  %s%n", icr.destinationMode().mnemonic());
        out.printf("delivery status   %s%n", mode == ApicMode.X2APIC ? "none in x2apic mode" : icr.deliveryStatus().mnemonic());
        out.printf("level             %s%n", icr.level().mnemonic());
        out.printf("trigger mode      %s%n", icr.triggerMode().mnemonic());
        out.printf("shorthand         %s (%s)%n", icr.shorthand().mnemonic(), binary(icr.shorthand().encoding(), 2));
        out.printf("destination       0x%x%s%n", icr.unsignedDestination(),
                icr.shorthand() == DestinationShorthand.NO_SHORTHAND ? "" : " (not used with a shorthand)");
        notes.forEach(note -> out.println("note: " + note));
    }

    private void writeJson(PrintWriter out, Icr icr, List<String> notes) {
        JsonOutput.write(out, generator -> {
            generator.writeStartObject();
            generator.writeStringProperty("mode", mode.mnemonic());
            generator.writeNumberProperty("vector", icr.vector());
            generator.writeStringProperty("deliveryMode", icr.deliveryMode().mnemonic());
            generator.writeStringProperty("destinationMode", icr.destinationMode().mnemonic());
            generator.writeStringProperty("deliveryStatus", icr.deliveryStatus().mnemonic());
            generator.writeStringProperty("level", icr.level().mnemonic());
            generator.writeStringProperty("triggerMode", icr.triggerMode().mnemonic());
            generator.writeStringProperty("shorthand", icr.shorthand().mnemonic());
            generator.writeNumberProperty("destination", icr.unsignedDestination());
            generator.writeArrayPropertyStart("notes");
            notes.forEach(generator::writeString);
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    private static String binary(int value, int width) {
        String bits = Integer.toBinaryString(value);
        return "0".repeat(width - bits.length()) + bits;
    }
}
