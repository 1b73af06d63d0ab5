package org.smpboot.cli.madt;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.smpboot.acpi.listing.MadtVisitor;
import org.smpboot.acpi.listing.MadtWalker;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.processor.ProcessorCounts;
import org.smpboot.acpi.table.AcpiText;
import org.smpboot.acpi.table.SdtHeader;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a decoded MADT as one JSON object with Jackson's streaming generator:
 *
 * <pre>
 * {"source":"…","signature":"APIC","length":N,"revision":N,"checksumValid":bool,"oemId":"…",
 *  "oemTableId":"…","localApicAddress":"0xfee00000","flags":N,
 *  "entries":[{"offset":N,"type":N,"typeName":"…","length":N, …the fields…}],
 *  "processors":{"entries":N,"enabled":N,"onlineCapable":N,"bootable":N,"apicIds":[…], …},
 *  "problems":[{"offset":N,"rule":"…","severity":"…","detail":"…"}], "lints":[…]}
 * </pre>
 *
 * <p>Entry fields are named as the spec names them (lower camel case) and are exactly the fields
 * the text listing shows; 64-bit values above 2^63 are written as unsigned integers. Text fields
 * keep every byte up to the first NUL (JSON escapes control characters).
 */
final class MadtJson implements MadtVisitor {

    private final JsonGenerator json;
    private boolean inEntry;

    private MadtJson(JsonGenerator json) {
        this.json = json;
    }

    /** Writes {@code decoding} as one JSON object. */
    static void write(JsonGenerator json, MadtDecoding decoding, boolean withLints) {
        Madt madt = decoding.madt();
        SdtHeader header = madt.header();
        json.writeStartObject();
        json.writeStringProperty("source", decoding.source());
        json.writeStringProperty("signature", header.signature().value());
        json.writeNumberProperty("length", header.length());
        json.writeNumberProperty("revision", header.revision());
        json.writeBooleanProperty("checksumValid", madt.checksumValid());
        json.writeStringProperty("oemId", AcpiText.untilNul(header.oemId()));
        json.writeStringProperty("oemTableId", AcpiText.untilNul(header.oemTableId()));
        json.writeStringProperty("localApicAddress", "0x" + Long.toHexString(madt.localApicAddress()));
        json.writeNumberProperty("flags", Integer.toUnsignedLong(madt.flags()));
        json.writeArrayPropertyStart("entries");
        MadtJson visitor = new MadtJson(json);
        MadtWalker.walk(madt, visitor);
        visitor.closeEntry();
        json.writeEndArray();
        processors(json, decoding);
        problems(json, "problems", decoding.problems());
        if (withLints) {
            problems(json, "lints", decoding.lints());
        }
        json.writeEndObject();
    }

    private static void processors(JsonGenerator json, MadtDecoding decoding) {
        ProcessorCounts counts = decoding.processors().counts();
        json.writeObjectPropertyStart("processors");
        json.writeNumberProperty("entries", counts.entries());
        json.writeNumberProperty("enabled", counts.enabled());
        json.writeNumberProperty("onlineCapable", counts.onlineCapable());
        json.writeNumberProperty("bootable", counts.bootable());
        json.writeArrayPropertyStart("apicIds");
        decoding.processors().bootableApicIds().forEach(id -> json.writeNumber(id.unsignedValue()));
        json.writeEndArray();
        json.writeNumberProperty("localApic", counts.localApicEntries());
        json.writeNumberProperty("localX2Apic", counts.localX2ApicEntries());
        json.writeNumberProperty("onlineCapableFlagSet", counts.onlineCapableFlagSet());
        json.writeNumberProperty("enabledAndOnlineCapable", counts.enabledAndOnlineCapable());
        json.writeNumberProperty("maxApicId", counts.maxApicId());
        json.writeEndObject();
    }

    private static void problems(JsonGenerator json, String name, List<Problem> problems) {
        json.writeArrayPropertyStart(name);
        for (Problem problem : problems) {
            json.writeStartObject();
            json.writeNumberProperty("offset", problem.offset());
            json.writeStringProperty("rule", problem.rule().id());
            json.writeStringProperty("severity", problem.rule().severity().name().toLowerCase(Locale.ROOT));
            json.writeStringProperty("detail", problem.detail());
            json.writeStringProperty("citation", problem.rule().citation());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public void text(int offset, int width, String label, String key, String raw) {
        // Header text fields are written from the header itself.
    }

    @Override
    public void integer(int offset, int width, String label, String key, long value) {
        if (inEntry && !"length".equals(key)) {
            json.writeName(key);
            unsigned(value);
        }
    }

    @Override
    public void flag(String label, String key, int bits, long value) {
        if (inEntry) {
            json.writeNumberProperty(key, value);
        }
    }

    @Override
    public void checksum(int offset, int value, int expected, boolean complete) {
        // Reported as checksumValid at the top level.
    }

    @Override
    public void startEntry(int offset, int type, int length, String typeName, EntryKind kind) {
        closeEntry();
        inEntry = true;
        json.writeStartObject();
        json.writeNumberProperty("offset", offset);
        json.writeNumberProperty("type", type);
        json.writeStringProperty("typeName", typeName);
        json.writeNumberProperty("length", length);
    }

    @Override
    public void bytes(int offset, String label, String key, MemorySegment data) {
        json.writeStringProperty(key, HexFormat.of().formatHex(data.toArray(ValueLayout.JAVA_BYTE)));
    }

    @Override
    public void string(int offset, int width, String label, String key, String value) {
        json.writeStringProperty(key, value);
    }

    @Override
    public void note(Note note, int offset, int type, int length) {
        if (inEntry) {
            json.writeStringProperty("note", note.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    @Override
    public void endEntry() {
        closeEntry();
    }

    private void closeEntry() {
        if (inEntry) {
            json.writeEndObject();
            inEntry = false;
        }
    }

    private void unsigned(long value) {
        if (value >= 0) {
            json.writeNumber(value);
        } else {
            json.writeNumber(new BigInteger(Long.toUnsignedString(value)));
        }
    }
}
