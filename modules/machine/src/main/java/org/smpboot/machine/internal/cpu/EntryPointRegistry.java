package org.smpboot.machine.internal.cpu;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smpboot.kernel.api.boot.ApEntryPoint;

/**
 * The simulated kernel loader's symbol table: where each {@link ApEntryPoint} "lives" in the
 * loaded kernel image, so that a processor jumping to an address found in the AP boot image runs
 * the right Java entry.
 *
 * <p>Addresses are assigned on first request, in request order, in the kernel's high half
 * ({@value #KERNEL_TEXT_BASE_HEX}, where x86-64 kernels link their text), {@value #ENTRY_ALIGNMENT}
 * bytes apart; the same entry object always gets the same address. Identity, not equality, names
 * an entry, as a function's address does.
 */
public final class EntryPointRegistry {

    /** The base of the simulated kernel text: the top 2 GiB of the address space, as kernels link. */
    public static final long KERNEL_TEXT_BASE = 0xFFFF_FFFF_8100_0000L;
    static final String KERNEL_TEXT_BASE_HEX = "0xffffffff81000000";
    /** Function alignment in the simulated text. */
    public static final long ENTRY_ALIGNMENT = 64;

    private final Map<ApEntryPoint, Long> addresses = new IdentityHashMap<>();
    private final List<ApEntryPoint> entries = new ArrayList<>();

    /** {@return the address of {@code entry}, assigning the next free one on first request} */
    public long addressOf(ApEntryPoint entry) {
        Long known = addresses.get(entry);
        if (known != null) {
            return known;
        }
        long address = KERNEL_TEXT_BASE + entries.size() * ENTRY_ALIGNMENT;
        addresses.put(entry, address);
        entries.add(entry);
        return address;
    }

    /** {@return the entry at {@code address}, if an entry was given that address} */
    public Optional<ApEntryPoint> entryAt(long address) {
        long offset = address - KERNEL_TEXT_BASE;
        if (Long.compareUnsigned(offset, (long) entries.size() * ENTRY_ALIGNMENT) >= 0 || offset % ENTRY_ALIGNMENT != 0) {
            return Optional.empty();
        }
        return Optional.of(entries.get((int) (offset / ENTRY_ALIGNMENT)));
    }
}
