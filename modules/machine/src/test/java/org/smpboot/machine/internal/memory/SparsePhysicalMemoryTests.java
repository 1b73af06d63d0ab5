package org.smpboot.machine.internal.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.hw.PhysicalMemoryFault;

class SparsePhysicalMemoryTests {

    /** Low megabyte dense; a hole; 8 MiB of sparse RAM from 2 MiB; an adjacent dense bank after it. */
    private static final long SPARSE_BASE = 0x20_0000;
    private static final long SPARSE_SIZE = 0x80_0000;
    private static final long DENSE_BASE = SPARSE_BASE + SPARSE_SIZE;
    private static final long HOLE = 0x10_0000;

    private final SparsePhysicalMemory memory = new SparsePhysicalMemory(List.of(
            new Backing(0, 0x10_0000, true),
            new Backing(SPARSE_BASE, SPARSE_SIZE, false),
            new Backing(DENSE_BASE, 0x1000, true)));

    @Nested
    class Reads {

        @Test
        void untouchedBackedMemoryReadsZero() {
            assertEquals(0L, memory.readLong(SPARSE_BASE + 0x1234));
            assertEquals(0, memory.readIntAcquire(0x8000));
        }

        @Test
        void valuesAreLittleEndian() {
            memory.writeInt(0x8000, 0x1122_3344);
            assertEquals(0x44, memory.readByte(0x8000));
            assertEquals(0x11, memory.readByte(0x8003));
            assertEquals(0x3344, memory.readShort(0x8000));
        }

        @Test
        void unalignedAccessesMayCrossASparseChunk() {
            long boundary = SPARSE_BASE + MemoryBank.SPARSE_CHUNK_SIZE;
            memory.writeLong(boundary - 3, 0x0102_0304_0506_0708L);
            assertEquals(0x0102_0304_0506_0708L, memory.readLong(boundary - 3));
            assertEquals(0x05, memory.readByte(boundary));
        }

        @Test
        void accessesMayCrossIntoAnAdjacentBank() {
            memory.writeInt(DENSE_BASE - 2, 0xCAFE_BABE);
            assertEquals(0xCAFE_BABE, memory.readInt(DENSE_BASE - 2));
        }

        @Test
        void bulkReadCopiesAcrossChunks() {
            long boundary = SPARSE_BASE + MemoryBank.SPARSE_CHUNK_SIZE;
            memory.write(boundary - 2, new byte[] {1, 2, 3, 4});
            assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 0}, memory.read(boundary - 3, 6));
        }
    }

    @Nested
    class Holes {

        @Test
        void anAccessToAHoleFaultsWithItsAddress() {
            PhysicalMemoryFault fault = assertThrows(PhysicalMemoryFault.class, () -> memory.readInt(HOLE + 8));
            assertEquals(HOLE + 8, fault.address());
            assertEquals(4, fault.length());
        }

        @Test
        void anAccessThatRunsIntoAHoleFaultsAndWritesNothing() {
            long lastByte = 0x10_0000 - 1;
            assertThrows(PhysicalMemoryFault.class, () -> memory.writeInt(lastByte, -1));
            assertEquals(0, memory.readByte(lastByte));
        }

        @Test
        void isBackedSaysWhetherEveryByteIs() {
            assertTrue(memory.isBacked(0, 0x10_0000));
            assertFalse(memory.isBacked(0xF_FFFF, 2));
            assertTrue(memory.isBacked(DENSE_BASE - 1, 2));
            assertFalse(memory.isBacked(-1, 1));
            assertFalse(memory.isBacked(0, -1));
        }
    }

    @Nested
    class OrderedAndAtomicAccesses {

        @Test
        void misalignedAtomicAccessFaults() {
            assertThrows(PhysicalMemoryFault.class, () -> memory.getAndAddInt(0x8002, 1));
            assertThrows(PhysicalMemoryFault.class, () -> memory.compareAndSetLong(0x8004, 0, 1));
            assertThrows(PhysicalMemoryFault.class, () -> memory.writeShortRelease(0x8001, (short) 1));
        }

        @Test
        void getAndAddReturnsThePreviousValue() {
            assertEquals(0, memory.getAndAddInt(0x9000, 5));
            assertEquals(5, memory.getAndAddInt(0x9000, 1));
            assertEquals(6, memory.readInt(0x9000));
        }

        @Test
        void compareAndSetReplacesOnlyTheExpectedValue() {
            assertFalse(memory.compareAndSetInt(0x9000, 1, 2));
            assertTrue(memory.compareAndSetInt(0x9000, 0, 2));
            assertTrue(memory.compareAndSetLong(0x9008, 0, -1L));
            assertEquals(-1L, memory.readLongAcquire(0x9008));
        }

        @Test
        void acquireReadsSeeReleaseWrites() {
            memory.writeLongRelease(SPARSE_BASE + 64, 42);
            memory.writeShortRelease(SPARSE_BASE + 72, (short) 7);
            assertEquals(42, memory.readLongAcquire(SPARSE_BASE + 64));
            assertEquals(7, memory.readShortAcquire(SPARSE_BASE + 72));
        }
    }

    @Nested
    class Footprint {

        @Test
        void untouchedMemoryAllocatesNothing() {
            memory.readLong(SPARSE_BASE + 0x40_0000);
            memory.fill(SPARSE_BASE, 0x10_0000, (byte) 0);
            assertEquals(0, memory.allocatedBytes());
        }

        @Test
        void aWriteToSparseRamAllocatesOneChunk() {
            memory.writeByte(SPARSE_BASE + 0x12_3456, (byte) 1);
            assertEquals(MemoryBank.SPARSE_CHUNK_SIZE, memory.allocatedBytes());
        }
    }

    @Nested
    class Views {

        @Test
        void aViewSeesLaterWrites() {
            MemorySegment view = memory.view(0xE_0000, 16);
            memory.writeInt(0xE_0004, 99);
            assertEquals(99, view.get(ValueLayout.JAVA_INT_UNALIGNED, 4));
        }

        @Test
        void aViewIsReadOnly() {
            assertTrue(memory.view(0x8000, 8).isReadOnly());
        }

        @Test
        void aViewAcrossTwoSparseChunksFaults() {
            long boundary = SPARSE_BASE + MemoryBank.SPARSE_CHUNK_SIZE;
            assertThrows(PhysicalMemoryFault.class, () -> memory.view(boundary - 8, 16));
        }

        @Test
        void aViewOfAHoleFaults() {
            assertThrows(PhysicalMemoryFault.class, () -> memory.view(HOLE, 4));
        }
    }

    @Test
    void overlappingBackingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SparsePhysicalMemory(List.of(
                new Backing(0, 0x2000, true), new Backing(0x1000, 0x1000, false))));
    }
}
