package org.smpboot.acpi.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpboot.acpi.SampleTables;

class ChecksumTests {

    private static int byteByByte(byte[] bytes, int offset, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += bytes[offset + i];
        }
        return sum & 0xFF;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 36, 1023, 1024, 1025, 65_537, 1 << 20})
    void theWordWiseSumEqualsTheByteWiseSumForEveryLengthAndOffset(int length) {
        byte[] bytes = new byte[length + 3];
        new Random(length).nextBytes(bytes);
        for (int offset = 0; offset <= 3 && offset <= bytes.length - length; offset++) {
            assertEquals(byteByByte(bytes, offset, length), Checksum.sum(MemorySegment.ofArray(bytes), offset, length));
        }
    }

    @Test
    void allOnesDoNotOverflowALane() {
        byte[] bytes = new byte[1 << 16];
        java.util.Arrays.fill(bytes, (byte) 0xFF);
        assertEquals(byteByByte(bytes, 0, bytes.length), Checksum.sum(MemorySegment.ofArray(bytes), 0, bytes.length));
    }

    @Test
    void aValidTableSumsToZeroAndTheComplementRestoresIt() {
        MemorySegment table = MemorySegment.ofArray(SampleTables.DIGEST_SAMPLE.clone());
        assertTrue(Checksum.isValid(table, 0, table.byteSize()));
        table.set(java.lang.foreign.ValueLayout.JAVA_BYTE, 9, (byte) 0);
        assertEquals(0x72, Checksum.complement(table, 0, table.byteSize()));
    }
}
