package org.smpboot.fuzz.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.smpboot.fuzz.records.RecordsTarget.Subject;

/**
 * The seeds' writer is the inverse of {@link Draw} on Jazzer's own provider: every argument a seed
 * writes is the argument the target draws, whatever edges the target offers at that place. (A
 * {@code @FuzzTest} only so that Jazzer's provider is loaded; the data it is given is ignored.)
 */
class ArgumentWriterTests {

    private static final long[] EDGES = {0, 1, 0xFF, 0x100, -1};

    @FuzzTest
    void everyArgumentReadsBackThroughDraw(FuzzedDataProvider ignored) {
        byte[] input = new ArgumentWriter(Subject.ENCODER).int32(0x1234_5678).int64(Long.MIN_VALUE + 7).isNull(true)
                .text("A\0\u0100\u01FF").bytes(new byte[] {0, -1, 0x7F}).int32(-1).toBytes();
        try (FuzzedDataProviderImpl data = FuzzedDataProviderImpl.withJavaData(input)) {
            assertEquals(Subject.ENCODER, data.pickValue(Subject.values()));
            assertEquals(0x1234_5678, Draw.int32(data, EDGES));
            assertEquals(Long.MIN_VALUE + 7, Draw.int64(data));
            assertTrue(Draw.isNull(data));
            assertFalse(Draw.isNull(data));
            assertEquals("A\0\u0100\u01FF", Draw.text(data));
            assertArrayEquals(new byte[] {0, -1, 0x7F}, Draw.bytes(data));
            assertEquals(-1, Draw.int32(data, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
            assertEquals(0, data.remainingBytes());
        }
    }
}
