package org.smpboot.kernel.api.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApBootImageLayoutTests {

    @Test
    void signaturesAreTheirAsciiTextInLittleEndianMemory() {
        ByteBuffer buffer = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(ApBootImageLayout.REAL_MODE_SIGNATURE).putLong(ApBootImageLayout.LONG_MODE_SIGNATURE);
        assertEquals("SMPB-RM1SMPB-LM1", new String(buffer.array(), StandardCharsets.US_ASCII));
    }

    @Test
    void slotsDoNotOverlapAndFitTheHeader() {
        assertEquals(ApBootImageLayout.KERNEL_ENTRY_OFFSET + 8, ApBootImageLayout.BOOT_INFO_POINTER_OFFSET);
        assertEquals(ApBootImageLayout.BOOT_INFO_POINTER_OFFSET + 8, ApBootImageLayout.PAGE_TABLE_POINTER_OFFSET);
        assertEquals(ApBootImageLayout.PAGE_TABLE_POINTER_OFFSET + 4, ApBootImageLayout.KERNEL_DATA_OFFSET);
        assertEquals(ApBootImageLayout.LONG_MODE_ENTRY_OFFSET,
                ApBootImageLayout.KERNEL_DATA_OFFSET + ApBootImageLayout.KERNEL_DATA_SIZE);
        assertTrue(ApBootImageLayout.LONG_MODE_ENTRY_OFFSET + ApBootImageLayout.LONG_MODE_BACK_OFFSET + 4
                <= ApBootImageLayout.HEADER_SIZE);
    }
}
