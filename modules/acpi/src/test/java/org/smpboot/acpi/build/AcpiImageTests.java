package org.smpboot.acpi.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/** An ACPI image is blobs of bytes at physical addresses, none overlapping another. */
class AcpiImageTests {

    private static final PhysicalAddress RSDP = PhysicalAddress.of(0xF_0000);

    @Nested
    class Blobs {

        @Test
        void aBlobEndsJustPastItsBytes() {
            assertEquals(0x1010, new AcpiImage.Blob(PhysicalAddress.of(0x1000), new byte[16]).end());
        }

        @Test
        void aBlobEndingAtTheLastAddressIsAccepted() {
            assertEquals(Long.MAX_VALUE, new AcpiImage.Blob(PhysicalAddress.of(Long.MAX_VALUE - 4), new byte[4]).end());
        }

        @Test
        void aBlobEndingPastTheLastAddressIsRefused() {
            // Its end would overflow to a negative number, and the overlap check would miss it.
            assertThrows(IllegalArgumentException.class, () -> new AcpiImage.Blob(PhysicalAddress.of(Long.MAX_VALUE - 3), new byte[4]));
        }

        @Test
        void aBlobCopiesItsBytesInAndOut() {
            byte[] bytes = {1, 2, 3};
            AcpiImage.Blob blob = new AcpiImage.Blob(RSDP, bytes);
            bytes[0] = 9;
            blob.bytes()[1] = 9;
            assertArrayEquals(new byte[] {1, 2, 3}, blob.bytes());
        }

        @Test
        void blobsAreEqualByAddressAndContent() {
            AcpiImage.Blob blob = new AcpiImage.Blob(RSDP, new byte[] {1, 2});
            assertEquals(blob, new AcpiImage.Blob(RSDP, new byte[] {1, 2}));
            assertEquals(blob.hashCode(), new AcpiImage.Blob(RSDP, new byte[] {1, 2}).hashCode());
            assertNotEquals(blob, new AcpiImage.Blob(RSDP, new byte[] {1, 3}));
            assertNotEquals(blob, new AcpiImage.Blob(RSDP.plus(1), new byte[] {1, 2}));
        }
    }

    @Test
    void anImageWhoseRsdpWouldEndPastTheLastAddressIsRefused() {
        // Before blobs checked their end, this built an RSDP blob whose end() was negative.
        AcpiImageBuilder builder = new AcpiImageBuilder().rsdpAddress(Long.MAX_VALUE).rsdpRevision(2);
        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void overlappingBlobsAreRefused() {
        List<AcpiImage.Blob> blobs = List.of(new AcpiImage.Blob(PhysicalAddress.of(0x1000), new byte[16]),
                new AcpiImage.Blob(PhysicalAddress.of(0x100F), new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> new AcpiImage(RSDP, blobs));
    }

    @Test
    void adjacentBlobsAreAccepted() {
        List<AcpiImage.Blob> blobs = List.of(new AcpiImage.Blob(PhysicalAddress.of(0x1000), new byte[16]),
                new AcpiImage.Blob(PhysicalAddress.of(0x1010), new byte[1]));
        assertEquals(blobs, new AcpiImage(RSDP, blobs).blobs());
    }
}
