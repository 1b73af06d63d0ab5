package org.smpboot.machine.internal.cpu;

import java.util.SplittableRandom;

/**
 * The machine's only source of variation: small seeded delays added to IPI delivery and processor
 * start-up, so one seed always gives the same run and different seeds give different
 * interleavings.
 *
 * <p>Start-up and mailbox delays are drawn in simulation order. IPI delivery delays are a fixed
 * property of each target, derived from the seed and the target's index (its distance on the
 * interconnect, as it were): every message to one target takes the same time, so two messages
 * from one sender reach a target in the order they were sent, as on hardware, while different
 * targets hear a broadcast at different moments.
 */
public final class Jitter {

    /** The golden-ratio increment and finaliser of SplitMix64: a cheap, well-mixed hash of (seed, index). */
    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;
    private static final long MIX_1 = 0xBF58_476D_1CE4_E5B9L;
    private static final long MIX_2 = 0x94D0_49BB_1331_11EBL;

    private final long seed;
    private final SplittableRandom random;

    /** Creates the source for {@code seed}. */
    public Jitter(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** {@return the fixed extra delivery delay of target {@code index}, 0 to {@code bound} inclusive} */
    public long forTarget(int index, long bound) {
        if (bound == 0) {
            return 0;
        }
        long z = seed + GOLDEN_GAMMA * (index + 1L);
        z = (z ^ (z >>> 30)) * MIX_1;
        z = (z ^ (z >>> 27)) * MIX_2;
        z ^= z >>> 31;
        return Long.remainderUnsigned(z, bound + 1);
    }

    /** {@return a delay from 0 to {@code bound} inclusive; 0 without drawing when the bound is 0} */
    public long upTo(long bound) {
        return bound == 0 ? 0 : random.nextLong(bound + 1);
    }
}
