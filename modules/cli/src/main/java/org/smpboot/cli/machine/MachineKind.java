package org.smpboot.cli.machine;

import java.util.List;
import org.smpboot.cli.MnemonicConverter;
import org.smpboot.machine.ExecutionEnvironment;

/**
 * The simulated hardware {@code --machine} names: bare x86, whose APs wait for INIT-SIPI-SIPI, or an
 * Intel TDX guest, whose firmware parks the APs and offers the ACPI multiprocessor wakeup mailbox.
 *
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure"; Intel SDM Vol. 3A §8.4 "Multiple-Processor
 *     (MP) Initialization"
 */
public enum MachineKind {
    /** A bare-metal x86 multiprocessor. */
    X86("x86", ExecutionEnvironment.BARE_METAL),
    /** An Intel TDX trust-domain guest (always x2APIC) with mailbox version 1. */
    TDX("tdx", ExecutionEnvironment.TDX_GUEST);

    /**
     * The mailbox version a {@code --machine tdx} firmware announces: 1, the ACPI 6.6 mailbox that
     * can hand a processor back to firmware, so both wakeup and reset-vector hand-back work.
     */
    public static final int TDX_MAILBOX_VERSION = 1;

    private final String mnemonic;
    private final ExecutionEnvironment environment;

    MachineKind(String mnemonic, ExecutionEnvironment environment) {
        this.mnemonic = mnemonic;
        this.environment = environment;
    }

    /** {@return the name on the command line and in reports} */
    public String mnemonic() {
        return mnemonic;
    }

    /** {@return the machine's execution environment} */
    public ExecutionEnvironment environment() {
        return environment;
    }

    /** Converts {@code x86} and {@code tdx}. */
    public static final class Converter extends MnemonicConverter<MachineKind> {
        /** Creates the converter; picocli instantiates it. */
        public Converter() {
            super(List.of(values()), MachineKind::mnemonic);
        }
    }
}
