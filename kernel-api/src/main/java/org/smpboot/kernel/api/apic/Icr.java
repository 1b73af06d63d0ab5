package org.smpboot.kernel.api.apic;

import java.util.Objects;

/**
 * The local APIC Interrupt Command Register (ICR): one inter-processor interrupt, as its fields.
 *
 * <p>The record holds what the SDM defines, independent of the APIC mode; {@link IcrCodec} turns it
 * into the xAPIC or x2APIC register value (bit layout in {@link IcrLayout}) and back, and
 * {@link IcrRules} says which field combinations the SDM forbids or leaves to the hardware.
 * The record itself accepts every combination whose fields are in range, so that any register
 * value, however odd, decodes to a record and encodes back to the same bits.
 *
 * <p>Typical messages of the multiprocessor boot:
 * {@snippet :
 * // The SDM's BSP example: broadcast INIT, then Start-Up at 0x8000 twice.
 * Icr init = Icr.of(DeliveryMode.INIT).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF);
 * Icr sipi = Icr.startup(0x8000).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF);
 * long low = IcrCodec.encode(sipi, ApicMode.XAPIC);   // 0x000C4608
 * }
 *
 * @implSpec Instances are immutable and thread-safe.
 * @param vector          bits 0–7: the interrupt vector, or the Start-Up page; 0 to 255
 * @param deliveryMode    bits 8–10
 * @param destinationMode bit 11
 * @param deliveryStatus  bit 12, read only; {@link DeliveryStatus#IDLE} in every value software writes
 * @param level           bit 14
 * @param triggerMode     bit 15
 * @param shorthand       bits 18–19
 * @param destination     the destination field as an unsigned 32-bit value: an APIC ID in physical
 *                        mode, a message destination address in logical mode; 8 bits wide in
 *                        xAPIC mode (bits 56–63), 32 bits in x2APIC mode (bits 32–63)
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)" and §10.12.9 "ICR Operation
 *     in x2APIC Mode" (§11.6.1 and §11.12.9 in the 2023+ editions)
 */
public record Icr(
        int vector,
        DeliveryMode deliveryMode,
        DestinationMode destinationMode,
        DeliveryStatus deliveryStatus,
        Level level,
        TriggerMode triggerMode,
        DestinationShorthand shorthand,
        int destination) {

    /** The size of the page a Start-Up vector names: the AP starts at vector × 4096. */
    public static final int STARTUP_PAGE_SIZE = 4096;

    /** Start-Up addresses must lie below 1 MiB: the AP starts in real mode at CS = vector × 0x100. */
    public static final long STARTUP_ADDRESS_LIMIT = 0x10_0000;

    /** Validates that each field is in range; combinations are {@link IcrRules}' business. */
    public Icr {
        if ((vector & ~0xFF) != 0) {
            throw new IllegalArgumentException(
                    "Invalid vector %d: the vector field is 8 bits (0 to 255)".formatted(vector));
        }
        Objects.requireNonNull(deliveryMode, "deliveryMode");
        Objects.requireNonNull(destinationMode, "destinationMode");
        Objects.requireNonNull(deliveryStatus, "deliveryStatus");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(triggerMode, "triggerMode");
        Objects.requireNonNull(shorthand, "shorthand");
    }

    /**
     * {@return an ICR with the given delivery mode and the defaults of every other field} The
     * defaults are vector 0, physical destination 0, idle, assert, edge, no shorthand: the
     * register's reset value apart from the delivery mode and the Level bit that the SDM requires
     * for all but INIT de-assert.
     *
     * @param deliveryMode the message to send
     */
    public static Icr of(DeliveryMode deliveryMode) {
        return new Icr(0, deliveryMode, DestinationMode.PHYSICAL, DeliveryStatus.IDLE, Level.ASSERT,
                TriggerMode.EDGE, DestinationShorthand.NO_SHORTHAND, 0);
    }

    /** {@return a fixed-mode IPI of {@code vector} (physical destination 0, edge, assert)} */
    public static Icr fixed(int vector) {
        return of(DeliveryMode.FIXED).withVector(vector);
    }

    /**
     * {@return a Start-Up IPI that starts the target at {@code startAddress}}
     *
     * @param startAddress the physical address of the real-mode entry: 4 KiB aligned, below 1 MiB
     * @throws IllegalArgumentException if the address is not 4 KiB aligned or not below 1 MiB
     */
    public static Icr startup(long startAddress) {
        return of(DeliveryMode.STARTUP).withVector(startupVector(startAddress));
    }

    /**
     * {@return the Start-Up vector that makes a processor start at {@code startAddress}}
     *
     * @param startAddress the physical address of the real-mode entry
     * @throws IllegalArgumentException if the address is not 4 KiB aligned or not below 1 MiB
     * @spec Intel SDM Vol. 3A, §8.4.4.1 "Typical BSP Initialization Sequence" and MP Spec 1.4
     *     §B.4.2: the AP starts at 0x000VV000
     */
    public static int startupVector(long startAddress) {
        if (startAddress < 0 || startAddress >= STARTUP_ADDRESS_LIMIT) {
            throw new IllegalArgumentException(
                    "Invalid SIPI start address 0x%x: it must be below 1 MiB (0x100000)".formatted(startAddress));
        }
        if (startAddress % STARTUP_PAGE_SIZE != 0) {
            throw new IllegalArgumentException(
                    "Invalid SIPI start address 0x%x: it must be 4 KiB aligned".formatted(startAddress));
        }
        return (int) (startAddress / STARTUP_PAGE_SIZE);
    }

    /** {@return the physical address a Start-Up IPI with this vector starts its target at} */
    public long startupAddress() {
        return (long) vector * STARTUP_PAGE_SIZE;
    }

    /** {@return the destination field as a non-negative {@code long}} */
    public long unsignedDestination() {
        return Integer.toUnsignedLong(destination);
    }

    /** {@return whether this is an INIT level de-assert message: INIT with the Level bit clear} */
    public boolean isInitLevelDeassert() {
        return deliveryMode == DeliveryMode.INIT && level == Level.DEASSERT;
    }

    /** {@return a copy with another vector} */
    public Icr withVector(int newVector) {
        return new Icr(newVector, deliveryMode, destinationMode, deliveryStatus, level, triggerMode, shorthand,
                destination);
    }

    /** {@return a copy with another delivery mode} */
    public Icr withDeliveryMode(DeliveryMode newMode) {
        return new Icr(vector, newMode, destinationMode, deliveryStatus, level, triggerMode, shorthand,
                destination);
    }

    /** {@return a copy with another destination mode} */
    public Icr withDestinationMode(DestinationMode newMode) {
        return new Icr(vector, deliveryMode, newMode, deliveryStatus, level, triggerMode, shorthand,
                destination);
    }

    /** {@return a copy with another delivery status} */
    public Icr withDeliveryStatus(DeliveryStatus newStatus) {
        return new Icr(vector, deliveryMode, destinationMode, newStatus, level, triggerMode, shorthand,
                destination);
    }

    /** {@return a copy with another level} */
    public Icr withLevel(Level newLevel) {
        return new Icr(vector, deliveryMode, destinationMode, deliveryStatus, newLevel, triggerMode, shorthand,
                destination);
    }

    /** {@return a copy with another trigger mode} */
    public Icr withTriggerMode(TriggerMode newTrigger) {
        return new Icr(vector, deliveryMode, destinationMode, deliveryStatus, level, newTrigger, shorthand,
                destination);
    }

    /** {@return a copy with another destination shorthand} */
    public Icr withShorthand(DestinationShorthand newShorthand) {
        return new Icr(vector, deliveryMode, destinationMode, deliveryStatus, level, triggerMode, newShorthand,
                destination);
    }

    /** {@return a copy with another raw destination field (unsigned 32-bit)} */
    public Icr withDestination(int newDestination) {
        return new Icr(vector, deliveryMode, destinationMode, deliveryStatus, level, triggerMode, shorthand,
                newDestination);
    }

    /** {@return a copy addressed to one APIC ID in physical destination mode, without shorthand} */
    public Icr withPhysicalDestination(ApicId target) {
        return new Icr(vector, deliveryMode, DestinationMode.PHYSICAL, deliveryStatus, level, triggerMode,
                DestinationShorthand.NO_SHORTHAND, target.value());
    }
}
