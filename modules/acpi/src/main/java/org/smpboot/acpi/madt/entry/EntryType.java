package org.smpboot.acpi.madt.entry;

import java.util.Optional;

/**
 * The Interrupt Controller Structure types that ACPI 6.6 (and ACPI 6.7 drafts, via ACPICA) define
 * for the MADT, with the size of each structure.
 *
 * <p>{@link #minimumLength()} is the smallest Length a structure of this type may have: the spec's
 * fixed length for the x86 structures, and the first published layout for structures that grew
 * (GICC, Multiprocessor Wakeup, Local SAPIC's variable UID string). Types 0x1F-0x7F are reserved
 * and 0x80-0xFF belong to OEMs; they have no constant here and decode as {@link UnknownEntry}.
 *
 * @spec ACPI 6.5 §5.2.12, Table "Interrupt Controller Structure Types"; ACPI 6.6 §5.2.12.18-§5.2.12.27
 *     (RISC-V); ACPICA {@code actbl2.h} {@code enum AcpiMadtType} (types 0x1C-0x1E, ACPI 6.7)
 */
public enum EntryType {
    /** 0x00 Processor Local APIC (§5.2.12.2). */
    LOCAL_APIC(0x00, "Processor Local APIC", 8),
    /** 0x01 I/O APIC (§5.2.12.3). */
    IO_APIC(0x01, "I/O APIC", 12),
    /** 0x02 Interrupt Source Override (§5.2.12.5). */
    INTERRUPT_SOURCE_OVERRIDE(0x02, "Interrupt Source Override", 10),
    /** 0x03 Non-Maskable Interrupt Source (§5.2.12.6). */
    NMI_SOURCE(0x03, "NMI Source", 8),
    /** 0x04 Local APIC NMI (§5.2.12.7). */
    LOCAL_APIC_NMI(0x04, "Local APIC NMI", 6),
    /** 0x05 Local APIC Address Override (§5.2.12.8). */
    LOCAL_APIC_ADDRESS_OVERRIDE(0x05, "Local APIC Address Override", 12),
    /** 0x06 I/O SAPIC (§5.2.12.9). */
    IO_SAPIC(0x06, "I/O SAPIC", 16),
    /** 0x07 Local SAPIC (§5.2.12.10); 16 bytes plus a NUL-terminated UID string. */
    LOCAL_SAPIC(0x07, "Local SAPIC", 17),
    /** 0x08 Platform Interrupt Sources (§5.2.12.11). */
    PLATFORM_INTERRUPT_SOURCES(0x08, "Platform Interrupt Sources", 16),
    /** 0x09 Processor Local x2APIC (§5.2.12.12, ACPI 4.0). */
    LOCAL_X2APIC(0x09, "Processor Local x2APIC", 16),
    /** 0x0A Local x2APIC NMI (§5.2.12.13, ACPI 4.0). */
    LOCAL_X2APIC_NMI(0x0A, "Local x2APIC NMI", 12),
    /** 0x0B GIC CPU Interface (GICC) (§5.2.12.14); 76 bytes in ACPI 5.1, up to 88 in ACPI 6.7. */
    GIC_CPU_INTERFACE(0x0B, "Generic Interrupt Controller", 76),
    /** 0x0C GIC Distributor (GICD) (§5.2.12.15). */
    GIC_DISTRIBUTOR(0x0C, "Generic Interrupt Distributor", 24),
    /** 0x0D GIC MSI Frame (§5.2.12.16). */
    GIC_MSI_FRAME(0x0D, "Generic MSI Frame", 24),
    /** 0x0E GIC Redistributor (GICR) (§5.2.12.17). */
    GIC_REDISTRIBUTOR(0x0E, "Generic Interrupt Redistributor", 16),
    /** 0x0F GIC Interrupt Translation Service (ITS) (§5.2.12.18). */
    GIC_INTERRUPT_TRANSLATION_SERVICE(0x0F, "Generic Interrupt Translator", 20),
    /** 0x10 Multiprocessor Wakeup (§5.2.12.19, ACPI 6.4); 16 bytes in mailbox version 0, 24 in version 1. */
    MULTIPROCESSOR_WAKEUP(0x10, "Multiprocessor Wakeup", 16),
    /** 0x11 LoongArch Core Programmable Interrupt Controller (CORE PIC) (ACPI 6.5). */
    CORE_PIC(0x11, "CPU Core Interrupt Controller", 15),
    /** 0x12 LoongArch Legacy I/O Programmable Interrupt Controller (LIO PIC) (ACPI 6.5). */
    LIO_PIC(0x12, "Legacy I/O Interrupt Controller", 23),
    /** 0x13 LoongArch HyperTransport Programmable Interrupt Controller (HT PIC) (ACPI 6.5). */
    HT_PIC(0x13, "HT Interrupt Controller", 21),
    /** 0x14 LoongArch Extend I/O Programmable Interrupt Controller (EIO PIC) (ACPI 6.5). */
    EIO_PIC(0x14, "Extend I/O Interrupt Controller", 13),
    /** 0x15 LoongArch MSI Programmable Interrupt Controller (MSI PIC) (ACPI 6.5). */
    MSI_PIC(0x15, "MSI Interrupt Controller", 19),
    /** 0x16 LoongArch Bridge I/O Programmable Interrupt Controller (BIO PIC) (ACPI 6.5). */
    BIO_PIC(0x16, "Bridge I/O Interrupt Controller", 17),
    /** 0x17 LoongArch LPC Programmable Interrupt Controller (LPC PIC) (ACPI 6.5). */
    LPC_PIC(0x17, "LPC Interrupt Controller", 14),
    /** 0x18 RISC-V Hart Local Interrupt Controller (RINTC) (ACPI 6.6). */
    RINTC(0x18, "RISC-V Interrupt Controller", 36),
    /** 0x19 RISC-V Incoming MSI Controller (IMSIC) (ACPI 6.6). */
    IMSIC(0x19, "RISC-V Incoming MSI Controller", 16),
    /** 0x1A RISC-V Advanced Platform-Level Interrupt Controller (APLIC) (ACPI 6.6). */
    APLIC(0x1A, "RISC-V APLIC Controller", 36),
    /** 0x1B RISC-V Platform-Level Interrupt Controller (PLIC) (ACPI 6.6). */
    PLIC(0x1B, "RISC-V PLIC Controller", 36),
    /** 0x1C Arm GICv5 Interrupt Routing Service (IRS) (ACPI 6.7). */
    GICV5_IRS(0x1C, "GICv5 Interrupt Routing Service", 32),
    /** 0x1D Arm GICv5 ITS Config Frame (ACPI 6.7). */
    GICV5_ITS_CONFIG_FRAME(0x1D, "GICv5 ITS Config Frame", 16),
    /** 0x1E Arm GICv5 ITS Translate Frame (ACPI 6.7). */
    GICV5_ITS_TRANSLATE_FRAME(0x1E, "GICv5 ITS Translate Frame", 24);

    /** The first reserved type: 0x1F-0x7F are reserved. */
    public static final int FIRST_RESERVED = 0x1F;
    /** The first OEM type: 0x80-0xFF are for OEM use. */
    public static final int FIRST_OEM = 0x80;

    private static final EntryType[] BY_CODE = new EntryType[FIRST_RESERVED];

    static {
        for (EntryType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;
    private final String structureName;
    private final int minimumLength;

    EntryType(int code, String structureName, int minimumLength) {
        this.code = code;
        this.structureName = structureName;
        this.minimumLength = minimumLength;
    }

    /** {@return the Type byte} */
    public int code() {
        return code;
    }

    /** {@return the structure's name as iasl prints it in brackets after the type} */
    public String structureName() {
        return structureName;
    }

    /** {@return the smallest Length a structure of this type may have} */
    public int minimumLength() {
        return minimumLength;
    }

    /** {@return the type with this Type byte, or empty for reserved and OEM types} */
    public static Optional<EntryType> of(int code) {
        return Optional.ofNullable(lookup(code));
    }

    /** {@return the type with this Type byte, or {@code null} for reserved and OEM types} */
    public static EntryType lookup(int code) {
        return code >= 0 && code < FIRST_RESERVED ? BY_CODE[code] : null;
    }

    /** {@return the smallest Length for a Type byte: the structure's size, or 2 for unknown types} */
    public static int minimumLength(int code) {
        EntryType type = lookup(code);
        return type == null ? MadtEntry.HEADER_SIZE : type.minimumLength;
    }
}
