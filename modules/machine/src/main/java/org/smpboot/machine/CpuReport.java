package org.smpboot.machine;

import java.util.Objects;
import java.util.Optional;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * How one processor ended a run.
 *
 * @param index       its CPU index
 * @param apicId      its APIC ID
 * @param state       its final state
 * @param tsc         its virtual TSC when the run ended (or when it halted or faulted)
 * @param faultReason why it faulted, for {@link CpuState#FAULTED}
 */
public record CpuReport(CpuIndex index, ApicId apicId, CpuState state, long tsc, Optional<String> faultReason) {

    /** Validates that every part is present. */
    public CpuReport {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(apicId, "apicId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(faultReason, "faultReason");
    }
}
