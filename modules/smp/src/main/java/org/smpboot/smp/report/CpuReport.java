package org.smpboot.smp.report;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * One processor's fate at boot.
 *
 * @param index       the processor's place in the kernel's table: 0 for the BSP, then the MADT's
 *                    processor entries in table order, then unlisted arrivals
 * @param apicId      its APIC ID
 * @param bsp         whether it is the bootstrap processor
 * @param status      what became of it
 * @param reason      why, for every status but online
 * @param onlineAtTsc when it came online (TSC of the BSP's clock domain), if it did
 * @param cpuNumber   the logical CPU number the kernel gave it (BSP 0, APs in arrival order), if online
 */
public record CpuReport(int index, ApicId apicId, boolean bsp, CpuStatus status, Optional<String> reason,
        OptionalLong onlineAtTsc, OptionalInt cpuNumber) {

    /** Validates that an online CPU has a time and number, and any other a reason. */
    public CpuReport {
        Objects.requireNonNull(apicId, "apicId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(onlineAtTsc, "onlineAtTsc");
        Objects.requireNonNull(cpuNumber, "cpuNumber");
        if (status == CpuStatus.ONLINE && (onlineAtTsc.isEmpty() || cpuNumber.isEmpty())) {
            throw new IllegalArgumentException("Online CPU %s needs a time and a CPU number".formatted(apicId));
        }
        if (status != CpuStatus.ONLINE && reason.isEmpty()) {
            throw new IllegalArgumentException("CPU %s is %s without a reason".formatted(apicId, status.mnemonic()));
        }
    }

    /** {@return an online processor} */
    public static CpuReport online(int index, ApicId apicId, boolean bsp, long atTsc, int cpuNumber) {
        return new CpuReport(index, apicId, bsp, CpuStatus.ONLINE, Optional.empty(), OptionalLong.of(atTsc),
                OptionalInt.of(cpuNumber));
    }

    /** {@return a processor that is not online, and why} */
    public static CpuReport notOnline(int index, ApicId apicId, CpuStatus status, String reason) {
        return new CpuReport(index, apicId, false, status, Optional.of(reason), OptionalLong.empty(), OptionalInt.empty());
    }
}
