package org.smpboot.fuzz.discovery;

import java.lang.foreign.MemorySegment;
import org.smpboot.kernel.api.hw.ForwardingPhysicalMemory;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.kernel.api.hw.PhysicalMemoryFault;

/**
 * The simulated machine's memory as a more restricted hardware port shows it to discovery, for the
 * paths a PC's memory never takes:
 * <ul>
 *   <li>without low memory: nothing below 1 MiB is backed, as on a machine with no legacy BIOS
 *       area (a TDX guest's kernel does not touch it: Linux skips the ROM scan there), so the
 *       EBDA pointer and the BIOS area cannot be read and a scan finds nothing;</li>
 *   <li>copy only: no range is viewed in place, as for memory a port must copy out (a shared or
 *       encrypted region), so every reader falls back to copies.</li>
 * </ul>
 * Every access that reads or writes a hidden range faults as unbacked memory does.
 *
 * @spec ACPI 6.5 §5.2.5.1 "Finding the RSDP on IA-PC Systems"; {@code PhysicalMemory#view} may
 *     refuse a backed range
 */
final class RestrictedMemory extends ForwardingPhysicalMemory {

    /** Where memory starts when low memory is hidden. */
    static final long LOW_MEMORY_END = 0x10_0000L;

    private final boolean withoutLowMemory;
    private final boolean copyOnly;

    private RestrictedMemory(PhysicalMemory memory, boolean withoutLowMemory, boolean copyOnly) {
        super(memory);
        this.withoutLowMemory = withoutLowMemory;
        this.copyOnly = copyOnly;
    }

    /** {@return {@code memory} as the layout's restrictions show it (itself when there are none)} */
    static PhysicalMemory of(PhysicalMemory memory, LayoutInput layout) {
        return layout.withoutLowMemory() || layout.copyOnly()
                ? new RestrictedMemory(memory, layout.withoutLowMemory(), layout.copyOnly())
                : memory;
    }

    private boolean hidden(long address, long length) {
        return withoutLowMemory && Long.compareUnsigned(address, LOW_MEMORY_END) < 0 && length > 0;
    }

    /** {@return {@code address}, after faulting if {@code [address, address + length)} is hidden} */
    private long visible(long address, long length) {
        if (hidden(address, length)) {
            throw new PhysicalMemoryFault(address, length, "no memory below 1 MiB");
        }
        return address;
    }

    @Override
    public boolean isBacked(long address, long length) {
        return !hidden(address, length) && super.isBacked(address, length);
    }

    @Override
    public byte readByte(long address) {
        return super.readByte(visible(address, Byte.BYTES));
    }

    @Override
    public short readShort(long address) {
        return super.readShort(visible(address, Short.BYTES));
    }

    @Override
    public int readInt(long address) {
        return super.readInt(visible(address, Integer.BYTES));
    }

    @Override
    public long readLong(long address) {
        return super.readLong(visible(address, Long.BYTES));
    }

    @Override
    public void writeByte(long address, byte value) {
        super.writeByte(visible(address, Byte.BYTES), value);
    }

    @Override
    public void writeShort(long address, short value) {
        super.writeShort(visible(address, Short.BYTES), value);
    }

    @Override
    public void writeInt(long address, int value) {
        super.writeInt(visible(address, Integer.BYTES), value);
    }

    @Override
    public void writeLong(long address, long value) {
        super.writeLong(visible(address, Long.BYTES), value);
    }

    @Override
    public short readShortAcquire(long address) {
        return super.readShortAcquire(visible(address, Short.BYTES));
    }

    @Override
    public void writeShortRelease(long address, short value) {
        super.writeShortRelease(visible(address, Short.BYTES), value);
    }

    @Override
    public int readIntAcquire(long address) {
        return super.readIntAcquire(visible(address, Integer.BYTES));
    }

    @Override
    public void writeIntRelease(long address, int value) {
        super.writeIntRelease(visible(address, Integer.BYTES), value);
    }

    @Override
    public long readLongAcquire(long address) {
        return super.readLongAcquire(visible(address, Long.BYTES));
    }

    @Override
    public void writeLongRelease(long address, long value) {
        super.writeLongRelease(visible(address, Long.BYTES), value);
    }

    @Override
    public int getAndAddInt(long address, int delta) {
        return super.getAndAddInt(visible(address, Integer.BYTES), delta);
    }

    @Override
    public boolean compareAndSetInt(long address, int expected, int value) {
        return super.compareAndSetInt(visible(address, Integer.BYTES), expected, value);
    }

    @Override
    public boolean compareAndSetLong(long address, long expected, long value) {
        return super.compareAndSetLong(visible(address, Long.BYTES), expected, value);
    }

    @Override
    public void write(long address, byte[] bytes) {
        super.write(visible(address, bytes.length), bytes);
    }

    @Override
    public void write(long address, MemorySegment source) {
        super.write(visible(address, source.byteSize()), source);
    }

    @Override
    public void fill(long address, long length, byte value) {
        super.fill(visible(address, length), length, value);
    }

    @Override
    public byte[] read(long address, int length) {
        return super.read(visible(address, length), length);
    }

    @Override
    public MemorySegment view(long address, long length) {
        if (copyOnly) {
            throw new PhysicalMemoryFault(address, length, "this port copies memory and views none in place");
        }
        return super.view(visible(address, length), length);
    }
}
