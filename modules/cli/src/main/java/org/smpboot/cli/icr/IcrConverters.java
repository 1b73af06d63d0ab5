package org.smpboot.cli.icr;

import java.util.List;
import org.smpboot.cli.MnemonicConverter;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Level;
import org.smpboot.kernel.api.apic.TriggerMode;

/**
 * The flag converters of the {@code icr} commands, one per ICR field, accepting the fields'
 * mnemonics. The reserved delivery modes are decodable but cannot be asked for.
 */
final class IcrConverters {

    private IcrConverters() {
    }

    /** {@code xapic} or {@code x2apic}. */
    static final class Modes extends MnemonicConverter<ApicMode> {
        Modes() {
            super(List.of(ApicMode.values()), ApicMode::mnemonic);
        }
    }

    /** {@code fixed}, {@code lowest}, {@code smi}, {@code nmi}, {@code init}, {@code startup}. */
    static final class DeliveryModes extends MnemonicConverter<DeliveryMode> {
        DeliveryModes() {
            super(allBut(DeliveryMode.class, DeliveryMode.RESERVED_011, DeliveryMode.RESERVED_111),
                    DeliveryMode::mnemonic);
        }
    }

    /** {@code physical} or {@code logical}. */
    static final class DestinationModes extends MnemonicConverter<DestinationMode> {
        DestinationModes() {
            super(List.of(DestinationMode.values()), DestinationMode::mnemonic);
        }
    }

    /** {@code assert} or {@code deassert}. */
    static final class Levels extends MnemonicConverter<Level> {
        Levels() {
            super(List.of(Level.values()), Level::mnemonic);
        }
    }

    /** {@code edge} or {@code level}. */
    static final class TriggerModes extends MnemonicConverter<TriggerMode> {
        TriggerModes() {
            super(List.of(TriggerMode.values()), TriggerMode::mnemonic);
        }
    }

    /** {@code none}, {@code self}, {@code all}, {@code all-but-self}. */
    static final class Shorthands extends MnemonicConverter<DestinationShorthand> {
        Shorthands() {
            super(List.of(DestinationShorthand.values()), DestinationShorthand::mnemonic);
        }
    }
}
