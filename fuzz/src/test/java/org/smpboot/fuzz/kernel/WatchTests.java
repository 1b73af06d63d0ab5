package org.smpboot.fuzz.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The write watch notes the watching thread's writes while open, and nothing else. */
class WatchTests {

    @Test
    void onlyWritesWhileOpenAreNoted() {
        Watch watch = new Watch();
        watch.write(0x1000, 4);
        watch.open();
        watch.write(0x2000, 8);
        watch.mmioWrite(0xFEE0_0300L);
        watch.close();
        watch.write(0x3000, 2);
        assertEquals(List.of(new Watch.Write(0x2000, 8, false), new Watch.Write(0xFEE0_0300L, 4, true)), watch.writes());
    }

    @Test
    void anotherThreadsWritesAreNotNoted() throws InterruptedException {
        Watch watch = new Watch();
        watch.open();
        Thread other = Thread.ofVirtual().start(() -> watch.write(0x4000, 4));
        other.join();
        assertEquals(List.of(), watch.writes());
    }

    @Test
    void aWriteIsInsideARangeOnlyWhollyAndOnlyAsMemory() {
        assertTrue(new Watch.Write(0x1000, 2, false).inside(0x1000, 16));
        assertTrue(new Watch.Write(0x1008, 8, false).inside(0x1000, 16));
        assertFalse(new Watch.Write(0x100C, 8, false).inside(0x1000, 16));
        assertFalse(new Watch.Write(0x0FFF, 2, false).inside(0x1000, 16));
        assertFalse(new Watch.Write(0x1000, 4, true).inside(0x1000, 16));
    }
}
