package org.smpboot.smp.report;

/**
 * What became of one processor at boot, as the kernel's report states it.
 */
public enum CpuStatus {
    /** Running kernel code: the BSP, or an AP that reported in. */
    ONLINE("online"),
    /** An AP the kernel meant to boot that did not come up; the reason says why. */
    FAILED("failed"),
    /** Listed in the MADT but not booted at start: disabled, or online capable (hot-pluggable). */
    DISABLED("disabled"),
    /** An AP that reached the kernel although the MADT did not list it (or listed its ID twice). */
    UNLISTED("unlisted");

    private final String mnemonic;

    CpuStatus(String mnemonic) {
        this.mnemonic = mnemonic;
    }

    /** {@return the lower-case name used in logs and JSON} */
    public String mnemonic() {
        return mnemonic;
    }
}
