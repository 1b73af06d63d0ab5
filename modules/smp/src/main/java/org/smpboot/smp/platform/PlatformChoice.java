package org.smpboot.smp.platform;

import java.util.Locale;
import java.util.Objects;

/**
 * Which platform the user asked for: {@code auto} (probe every provider, take the fitting one with
 * the highest priority) or one provider's ID, which overrides probing.
 *
 * @param id {@link #AUTO} or a provider ID
 */
public record PlatformChoice(String id) {

    /** Let probing decide. */
    public static final String AUTO = "auto";

    /** Validates and normalises the ID. */
    public PlatformChoice {
        Objects.requireNonNull(id, "id");
        id = id.strip().toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("Invalid platform choice: empty; use auto or a platform ID");
        }
    }

    /** {@return the automatic choice} */
    public static PlatformChoice auto() {
        return new PlatformChoice(AUTO);
    }

    /** {@return whether probing decides} */
    public boolean isAuto() {
        return id.equals(AUTO);
    }
}
