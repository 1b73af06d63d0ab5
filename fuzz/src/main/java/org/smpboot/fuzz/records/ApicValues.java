package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.smpboot.fuzz.Finding;
import org.smpboot.fuzz.icr.RoundTrip;
import org.smpboot.kernel.api.apic.ApicBase;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.ApicVersion;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DeliveryStatus;
import org.smpboot.kernel.api.apic.DestinationMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Level;
import org.smpboot.kernel.api.apic.LocalApicRegister;
import org.smpboot.kernel.api.apic.TriggerMode;

/**
 * The local APIC's register values other than the ICR codec, from fuzzed raw values: each accepts
 * exactly the values its bits hold and decodes what it encodes ({@link ApicId}, {@link ApicVersion},
 * {@link ErrorStatus}, {@link ApicBase}); the ICR's field enums decode exactly the encodings their
 * field holds; {@link LocalApicRegister} finds a register exactly at its MMIO offset and its x2APIC
 * MSR; {@code Icr.startupVector} turns exactly the 4 KiB pages below 1 MiB into vectors.
 *
 * @spec Intel SDM Vol. 3A, §10.4.4 (IA32_APIC_BASE), §10.4.6 (Local APIC ID), §10.4.8 (Version
 *     Register), §10.5.3 (ESR), §10.6.1 (ICR fields), §10.12.1.2 (x2APIC register address space)
 */
final class ApicValues {

    private ApicValues() {
    }

    /** Draws an APIC ID, a version register, an error status and an APIC base. */
    static void registers(FuzzedDataProvider data) {
        long id = Draw.int64(data, 0, 0xFE, 0xFF, 0x100, 0xFFFF_FFFFL, 0x1_0000_0000L, -1, Long.MIN_VALUE);
        ApicId apicId = Contract.call("ApicId.of", Draw.fitsUnsigned(id, 4), () -> ApicId.of(id));
        if (apicId != null) {
            long other = data.consumeLong(0, 0xFFFF_FFFFL);
            if (apicId.unsignedValue() != id || apicId.fitsXApic() != id <= 0xFF
                    || apicId.fits(ApicMode.XAPIC) != id <= 0xFF || !apicId.fits(ApicMode.X2APIC)
                    || Integer.signum(apicId.compareTo(ApicId.of(other))) != Long.signum(id - other)
                    || !apicId.toString().equals("0x" + Long.toHexString(id))) {
                throw Finding.of("APIC ID 0x%x reads back as %s (against 0x%x)", id, apicId, other);
            }
        }
        int version = Draw.int32(data, Draw.unsignedEdges(1));
        int maxLvt = Draw.int32(data, Draw.unsignedEdges(1));
        boolean suppression = data.consumeBoolean();
        ApicVersion apicVersion = Contract.call("ApicVersion", Draw.fitsUnsigned(version, 1) && Draw.fitsUnsigned(maxLvt, 1),
                () -> new ApicVersion(version, maxLvt, suppression));
        if (apicVersion != null && (!ApicVersion.decode(apicVersion.encode()).equals(apicVersion)
                || apicVersion.encode() != (version | maxLvt << 16 | (suppression ? 1 << 24 : 0))
                || apicVersion.isIntegrated() != (version >= 0x10 && version <= 0x1F))) {
            throw Finding.of("%s encodes to 0x%x", apicVersion, apicVersion.encode());
        }
        int rawVersion = data.consumeInt();
        if (ApicVersion.decode(rawVersion).encode() != (rawVersion & 0x01FF_00FF)) {
            throw Finding.of("Version register 0x%x decodes to %s", rawVersion, ApicVersion.decode(rawVersion));
        }
        errorStatus(data);
        long raw = data.consumeLong();
        ApicBase base = new ApicBase(raw);
        boolean enabled = (raw & 1L << 11) != 0;
        boolean extended = (raw & 1L << 10) != 0;
        if (base.isBsp() != ((raw & 1L << 8) != 0) || base.isEnabled() != enabled || base.isX2Apic() != (enabled && extended)
                || base.mode() != (enabled && extended ? ApicMode.X2APIC : ApicMode.XAPIC)
                || base.base() != (raw & 0x000F_FFFF_FFFF_F000L) || base.with(ApicBase.EXTD).raw() != (raw | 1L << 10)) {
            throw Finding.of("IA32_APIC_BASE 0x%x reads as %s", raw, base);
        }
    }

    private static void errorStatus(FuzzedDataProvider data) {
        int bits = Draw.int32(data, Draw.unsignedEdges(1));
        ErrorStatus status = Contract.call("ErrorStatus", Draw.fitsUnsigned(bits, 1), () -> new ErrorStatus(bits));
        int mask = data.consumeInt(0, 0xFF);
        if (status != null && (status.isClear() != (bits == 0) || status.names().size() != Integer.bitCount(bits)
                || status.has(mask) != ((bits & mask) == mask) || status.without(mask).bits() != (bits & ~mask)
                || !status.toString().startsWith("ESR 0x%02x ".formatted(bits)))) {
            throw Finding.of("%s against mask 0x%x", status, mask);
        }
        int raw = data.consumeInt();
        if (ErrorStatus.decode(raw).bits() != (raw & 0xFF)) {
            throw Finding.of("ESR 0x%x decodes to %s", raw, ErrorStatus.decode(raw));
        }
    }

    /** Draws an encoding for each ICR field enum, a register offset and MSR, and a Start-Up address. */
    static void decoders(FuzzedDataProvider data) {
        decoder(data, "DeliveryMode", 3, DeliveryMode::fromEncoding, DeliveryMode::encoding);
        decoder(data, "DestinationMode", 1, DestinationMode::fromEncoding, DestinationMode::encoding);
        decoder(data, "DeliveryStatus", 1, DeliveryStatus::fromEncoding, DeliveryStatus::encoding);
        decoder(data, "Level", 1, Level::fromEncoding, Level::encoding);
        decoder(data, "TriggerMode", 1, TriggerMode::fromEncoding, TriggerMode::encoding);
        decoder(data, "DestinationShorthand", 2, DestinationShorthand::fromEncoding, DestinationShorthand::encoding);
        registerMaps(data);
        RoundTrip.checkStartupAddress(
                Draw.int64(data, 0, 0x8000, 0x8001, 0x9F000, 0xFF000, 0x100000, -4096, Long.MIN_VALUE));
    }

    private static <E> void decoder(FuzzedDataProvider data, String name, int bits, IntFunction<E> decode,
            ToIntFunction<E> encoding) {
        int raw = Draw.int32(data, 0, (1 << bits) - 1, 1 << bits, -1, Integer.MIN_VALUE);
        E decoded = Contract.call(name + ".fromEncoding", raw >= 0 && raw < 1 << bits, () -> decode.apply(raw));
        if (decoded != null && encoding.applyAsInt(decoded) != raw) {
            throw Finding.of("%s encoding %d decodes to %s", name, raw, decoded);
        }
    }

    private static void registerMaps(FuzzedDataProvider data) {
        LocalApicRegister register = data.pickValue(LocalApicRegister.values());
        if (register.inXApic() != (register != LocalApicRegister.SELF_IPI)
                || register.inXApic() && LocalApicRegister.atMmioOffset(register.mmioOffset()).orElseThrow() != register
                || register.msr().isPresent()
                        && (LocalApicRegister.atMsr(register.msr().get()).orElseThrow() != register
                                || register.msr().get() != LocalApicRegister.X2APIC_MSR_BASE + register.mmioOffset() / 16)) {
            throw Finding.of("%s at MMIO 0x%x, MSR %s is not found there", register, register.mmioOffset(), register.msr());
        }
        int offset = Draw.int32(data, register.mmioOffset(), register.mmioOffset() + 1, 0x3F0, 0x400, -1);
        Optional<LocalApicRegister> atOffset = LocalApicRegister.atMmioOffset(offset);
        if (atOffset.isPresent() != (offset >= 0 && offset < 0x400 && offset % 16 == 0 && modelledAtOffset(offset))
                || atOffset.isPresent() && atOffset.get().mmioOffset() != offset) {
            throw Finding.of("MMIO offset 0x%x finds %s", offset, atOffset);
        }
        int msr = Draw.int32(data, LocalApicRegister.X2APIC_MSR_BASE, 0x830, 0x831, LocalApicRegister.X2APIC_MSR_LAST,
                0x900, -1);
        Optional<LocalApicRegister> atMsr = LocalApicRegister.atMsr(msr);
        if (atMsr.isPresent() && atMsr.get().msr().orElseThrow() != msr) {
            throw Finding.of("MSR 0x%x finds %s", msr, atMsr);
        }
    }

    /** {@return whether a register reachable through the MMIO page sits at {@code offset}} */
    private static boolean modelledAtOffset(int offset) {
        for (LocalApicRegister register : LocalApicRegister.values()) {
            if (register.mmioOffset() == offset && register != LocalApicRegister.SELF_IPI) {
                return true;
            }
        }
        return false;
    }
}
