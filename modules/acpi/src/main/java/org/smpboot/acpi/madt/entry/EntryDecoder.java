package org.smpboot.acpi.madt.entry;

import org.smpboot.acpi.problem.FormatRule;

/**
 * Decodes one interrupt controller structure into its record. Total: every Type byte maps to a
 * record, and a structure too short for its type becomes a {@link TruncatedEntry}.
 */
public final class EntryDecoder {

    private EntryDecoder() {
    }

    /**
     * {@return the record for the structure in {@code bytes}}
     *
     * @param bytes the structure's bytes: from its Type byte to its Length, or to the end of the
     *              table when it overruns (then {@code bytes.available() < bytes.length()})
     */
    public static MadtEntry decode(EntryBytes bytes) {
        int type = bytes.type();
        int length = bytes.length();
        if (bytes.available() < length) {
            return new TruncatedEntry(bytes.offset(), type, length, bytes.bytesFrom(0), FormatRule.ENTRY_OVERRUNS_TABLE);
        }
        EntryType known = EntryType.lookup(type);
        if (known == null) {
            return new UnknownEntry(bytes.offset(), type, length, bytes.bytesFrom(MadtEntry.HEADER_SIZE));
        }
        if (length < known.minimumLength()) {
            return new TruncatedEntry(bytes.offset(), type, length, bytes.bytesFrom(0), FormatRule.ENTRY_SHORTER_THAN_STRUCTURE);
        }
        return switch (known) {
            case LOCAL_APIC -> LocalApicEntry.read(bytes);
            case IO_APIC -> IoApicEntry.read(bytes);
            case INTERRUPT_SOURCE_OVERRIDE -> InterruptSourceOverrideEntry.read(bytes);
            case NMI_SOURCE -> NmiSourceEntry.read(bytes);
            case LOCAL_APIC_NMI -> LocalApicNmiEntry.read(bytes);
            case LOCAL_APIC_ADDRESS_OVERRIDE -> LocalApicAddressOverrideEntry.read(bytes);
            case IO_SAPIC -> IoSapicEntry.read(bytes);
            case LOCAL_SAPIC -> LocalSapicEntry.read(bytes);
            case PLATFORM_INTERRUPT_SOURCES -> PlatformInterruptSourceEntry.read(bytes);
            case LOCAL_X2APIC -> LocalX2ApicEntry.read(bytes);
            case LOCAL_X2APIC_NMI -> LocalX2ApicNmiEntry.read(bytes);
            case GIC_CPU_INTERFACE -> GicCpuInterfaceEntry.read(bytes);
            case GIC_DISTRIBUTOR -> GicDistributorEntry.read(bytes);
            case GIC_MSI_FRAME -> GicMsiFrameEntry.read(bytes);
            case GIC_REDISTRIBUTOR -> GicRedistributorEntry.read(bytes);
            case GIC_INTERRUPT_TRANSLATION_SERVICE -> GicInterruptTranslationServiceEntry.read(bytes);
            case MULTIPROCESSOR_WAKEUP -> MultiprocessorWakeupEntry.read(bytes);
            case CORE_PIC -> CorePicEntry.read(bytes);
            case LIO_PIC -> LioPicEntry.read(bytes);
            case HT_PIC -> HtPicEntry.read(bytes);
            case EIO_PIC -> EioPicEntry.read(bytes);
            case MSI_PIC -> MsiPicEntry.read(bytes);
            case BIO_PIC -> BioPicEntry.read(bytes);
            case LPC_PIC -> LpcPicEntry.read(bytes);
            case RINTC -> RintcEntry.read(bytes);
            case IMSIC -> ImsicEntry.read(bytes);
            case APLIC -> AplicEntry.read(bytes);
            case PLIC -> PlicEntry.read(bytes);
            case GICV5_IRS -> GicV5IrsEntry.read(bytes);
            case GICV5_ITS_CONFIG_FRAME -> GicV5ItsConfigFrameEntry.read(bytes);
            case GICV5_ITS_TRANSLATE_FRAME -> GicV5ItsTranslateFrameEntry.read(bytes);
        };
    }

    /** {@return the field layout of a known structure type, in table order} */
    public static java.util.List<Field> fields(EntryType type) {
        return switch (type) {
            case LOCAL_APIC -> LocalApicEntry.FIELDS;
            case IO_APIC -> IoApicEntry.FIELDS;
            case INTERRUPT_SOURCE_OVERRIDE -> InterruptSourceOverrideEntry.FIELDS;
            case NMI_SOURCE -> NmiSourceEntry.FIELDS;
            case LOCAL_APIC_NMI -> LocalApicNmiEntry.FIELDS;
            case LOCAL_APIC_ADDRESS_OVERRIDE -> LocalApicAddressOverrideEntry.FIELDS;
            case IO_SAPIC -> IoSapicEntry.FIELDS;
            case LOCAL_SAPIC -> LocalSapicEntry.FIELDS;
            case PLATFORM_INTERRUPT_SOURCES -> PlatformInterruptSourceEntry.FIELDS;
            case LOCAL_X2APIC -> LocalX2ApicEntry.FIELDS;
            case LOCAL_X2APIC_NMI -> LocalX2ApicNmiEntry.FIELDS;
            case GIC_CPU_INTERFACE -> GicCpuInterfaceEntry.FIELDS;
            case GIC_DISTRIBUTOR -> GicDistributorEntry.FIELDS;
            case GIC_MSI_FRAME -> GicMsiFrameEntry.FIELDS;
            case GIC_REDISTRIBUTOR -> GicRedistributorEntry.FIELDS;
            case GIC_INTERRUPT_TRANSLATION_SERVICE -> GicInterruptTranslationServiceEntry.FIELDS;
            case MULTIPROCESSOR_WAKEUP -> MultiprocessorWakeupEntry.FIELDS;
            case CORE_PIC -> CorePicEntry.FIELDS;
            case LIO_PIC -> LioPicEntry.FIELDS;
            case HT_PIC -> HtPicEntry.FIELDS;
            case EIO_PIC -> EioPicEntry.FIELDS;
            case MSI_PIC -> MsiPicEntry.FIELDS;
            case BIO_PIC -> BioPicEntry.FIELDS;
            case LPC_PIC -> LpcPicEntry.FIELDS;
            case RINTC -> RintcEntry.FIELDS;
            case IMSIC -> ImsicEntry.FIELDS;
            case APLIC -> AplicEntry.FIELDS;
            case PLIC -> PlicEntry.FIELDS;
            case GICV5_IRS -> GicV5IrsEntry.FIELDS;
            case GICV5_ITS_CONFIG_FRAME -> GicV5ItsConfigFrameEntry.FIELDS;
            case GICV5_ITS_TRANSLATE_FRAME -> GicV5ItsTranslateFrameEntry.FIELDS;
        };
    }
}
