package org.smpboot.machine.internal.cpu;

import java.util.SplittableRandom;

/**
 * The machine's only source of variation: small seeded delays added to IPI delivery and processor
 * start-up, drawn in simulation order, so one seed always gives the same run and different seeds
 * give different interleavings.
 */
public final class Jitter {

    private final SplittableRandom random;

    /** Creates the source for {@code seed}. */
    public Jitter(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@return a delay from 0 to {@code bound} inclusive; 0 without drawing when the bound is 0} */
    public long upTo(long bound) {
        return bound == 0 ? 0 : random.nextLong(bound + 1);
    }
}
