package org.smpboot.machine;

/**
 * Where the simulated processors run: directly on the hardware, or as an Intel TDX trust-domain
 * guest whose untrusted VMM may not start processors with INIT and Start-Up IPIs.
 *
 * @spec Intel TDX Guest-Hypervisor Communication Interface, "TD Guest Detection" and the TDVF
 *     design guide's AP wait loop; ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure"
 */
public enum ExecutionEnvironment {
    /** Bare x86: APs wait for INIT-SIPI-SIPI. */
    BARE_METAL("bare"),
    /**
     * An Intel TDX guest: APs wait in firmware for the ACPI multiprocessor wakeup mailbox; INIT and
     * Start-Up IPIs are protocol violations that the TDX module does not deliver; CPUID leaf 0x21
     * says "IntelTDX    "; the APIC runs in x2APIC mode.
     */
    TDX_GUEST("tdx");

    private final String mnemonic;

    ExecutionEnvironment(String mnemonic) {
        this.mnemonic = mnemonic;
    }

    /** {@return the short lower-case name used on the command line} */
    public String mnemonic() {
        return mnemonic;
    }
}
