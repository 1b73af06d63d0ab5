package org.smpboot.platform.x86.wakeup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smpboot.kernel.api.hw.Delay;

/**
 * How long the BSP waits after each step of INIT-SIPI-SIPI, with the three sets smpboot knows.
 *
 * <ul>
 *   <li>{@link #SEED}: Asterinas' spins, in TSC cycles: 100,000,000 after INIT assert and
 *       20,000,000 after INIT de-assert and after each Start-Up (spec digest §1.5; about 80 ms in
 *       all at 2 GHz).</li>
 *   <li>{@link #SDM}: the SDM's BSP example and the MP spec's universal algorithm: 10 ms after INIT,
 *       200 µs after each Start-Up (SDM Vol. 3A §8.4.4.1 step 15; MP Spec 1.4 §B.4).</li>
 *   <li>{@link #MODERN}: Linux on processors where its {@code init_udelay} quirk applies (Intel
 *       family 6 and later, AMD family 0x0F and later): no INIT delay, 10 µs before polling
 *       delivery of a Start-Up and 10 µs after (arch/x86/kernel/smpboot.c, digest §3.3).</li>
 * </ul>
 *
 * @param name               the set's name: {@code seed}, {@code sdm}, {@code modern} or {@code custom}
 * @param afterInitAssert    after INIT assert
 * @param afterInitDeassert  after INIT de-assert
 * @param startupSettle      after a Start-Up, before checking its delivery
 * @param afterStartup       after a Start-Up's delivery check
 */
public record IpiDelays(String name, Delay afterInitAssert, Delay afterInitDeassert, Delay startupSettle,
        Delay afterStartup) {

    /** The seed's TSC-cycle spins. */
    public static final IpiDelays SEED = new IpiDelays("seed", new Delay.Cycles(100_000_000L),
            new Delay.Cycles(20_000_000L), Delay.NONE, new Delay.Cycles(20_000_000L));

    /** The SDM's and MP spec's delays. */
    public static final IpiDelays SDM = new IpiDelays("sdm", Delay.millis(10), Delay.NONE, Delay.NONE,
            Delay.micros(200));

    /** Linux's delays for modern processors. */
    public static final IpiDelays MODERN = new IpiDelays("modern", Delay.NONE, Delay.NONE, Delay.micros(10),
            Delay.micros(10));

    /** Validates that every delay is given. */
    public IpiDelays {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(afterInitAssert, "afterInitAssert");
        Objects.requireNonNull(afterInitDeassert, "afterInitDeassert");
        Objects.requireNonNull(startupSettle, "startupSettle");
        Objects.requireNonNull(afterStartup, "afterStartup");
    }

    /** {@return the known sets} */
    public static List<IpiDelays> known() {
        return List.of(SEED, SDM, MODERN);
    }

    /** {@return the known set called {@code name}} */
    public static Optional<IpiDelays> named(String name) {
        return known().stream().filter(delays -> delays.name.equals(name)).findFirst();
    }

    /** {@return a copy with another wait after INIT, as a custom set} */
    public IpiDelays withInitDelay(Delay delay) {
        return new IpiDelays("custom", delay, afterInitDeassert, startupSettle, afterStartup);
    }

    /** {@return a copy with another wait after each Start-Up, as a custom set} */
    public IpiDelays withStartupDelay(Delay delay) {
        return new IpiDelays("custom", afterInitAssert, afterInitDeassert, startupSettle, delay);
    }

    /** {@return whether any delay is a time rather than a cycle count, needing the TSC frequency} */
    public boolean needsTscFrequency() {
        return List.of(afterInitAssert, afterInitDeassert, startupSettle, afterStartup).stream()
                .anyMatch(delay -> delay instanceof Delay.Time time && time.nanos() > 0);
    }
}
