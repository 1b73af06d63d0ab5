package org.smpboot.cli.machine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smpboot.machine.ApicIdAssignment;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts {@code SOCKETSxCORESxTHREADS} (e.g. {@code 2x4x2}) to the package/core/thread topology
 * the machine derives its APIC IDs from, with the gaps real machines have.
 *
 * @spec Intel SDM Vol. 3A §8.9.1 "Hierarchical Mapping of Shared Resources"
 */
public final class TopologyConverter implements ITypeConverter<ApicIdAssignment.Topology> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})[x×](\\d{1,6})[x×](\\d{1,6})");

    @Override
    public ApicIdAssignment.Topology convert(String text) {
        Matcher matcher = FORM.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            throw new TypeConversionException(
                    "'%s' is not a topology: use SOCKETSxCORESxTHREADS, e.g. 2x4x2".formatted(text));
        }
        try {
            return new ApicIdAssignment.Topology(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (IllegalArgumentException refused) {
            throw new TypeConversionException(refused.getMessage());
        }
    }
}
