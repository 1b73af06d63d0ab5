package org.smpboot.kernel.api.hw;

/**
 * A general-protection exception (#GP): an access to an MSR that does not exist, a write of
 * reserved bits to an x2APIC register, or another access the SDM says raises #GP.
 *
 * @spec Intel SDM Vol. 3A, §6.15 "Exception and Interrupt Reference", Interrupt 13
 */
public final class GeneralProtectionFault extends HardwareFault {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a #GP.
     *
     * @param message the access and the rule it broke, e.g. "WRMSR 0x830: reserved bits 0x2000 set"
     */
    public GeneralProtectionFault(String message) {
        super("#GP: " + message);
    }
}
