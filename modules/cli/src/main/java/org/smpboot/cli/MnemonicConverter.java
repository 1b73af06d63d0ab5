package org.smpboot.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a lower-case name (an enum's mnemonic, e.g. {@code all-but-self}) to the enum constant,
 * and lists the accepted names when the text is not one of them.
 *
 * @param <E> the enum type
 */
public class MnemonicConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final List<E> accepted;
    private final Function<E, String> mnemonic;

    /**
     * Creates a converter accepting {@code accepted}.
     *
     * @param accepted the constants users may name
     * @param mnemonic the name of each constant
     */
    protected MnemonicConverter(List<E> accepted, Function<E, String> mnemonic) {
        this.accepted = List.copyOf(accepted);
        this.mnemonic = mnemonic;
    }

    @Override
    public E convert(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return accepted.stream().filter(value -> mnemonic.apply(value).equals(wanted)).findFirst()
                .orElseThrow(() -> new TypeConversionException("'%s' is not one of %s".formatted(text, names())));
    }

    /** {@return the accepted names, comma separated} */
    public String names() {
        return String.join(", ", accepted.stream().map(mnemonic).toList());
    }

    /** {@return every constant of {@code type} except those in {@code excluded}} */
    @SafeVarargs
    protected static <E extends Enum<E>> List<E> allBut(Class<E> type, E... excluded) {
        List<E> without = Arrays.asList(excluded);
        return Arrays.stream(type.getEnumConstants()).filter(value -> !without.contains(value)).toList();
    }
}
