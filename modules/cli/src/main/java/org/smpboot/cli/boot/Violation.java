package org.smpboot.cli.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.smpboot.cli.timeline.EventRole;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.trace.TraceEvent;

/**
 * A broken rule the boot ran into: a protocol violation the machine recorded (an ICR write the APIC
 * refused, an IPI nobody accepted, an APIC error, a mailbox command no firmware serves), or a
 * firmware defect the kernel found in the ACPI tables. Faults of processors are not violations: they
 * are each CPU's fate.
 *
 * @param source  who recorded it
 * @param kind    a stable kebab-case name, e.g. {@code ipi-dropped}, {@code acpi-table}
 * @param cycle   when, for a machine record (virtual TSC)
 * @param cpu     on which processor, for a machine record (the sender for IPIs)
 * @param message what happened, naming the rule
 * @spec Intel SDM Vol. 3A §10.5.3 "Error Handling" (ESR bits) and §10.6.1 (ICR delivery status);
 *     ACPI 6.6 §5.2.12.19 (mailbox commands); the kinds are {@link EventRole#violationKind}'s
 */
record Violation(Source source, String kind, OptionalLong cycle, Optional<CpuIndex> cpu, String message) {

    /** Who recorded a violation. */
    enum Source {
        /** The simulated hardware, watching the kernel's accesses. */
        MACHINE("machine"),
        /** The kernel, reading the firmware's tables. */
        FIRMWARE("firmware");

        private final String mnemonic;

        Source(String mnemonic) {
            this.mnemonic = mnemonic;
        }

        /** {@return the lower-case name used in JSON and the log} */
        String mnemonic() {
            return mnemonic;
        }
    }

    /** The kind of every firmware problem the kernel reports. */
    static final String ACPI_TABLE = "acpi-table";

    /** Validates that the parts fit the source. */
    Violation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(message, "message");
        if ((source == Source.MACHINE) != cycle.isPresent()) {
            throw new IllegalArgumentException("Invalid violation '%s': a machine record has a time, a firmware one none"
                    .formatted(message));
        }
    }

    /** {@return the violations of a boot: the firmware's first (found before the wake-up), then the machine's in time order} */
    static List<Violation> of(BootRun boot) {
        List<Violation> found = new ArrayList<>();
        for (String problem : boot.report().firmwareProblems()) {
            found.add(new Violation(Source.FIRMWARE, ACPI_TABLE, OptionalLong.empty(), Optional.empty(), problem));
        }
        for (TraceEvent event : boot.run().trace().events()) {
            EventRole.violationKind(event).ifPresent(kind -> found.add(new Violation(Source.MACHINE, kind, OptionalLong.of(event.cycle()),
                    Optional.of(event.cpu()), event.describe())));
        }
        return List.copyOf(found);
    }
}
