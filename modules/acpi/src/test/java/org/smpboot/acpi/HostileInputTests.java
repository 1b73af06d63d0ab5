package org.smpboot.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.corpus.Corpus;
import org.smpboot.acpi.lint.MadtLinter;
import org.smpboot.acpi.listing.AsciiBuffer;
import org.smpboot.acpi.listing.IaslText;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.processor.ProcessorView;
import org.smpboot.acpi.source.TableSources;

/**
 * The readers' contract on hostile bytes, checked on tens of thousands of corrupted corpus tables
 * (deterministic seeds, so a failure reproduces): every reader returns or throws one of its
 * documented {@link AcpiException}s, never anything else, and a lenient read throws only when not
 * even a table header can be located. The Jazzer targets of the fuzz module check the same
 * contract with coverage guidance.
 */
class HostileInputTests {

    private static final int MUTANTS = 30_000;
    /** What a lenient parse may throw: nothing can be decoded without a header and a signature. */
    private static final Set<Class<?>> LENIENT_FATAL = Set.of(TableLengthException.class, SignatureException.class);

    @Test
    void corruptedTablesKeepEveryReadersContract() {
        List<Corpus.Table> tables = Corpus.get().tables();
        Random random = new Random(0x5EED);
        for (int i = 0; i < MUTANTS; i++) {
            byte[] bytes = mutate(tables.get(random.nextInt(tables.size())).bytes(), random);
            try {
                readEverything(bytes);
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutant %d (%d bytes) broke the contract: %s".formatted(i, bytes.length, e), e);
            }
        }
    }

    @Test
    void randomBytesKeepEveryReadersContract() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            if (bytes.length >= 4 && random.nextBoolean()) {
                System.arraycopy("APIC".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 4);
            }
            readEverything(bytes);
        }
    }

    @Test
    void randomAcpidumpTextNeverThrows() {
        Random random = new Random(7);
        String dump = Corpus.get().acpidumps().values().iterator().next();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder(dump.substring(0, Math.min(dump.length(), 4000)));
            for (int edit = 0; edit < 10; edit++) {
                text.setCharAt(random.nextInt(text.length()), (char) (32 + random.nextInt(95)));
            }
            TableSources.ofAcpidump(text.toString(), "mutant").tables()
                    .forEach(table -> assertTrue(table.bytes().byteSize() <= text.length()));
        }
    }

    /** Every reader, lenient then strict. Throws only what the contract allows. */
    private static void readEverything(byte[] bytes) {
        Madt lenient;
        try {
            lenient = Madt.parse(MemorySegment.ofArray(bytes), Strictness.LENIENT);
        } catch (AcpiException e) {
            assertTrue(LENIENT_FATAL.contains(e.getClass()), e.toString());
            return;
        }
        int entries = 0;
        for (MadtEntry entry : lenient.entries()) {
            entries++;
            assertTrue(entry.offset() + Math.min(entry.length(), entry.encode().length) <= bytes.length);
        }
        assertTrue(entries <= bytes.length / 2, "a walk takes at most Length / 2 steps");
        ProcessorView.of(lenient, Strictness.LENIENT);
        MadtLinter.lint(lenient);
        AsciiBuffer out = new AsciiBuffer(4096);
        IaslText.write(lenient, "mutant", out);
        assertTrue(out.size() < 64 * (bytes.length + 64), "the listing is proportional to the table");
        try {
            Madt strict = Madt.parse(MemorySegment.ofArray(bytes), Strictness.STRICT);
            ProcessorView.of(strict, Strictness.STRICT);
            assertEquals(List.of(), strict.problems().stream().filter(p -> p.isError()).toList());
        } catch (AcpiException expected) {
            // the documented way a strict reader refuses a table
        }
    }

    private static byte[] mutate(byte[] table, Random random) {
        byte[] bytes = table.clone();
        switch (random.nextInt(6)) {
            case 0 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 2 -> {
                int at = 44 + random.nextInt(Math.max(1, bytes.length - 44));
                if (at + 1 < bytes.length) {
                    bytes[at + 1] = (byte) random.nextInt(4);
                }
            }
            case 3 -> {
                long length = random.nextBoolean() ? random.nextInt(bytes.length * 2 + 1) : random.nextLong() & 0xFFFF_FFFFL;
                for (int b = 0; b < 4 && 4 + b < bytes.length; b++) {
                    bytes[4 + b] = (byte) (length >>> (8 * b));
                }
            }
            case 4 -> {
                for (int n = random.nextInt(16); n >= 0; n--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            default -> {
                byte[] grown = java.util.Arrays.copyOf(bytes, bytes.length + random.nextInt(64));
                for (int b = bytes.length; b < grown.length; b++) {
                    grown[b] = (byte) random.nextInt(256);
                }
                bytes = grown;
            }
        }
        return bytes;
    }
}
