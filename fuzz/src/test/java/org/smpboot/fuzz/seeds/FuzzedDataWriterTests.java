package org.smpboot.fuzz.seeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The writer is the exact inverse of Jazzer's provider, checked against the provider itself.
 *
 * <p>The provider's runtime is loaded by Jazzer's agent, which a {@code @FuzzTest} installs: so
 * the checks run inside one (in regression mode it runs once, on the empty input, which it ignores).
 */
class FuzzedDataWriterTests {

    @FuzzTest
    void everyValueReadsBackInOrder(FuzzedDataProvider ignored) {
        for (long seed = 1; seed <= 64; seed++) {
            readsBack(new Random(seed));
        }
        try (FuzzedDataProviderImpl provider = FuzzedDataProviderImpl.withJavaData(new FuzzedDataWriter()
                .consumeInt(7, 7, 7).consumeInt(0, 255, 9).toBytes())) {
            assertEquals(1, provider.remainingBytes(), "a single choice takes no byte, 0..255 one");
            assertEquals(7, provider.consumeInt(7, 7));
            assertEquals(9, provider.consumeInt(0, 255));
        }
    }

    @Test
    void aValueOutsideItsRangeIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new FuzzedDataWriter().consumeInt(0, 3, 4));
    }

    private static void readsBack(Random random) {
        int small = random.nextInt(7);
        int bounded = random.nextInt(-1000, 70_000);
        int any = random.nextInt();
        long anyLong = random.nextLong();
        long boundedLong = random.nextLong(-5, 1L << 40);
        boolean flag = random.nextBoolean();
        TimeUnit unit = TimeUnit.values()[random.nextInt(TimeUnit.values().length)];
        byte[] taken = new byte[random.nextInt(20)];
        random.nextBytes(taken);
        byte[] rest = new byte[random.nextInt(40)];
        random.nextBytes(rest);
        byte[] data = new FuzzedDataWriter().consumeInt(0, 6, small).consumeInt(-1000, 70_000, bounded)
                .consumeInt(any).consumeLong(anyLong).consumeLong(-5, 1L << 40, boundedLong).consumeBoolean(flag)
                .pickValue(TimeUnit.values(), unit).consumeInt(0, 19, taken.length).consumeBytes(taken)
                .consumeRemainingAsBytes(rest).toBytes();
        try (FuzzedDataProviderImpl provider = FuzzedDataProviderImpl.withJavaData(data)) {
            assertEquals(small, provider.consumeInt(0, 6));
            assertEquals(bounded, provider.consumeInt(-1000, 70_000));
            assertEquals(any, provider.consumeInt());
            assertEquals(anyLong, provider.consumeLong());
            assertEquals(boundedLong, provider.consumeLong(-5, 1L << 40));
            assertEquals(flag, provider.consumeBoolean());
            assertEquals(unit, provider.pickValue(TimeUnit.values()));
            assertArrayEquals(taken, provider.consumeBytes(provider.consumeInt(0, 19)));
            assertArrayEquals(rest, provider.consumeRemainingAsBytes());
        }
    }
}
