package org.smpboot.smp.boot;

/**
 * The per-AP boot information record (Asterinas' {@code PerApRawInfo}): what an AP needs before it
 * can run kernel code, in an array indexed by CPU number − 1. The AP boot image's boot-info slot
 * points at the array.
 *
 * <pre>
 * offset  size  field
 * 0       8     stack top: the end of the AP's boot stack
 * 8       8     CPU-local area: what the AP loads into GS.base
 * </pre>
 *
 * <p>The array has exactly one record per AP the kernel expects; an AP that arrives without an
 * expected entry (the MADT did not list it) gets none. The seed sized the array from the MADT count
 * but woke APs by broadcast, so an unlisted AP indexed past its end (spec digest §1.11, hazard 1).
 */
public final class BootInfoLayout {

    /** Size of one record. */
    public static final int RECORD_SIZE = 16;
    /** Offset of the stack top. */
    public static final int STACK_TOP = 0;
    /** Offset of the CPU-local area pointer. */
    public static final int CPU_LOCAL = 8;

    private BootInfoLayout() {
    }
}
