package org.smpboot.cli.machine;

import java.util.List;
import org.smpboot.cli.MnemonicConverter;
import org.smpboot.kernel.api.apic.ApicMode;

/** Converts {@code xapic} and {@code x2apic} to the local APIC mode the machine's firmware hands over in. */
public final class ApicModeConverter extends MnemonicConverter<ApicMode> {

    /** Creates the converter; picocli instantiates it. */
    public ApicModeConverter() {
        super(List.of(ApicMode.values()), ApicMode::mnemonic);
    }
}
