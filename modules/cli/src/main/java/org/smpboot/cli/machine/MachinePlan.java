package org.smpboot.cli.machine;

import java.util.Objects;
import java.util.Optional;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;

/**
 * A simulated machine as the command-line flags describe it, before it is built: its description,
 * and the real MADT its firmware serves when {@code --madt} was given.
 *
 * @param description the machine (for a MADT machine: the table's processors and every other setting)
 * @param madt        the table the firmware serves byte for byte, if any
 */
public record MachinePlan(MachineDescription description, Optional<MadtSource> madt) {

    /** Validates that every part is present. */
    public MachinePlan {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(madt, "madt");
    }

    /**
     * {@return the machine, after RESET}
     *
     * @throws IllegalArgumentException if the machine cannot be built as described
     */
    public Machine build() {
        return madt.map(table -> Machine.fromMadt(table.bytes(), description)).orElseGet(() -> Machine.build(description));
    }

    /** {@return the machine's kind in one word: {@code x86} or {@code tdx}} */
    public String kind() {
        return switch (description.environment()) {
            case BARE_METAL -> MachineKind.X86.mnemonic();
            case TDX_GUEST -> MachineKind.TDX.mnemonic();
        };
    }
}
