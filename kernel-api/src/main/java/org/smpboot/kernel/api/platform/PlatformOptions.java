package org.smpboot.kernel.api.platform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Settings a user passes to a platform, as {@code key=value} strings (e.g. {@code wakeup=per-cpu},
 * {@code delays=sdm}). Each provider documents the keys it reads and rejects the others, so a typo
 * is an error rather than a silently ignored setting.
 *
 * @param values the settings; keys and values are non-blank
 */
public record PlatformOptions(Map<String, String> values) {

    /** No settings. */
    public static final PlatformOptions NONE = new PlatformOptions(Map.of());

    /** Copies the settings in key order and rejects blank keys or values. */
    public PlatformOptions {
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key == null || key.isBlank() || value == null || value.isBlank()) {
                throw new IllegalArgumentException(
                        "Invalid platform option '%s=%s': key and value must be non-blank".formatted(key, value));
            }
            sorted.put(key, value);
        });
        values = java.util.Collections.unmodifiableMap(sorted);
    }

    /** {@return the value of {@code key}, if set} */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** {@return a copy with {@code key} set to {@code value}} */
    public PlatformOptions with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new PlatformOptions(copy);
    }

    /**
     * Checks that every key is one {@code platform} understands.
     *
     * @throws IllegalArgumentException naming the unknown keys and the accepted ones
     */
    public void requireOnly(String platform, Set<String> accepted) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(accepted);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Platform %s does not understand option(s) %s; it accepts %s"
                    .formatted(platform, unknown, new TreeSet<>(accepted)));
        }
    }
}
