package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.smpboot.acpi.madt.entry.MadtEntry;

/**
 * Fuzzes the public value types and builders of the ACPI library and the local APIC's register
 * values: the API the simulator's firmware, every seed and a research prototype construct by
 * hand, which no firmware byte reaches because the decoders only ever construct valid values.
 *
 * <p>Each input is, in the order {@link FuzzedDataProvider} consumes it: a {@link Subject}, then
 * that subject's arguments, each one of its edges (0, the largest value of its field and one
 * past it, -1, the type's extremes, {@code null} where an object is passed) or any value of its
 * Java type ({@link Draw}). The oracle, for every subject ({@link Contract}): the call succeeds
 * exactly when the arguments lie in the documented domain, as read here from the Javadoc and the
 * field tables, not from the code under test, and otherwise throws the documented
 * {@code IllegalArgumentException} (or {@code NullPointerException} for a {@code null}); then
 * what it made is checked as its subject's class says: a structure record encodes and reads back
 * equal through a strict {@code Madt.parse}, a builder's output reads back the fields given, a
 * register value decodes what it encodes.
 *
 * <p>Seeds ({@code RecordsSeeds}): every structure type at its spec length and at each optional
 * field's boundary, reserved and OEM structures, and every other subject in and just out of its
 * domain.
 *
 * @spec ACPI 6.5 §5.2.5.3, §5.2.6-§5.2.8, §5.2.12; Intel SDM Vol. 3A §10.4-§10.6, §10.12
 */
public final class RecordsTarget {

    /** What an input fuzzes. */
    public enum Subject {
        /** A record of a defined MADT structure type (the next choice picks the type), and its strict round trip. */
        STRUCTURE,
        /** {@code UnknownEntry}: a reserved or OEM structure. */
        UNKNOWN_STRUCTURE,
        /** {@code TruncatedEntry}: what a lenient read keeps of a short structure. */
        TRUNCATED_STRUCTURE,
        /** {@code AcpiImage.Blob}: bytes at a physical address. */
        BLOB,
        /** {@code AcpiImage}: blobs that must not overlap. */
        IMAGE,
        /** {@code AcpiImageBuilder}: a whole image, walked from its RSDP. */
        IMAGE_BUILDER,
        /** {@code SdtBuilder}, {@code TableIdentity}, {@code Signature}: any table's header. */
        TABLE_BUILDER,
        /** {@code MadtBuilder}: the MADT's own fields. */
        MADT_BUILDER,
        /** {@code RootTableBuilder}: an RSDT or XSDT. */
        ROOT_TABLE_BUILDER,
        /** {@code RsdpBuilder} and {@code RsdpReader}. */
        RSDP_BUILDER,
        /** {@code SdtHeader} and {@code AcpiText}. */
        HEADER,
        /** {@code Rsdp}. */
        RSDP,
        /** {@code Problem}, {@code Problems} and the {@code AcpiException}s. */
        PROBLEMS,
        /** {@code Processor}. */
        PROCESSOR,
        /** {@code ProcessorCounts}. */
        PROCESSOR_COUNTS,
        /** {@code AcpiProcessorUid}, {@code MpsIntiFlags}, {@code LocalApicFlags}, {@code EntryType}. */
        FIELD_VALUES,
        /** {@code Field}, {@code Field.Flag}, {@code EntryEncoder}. */
        ENCODER,
        /** {@code ApicId}, {@code ApicVersion}, {@code ErrorStatus}, {@code ApicBase}. */
        APIC_REGISTERS,
        /** The ICR field enums' decoders, {@code LocalApicRegister}, {@code Icr.startupVector}. */
        APIC_DECODERS
    }

    private RecordsTarget() {
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        switch (data.pickValue(Subject.values())) {
            case STRUCTURE -> {
                EntryShapes shape = data.pickValue(EntryShapes.ALL);
                MadtEntry entry = EntryRecords.draw(data, shape);
                if (entry != null) {
                    EntryRoundTrip.check(data, shape, entry);
                }
            }
            case UNKNOWN_STRUCTURE -> ArrayRecords.unknownEntry(data);
            case TRUNCATED_STRUCTURE -> ArrayRecords.truncatedEntry(data);
            case BLOB -> ArrayRecords.blob(data);
            case IMAGE -> ImageBuilder.image(data);
            case IMAGE_BUILDER -> ImageBuilder.builder(data);
            case TABLE_BUILDER -> TableBuilders.sdt(data);
            case MADT_BUILDER -> TableBuilders.madt(data);
            case ROOT_TABLE_BUILDER -> TableBuilders.rootTable(data);
            case RSDP_BUILDER -> TableBuilders.rsdp(data);
            case HEADER -> HeaderValues.sdtHeader(data);
            case RSDP -> HeaderValues.rsdp(data);
            case PROBLEMS -> ProblemValues.problems(data);
            case PROCESSOR -> ProcessorValues.processor(data);
            case PROCESSOR_COUNTS -> ProcessorValues.counts(data);
            case FIELD_VALUES -> ProcessorValues.fieldValues(data);
            case ENCODER -> EncoderValues.fieldAndEncoder(data);
            case APIC_REGISTERS -> ApicValues.registers(data);
            case APIC_DECODERS -> ApicValues.decoders(data);
        }
    }
}
