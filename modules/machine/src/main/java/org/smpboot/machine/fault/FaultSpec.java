package org.smpboot.machine.fault;

import java.util.ArrayList;
import java.util.List;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.machine.CpuIndex;

/**
 * The command-line syntax of injected faults, as the {@code boot} command's {@code --fault} option
 * takes it, and its parser.
 *
 * <pre>
 * cpu=N:dead                 the processor never responds
 * cpu=N:ignore-first-sipi    the first Start-Up IPI is lost
 * cpu=N:late=DURATION        the processor starts DURATION later than usual
 * cpu=N:bad-boot-code        the processor triple-faults in the boot code
 * mailbox:never-ack=N        TDX firmware never acknowledges a command for processor N
 * mailbox:late-ack=N:DURATION TDX firmware acknowledges DURATION later than usual
 * mailbox:script=STEP/STEP   TDX firmware answers the commands as the steps say, in order:
 *                              serve@DURATION (acknowledge and wake), ack@DURATION (acknowledge,
 *                              wake nobody), ignore, write=OFFSET:WIDTH:VALUE@DURATION (write
 *                              into the mailbox page)
 * madt:phantom=K             the MADT lists K processors that do not exist
 * madt:omit=N                the MADT omits processor N, which exists
 *
 * N is a CPU index (0 = BSP); DURATION is a kernel-api {@link Delay}: an integer followed by
 * ns, us, ms, s or cycles.
 * </pre>
 *
 * <p>Parsing is total: any string either yields a {@link Fault} or a {@link FaultSpecException}
 * that says why and lists the accepted forms. Whether the fault fits a given machine (the CPU
 * exists, the mailbox exists) is checked when the machine is built.
 */
public final class FaultSpec {

    /** One line listing every accepted form, for error messages and help text. */
    public static final String ACCEPTED_FORMS = "cpu=N:dead, cpu=N:ignore-first-sipi, cpu=N:late=DURATION, "
            + "cpu=N:bad-boot-code, mailbox:never-ack=N, mailbox:late-ack=N:DURATION, "
            + "mailbox:script=STEP/STEP (serve@DURATION, ack@DURATION, ignore, write=OFFSET:WIDTH:VALUE@DURATION), "
            + "madt:phantom=K, madt:omit=N "
            + "(N a CPU index, K a count, DURATION an integer with ns, us, ms, s or cycles, e.g. 2ms)";

    private static final String CPU_PREFIX = "cpu=";
    private static final String MAILBOX_PREFIX = "mailbox:";
    private static final String MADT_PREFIX = "madt:";

    private FaultSpec() {
    }

    /**
     * {@return the fault {@code text} specifies}
     *
     * @throws FaultSpecException if {@code text} is not one of the accepted forms
     */
    public static Fault parse(String text) {
        String spec = text.strip();
        if (spec.startsWith(CPU_PREFIX)) {
            return parseCpuFault(text, spec.substring(CPU_PREFIX.length()));
        }
        if (spec.startsWith(MAILBOX_PREFIX)) {
            return parseMailboxFault(text, spec.substring(MAILBOX_PREFIX.length()));
        }
        if (spec.startsWith(MADT_PREFIX)) {
            return parseMadtFault(text, spec.substring(MADT_PREFIX.length()));
        }
        throw new FaultSpecException(text, "it must start with cpu=, mailbox: or madt:");
    }

    /**
     * {@return the faults of a comma-separated list; empty for a blank string}
     *
     * @throws FaultSpecException for the first element that is not a fault
     */
    public static List<Fault> parseAll(String commaSeparated) {
        List<Fault> faults = new ArrayList<>();
        if (commaSeparated.isBlank()) {
            return List.of();
        }
        for (String part : commaSeparated.split(",", -1)) {
            faults.add(parse(part));
        }
        return List.copyOf(faults);
    }

    private static Fault parseCpuFault(String input, String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw new FaultSpecException(input, "a cpu fault needs a kind after the CPU index, e.g. cpu=1:dead");
        }
        CpuIndex cpu = CpuIndex.of(index(input, rest.substring(0, colon), "CPU index"));
        String kind = rest.substring(colon + 1);
        return switch (kind) {
            case "dead" -> new Fault.Dead(cpu);
            case "ignore-first-sipi" -> new Fault.IgnoresFirstSipi(cpu);
            case "bad-boot-code" -> new Fault.BadBootCode(cpu);
            default -> {
                if (kind.startsWith("late=")) {
                    yield new Fault.StartsLate(cpu, duration(input, kind.substring("late=".length())));
                }
                throw new FaultSpecException(input, "unknown cpu fault kind \"%s\"".formatted(kind));
            }
        };
    }

    private static Fault parseMailboxFault(String input, String rest) {
        if (rest.startsWith("never-ack=")) {
            return new Fault.MailboxNeverAcks(CpuIndex.of(index(input, rest.substring("never-ack=".length()),
                    "CPU index")));
        }
        if (rest.startsWith("late-ack=")) {
            String arguments = rest.substring("late-ack=".length());
            int colon = arguments.indexOf(':');
            if (colon < 0) {
                throw new FaultSpecException(input, "mailbox:late-ack needs a CPU index and a duration, e.g. "
                        + "mailbox:late-ack=1:5ms");
            }
            CpuIndex cpu = CpuIndex.of(index(input, arguments.substring(0, colon), "CPU index"));
            return new Fault.MailboxAcksLate(cpu, duration(input, arguments.substring(colon + 1)));
        }
        if (rest.startsWith("script=")) {
            List<MailboxAction> steps = new ArrayList<>();
            for (String step : rest.substring("script=".length()).split("/", -1)) {
                steps.add(mailboxAction(input, step));
            }
            return new Fault.MailboxScript(steps);
        }
        throw new FaultSpecException(input, "unknown mailbox fault \"%s\"".formatted(rest));
    }

    /** One step of a mailbox script: serve@D, ack@D, ignore or write=OFFSET:WIDTH:VALUE@D. */
    private static MailboxAction mailboxAction(String input, String step) {
        if (step.equals("ignore")) {
            return new MailboxAction.Ignore();
        }
        int at = step.lastIndexOf('@');
        if (at < 0) {
            throw new FaultSpecException(input, ("the mailbox script step \"%s\" is not serve@DURATION, ack@DURATION, "
                    + "ignore or write=OFFSET:WIDTH:VALUE@DURATION").formatted(step));
        }
        String kind = step.substring(0, at);
        Delay after = duration(input, step.substring(at + 1));
        if (kind.equals("serve")) {
            return new MailboxAction.Serve(after);
        }
        if (kind.equals("ack")) {
            return new MailboxAction.Acknowledge(after);
        }
        if (kind.startsWith("write=")) {
            String[] parts = kind.substring("write=".length()).split(":", -1);
            if (parts.length != 3) {
                throw new FaultSpecException(input, "the mailbox write \"%s\" needs OFFSET:WIDTH:VALUE".formatted(step));
            }
            try {
                return new MailboxAction.Write(Math.toIntExact(number(input, parts[0])), Math.toIntExact(number(input, parts[1])),
                        number(input, parts[2]), after);
            } catch (IllegalArgumentException | ArithmeticException refused) {
                throw new FaultSpecException(input, refused.getMessage());
            }
        }
        throw new FaultSpecException(input, "unknown mailbox script step \"%s\"".formatted(kind));
    }

    /** A non-negative number, decimal or {@code 0x} hexadecimal, at most 64 bits. */
    private static long number(String input, String text) {
        try {
            return text.startsWith("0x") || text.startsWith("0X")
                    ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseUnsignedLong(text);
        } catch (NumberFormatException notANumber) {
            throw new FaultSpecException(input, "\"%s\" is not a decimal or 0x hexadecimal number".formatted(text));
        }
    }

    private static Fault parseMadtFault(String input, String rest) {
        if (rest.startsWith("phantom=")) {
            int count = index(input, rest.substring("phantom=".length()), "phantom count");
            if (count < 1) {
                throw new FaultSpecException(input, "the phantom count must be at least 1");
            }
            return new Fault.MadtPhantomCpus(count);
        }
        if (rest.startsWith("omit=")) {
            return new Fault.MadtOmitsCpu(CpuIndex.of(index(input, rest.substring("omit=".length()), "CPU index")));
        }
        throw new FaultSpecException(input, "unknown madt fault \"%s\"".formatted(rest));
    }

    /** A non-negative decimal {@code int}, digits only. */
    private static int index(String input, String digits, String what) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new FaultSpecException(input, "the %s \"%s\" is not a non-negative decimal integer".formatted(what, digits));
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            throw new FaultSpecException(input, "the %s %s is larger than %d".formatted(what, digits, Integer.MAX_VALUE));
        }
    }

    /** A {@link Delay} in its text form (an integer and ns, us, ms, s or cycles), or a refusal naming this spec. */
    private static Delay duration(String input, String text) {
        try {
            return Delay.parse(text);
        } catch (IllegalArgumentException refused) {
            throw new FaultSpecException(input, "the duration \"%s\" is not valid (%s)".formatted(text, refused.getMessage()));
        }
    }
}
