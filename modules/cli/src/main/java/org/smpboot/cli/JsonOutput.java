package org.smpboot.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes one JSON document per call, compact, on one line, with Jackson's streaming generator (so
 * escaping and number formatting are Jackson's, never hand-rolled). Key order is the order the
 * writer emits, which keeps output byte-stable for the same input.
 */
public final class JsonOutput {

    /** Thread-safe and reusable; the target stream stays open after each document. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /**
     * Writes the document {@code body} produces, then a newline.
     *
     * @param out  the target
     * @param body writes exactly one JSON value
     */
    public static void write(PrintWriter out, Consumer<JsonGenerator> body) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            body.accept(generator);
        }
        out.println();
    }
}
