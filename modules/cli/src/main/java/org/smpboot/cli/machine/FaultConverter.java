package org.smpboot.cli.machine;

import org.smpboot.machine.fault.Fault;
import org.smpboot.machine.fault.FaultSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts one {@code --fault} value with the machine's own parser, so the command line accepts
 * exactly the forms {@link FaultSpec#ACCEPTED_FORMS} lists, and a refusal says which those are.
 */
public final class FaultConverter implements ITypeConverter<Fault> {

    @Override
    public Fault convert(String text) {
        try {
            return FaultSpec.parse(text);
        } catch (IllegalArgumentException refused) {
            throw new TypeConversionException(refused.getMessage());
        }
    }
}
