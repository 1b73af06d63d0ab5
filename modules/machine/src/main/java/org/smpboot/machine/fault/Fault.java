package org.smpboot.machine.fault;

import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.machine.CpuIndex;

/**
 * A defect injected into a simulated machine, declared in its description: a processor that does
 * not behave, firmware that does not answer, or an MADT that does not tell the truth.
 *
 * <p>Each kind is one way real bring-up goes wrong; {@link FaultSpec} parses the command-line form
 * shown on each record. Processors are named by {@link CpuIndex} (0 is the BSP).
 */
public sealed interface Fault {

    /** {@return the fault in the syntax {@link FaultSpec#parse} accepts} */
    String spec();

    /**
     * {@code cpu=N:dead}: the processor never leaves reset and its APIC accepts no IPI, so a
     * physical IPI to it ends in a Send Accept Error and its firmware never answers the mailbox.
     *
     * @param cpu the processor, not the BSP
     */
    record Dead(CpuIndex cpu) implements Fault {
        /** Validates that the processor is named. */
        public Dead {
            Objects.requireNonNull(cpu, "cpu");
        }

        @Override
        public String spec() {
            return "cpu=%d:dead".formatted(cpu.value());
        }
    }

    /**
     * {@code cpu=N:ignore-first-sipi}: the first Start-Up IPI the processor receives is lost, as
     * the SDM warns can happen (SIPIs are not retried by hardware): only a second one starts it.
     *
     * @param cpu the processor, not the BSP
     */
    record IgnoresFirstSipi(CpuIndex cpu) implements Fault {
        /** Validates that the processor is named. */
        public IgnoresFirstSipi {
            Objects.requireNonNull(cpu, "cpu");
        }

        @Override
        public String spec() {
            return "cpu=%d:ignore-first-sipi".formatted(cpu.value());
        }
    }

    /**
     * {@code cpu=N:late=2ms}: the processor takes this much longer than usual from accepting its
     * start (SIPI or mailbox wakeup) to fetching the boot code, so it may arrive after the BSP gave
     * up on it.
     *
     * @param cpu   the processor, not the BSP
     * @param delay the extra start-up time
     */
    record StartsLate(CpuIndex cpu, Delay delay) implements Fault {
        /** Validates that both parts are present. */
        public StartsLate {
            Objects.requireNonNull(cpu, "cpu");
            Objects.requireNonNull(delay, "delay");
        }

        @Override
        public String spec() {
            return "cpu=%d:late=%s".formatted(cpu.value(), delay.text());
        }
    }

    /**
     * {@code cpu=N:bad-boot-code}: the processor triple-faults as soon as it starts executing the
     * boot code, whatever the image holds (a corrupted copy, a bad cache line).
     *
     * @param cpu the processor, not the BSP
     */
    record BadBootCode(CpuIndex cpu) implements Fault {
        /** Validates that the processor is named. */
        public BadBootCode {
            Objects.requireNonNull(cpu, "cpu");
        }

        @Override
        public String spec() {
            return "cpu=%d:bad-boot-code".formatted(cpu.value());
        }
    }

    /**
     * {@code mailbox:never-ack=N}: in a TDX guest, the firmware loop of this processor never
     * acknowledges (nor performs) a mailbox command addressed to it.
     *
     * @param cpu the processor, not the BSP
     */
    record MailboxNeverAcks(CpuIndex cpu) implements Fault {
        /** Validates that the processor is named. */
        public MailboxNeverAcks {
            Objects.requireNonNull(cpu, "cpu");
        }

        @Override
        public String spec() {
            return "mailbox:never-ack=%d".formatted(cpu.value());
        }
    }

    /**
     * {@code mailbox:late-ack=N:5ms}: in a TDX guest, the firmware loop of this processor
     * acknowledges a command addressed to it this much later than usual.
     *
     * @param cpu   the processor, not the BSP
     * @param delay the extra time before the acknowledgement
     */
    record MailboxAcksLate(CpuIndex cpu, Delay delay) implements Fault {
        /** Validates that both parts are present. */
        public MailboxAcksLate {
            Objects.requireNonNull(cpu, "cpu");
            Objects.requireNonNull(delay, "delay");
        }

        @Override
        public String spec() {
            return "mailbox:late-ack=%d:%s".formatted(cpu.value(), delay.text());
        }
    }

    /**
     * {@code mailbox:script=STEP/STEP/...}: in a TDX guest, the firmware answers the OS's mailbox
     * commands as the script says, one step per command in the order written (every command but
     * Noop counts), and as the spec asks once the script is done. A hostile or broken firmware,
     * for fuzzing and for trying a kernel's wakeup policy; the steps are {@link MailboxAction}s.
     *
     * @param actions the steps, at least one
     */
    record MailboxScript(List<MailboxAction> actions) implements Fault {
        /** Copies the steps and validates that there is one. */
        public MailboxScript {
            actions = List.copyOf(actions);
            if (actions.isEmpty()) {
                throw new IllegalArgumentException("Invalid mailbox:script=: the script needs at least one step");
            }
        }

        @Override
        public String spec() {
            return "mailbox:script=" + String.join("/", actions.stream().map(MailboxAction::spec).toList());
        }
    }

    /**
     * {@code madt:phantom=K}: the MADT lists {@code count} enabled processors that do not exist,
     * with APIC IDs above the highest real one; IPIs to them find no taker.
     *
     * @param count how many phantom processors, at least 1
     */
    record MadtPhantomCpus(int count) implements Fault {
        /** Validates the count. */
        public MadtPhantomCpus {
            if (count < 1) {
                throw new IllegalArgumentException(
                        "Invalid madt:phantom=%d: the count must be at least 1".formatted(count));
            }
        }

        @Override
        public String spec() {
            return "madt:phantom=" + count;
        }
    }

    /**
     * {@code madt:omit=N}: the processor exists (broadcast IPIs reach it) but the MADT does not
     * list it.
     *
     * @param cpu the processor
     */
    record MadtOmitsCpu(CpuIndex cpu) implements Fault {
        /** Validates that the processor is named. */
        public MadtOmitsCpu {
            Objects.requireNonNull(cpu, "cpu");
        }

        @Override
        public String spec() {
            return "madt:omit=%d".formatted(cpu.value());
        }
    }
}
