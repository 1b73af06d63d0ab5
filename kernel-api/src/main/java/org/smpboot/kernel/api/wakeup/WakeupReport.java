package org.smpboot.kernel.api.wakeup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * The result of one {@link WakeupStrategy#wake} call: an outcome for every target, in target order.
 *
 * @param strategy the name of the strategy that produced it
 * @param outcomes one entry per target of the context, in the context's order
 */
public record WakeupReport(String strategy, Map<ApicId, WakeupOutcome> outcomes) {

    /** Copies the outcomes, keeping their order. */
    public WakeupReport {
        Objects.requireNonNull(strategy, "strategy");
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    /**
     * {@return a report with an outcome for each target of {@code context}} Every target must have
     * an outcome and no other APIC ID may have one: nothing is lost and nothing is invented.
     *
     * @throws IllegalArgumentException if the outcomes do not cover exactly the targets
     */
    public static WakeupReport of(String strategy, ApBootContext context, Map<ApicId, WakeupOutcome> outcomes) {
        List<ApicId> targets = context.targets();
        if (outcomes.size() != targets.size() || !outcomes.keySet().containsAll(targets)) {
            throw new IllegalArgumentException("Wakeup report of %s covers %s, but the targets were %s"
                    .formatted(strategy, outcomes.keySet(), targets));
        }
        Map<ApicId, WakeupOutcome> ordered = new LinkedHashMap<>();
        for (ApicId target : targets) {
            ordered.put(target, outcomes.get(target));
        }
        return new WakeupReport(strategy, ordered);
    }

    /** {@return how many targets were kicked} */
    public long kickedCount() {
        return outcomes.values().stream().filter(WakeupOutcome::kicked).count();
    }
}
