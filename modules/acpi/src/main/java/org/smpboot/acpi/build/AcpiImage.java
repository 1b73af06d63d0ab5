package org.smpboot.acpi.build;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * ACPI tables laid out in physical memory: the RSDP and every table at its address, ready for the
 * simulated firmware to write into the machine's memory.
 *
 * <p>{@snippet :
 * AcpiImage image = new AcpiImageBuilder().table(new MadtBuilder().add(...).build()).build();
 * image.writeTo(memory);
 * FirmwareHandoff handoff = new FirmwareHandoff(memoryMap, Optional.of(image.rsdpAddress()));
 * }
 *
 * @param rsdpAddress where the RSDP is
 * @param blobs       every structure with its address: the RSDP, the root tables, the tables
 */
public record AcpiImage(PhysicalAddress rsdpAddress, List<Blob> blobs) {

    /**
     * Bytes at a physical address.
     *
     * @param address where the bytes go
     * @param bytes   the bytes (copied)
     */
    public record Blob(PhysicalAddress address, byte[] bytes) {

        /** Copies the bytes and checks that they end by 2^63 - 1, so that {@link #end()} holds their end. */
        public Blob {
            Objects.requireNonNull(address, "address");
            bytes = bytes.clone();
            if (bytes.length > Long.MAX_VALUE - address.value()) {
                throw new IllegalArgumentException("Invalid blob: %d bytes at %s end past 2^63 - 1".formatted(bytes.length, address));
            }
        }

        /** {@return a copy of the bytes} */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** {@return the address just past the bytes} */
        public long end() {
            return address.value() + bytes.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Blob that && address.equals(that.address) && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return 31 * address.hashCode() + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Blob[%s, %d bytes]".formatted(address, bytes.length);
        }
    }

    /** Copies the list and checks that no two blobs overlap. */
    public AcpiImage {
        Objects.requireNonNull(rsdpAddress, "rsdpAddress");
        blobs = List.copyOf(blobs);
        for (int i = 0; i < blobs.size(); i++) {
            for (int j = i + 1; j < blobs.size(); j++) {
                Blob a = blobs.get(i);
                Blob b = blobs.get(j);
                if (a.address().value() < b.end() && b.address().value() < a.end()) {
                    throw new IllegalArgumentException("Invalid ACPI image: %s overlaps %s".formatted(a, b));
                }
            }
        }
    }

    /** Writes every blob to {@code memory}. */
    public void writeTo(PhysicalMemory memory) {
        for (Blob blob : blobs) {
            memory.write(blob.address().value(), blob.bytes);
        }
    }
}
