package org.smpboot.cli.timeline;

/** What a flow between two processors carried, and whether it took effect. */
public enum FlowKind {
    /** An IPI the receiver acted on. */
    IPI("ipi", "IPI accepted"),
    /** An IPI that arrived and had no effect (a SIPI to a running CPU, an INIT de-assert). */
    IPI_IGNORED("ipi-ignored", "IPI ignored"),
    /** A multiprocessor wakeup mailbox command, from its write to the firmware's acknowledgement. */
    MAILBOX("mailbox", "mailbox command → ack");

    private final String id;
    private final String words;

    FlowKind(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** {@return the stable kebab-case name: the trace category and the SVG marker's name} */
    public String id() {
        return id;
    }

    /** {@return what the legend says} */
    String words() {
        return words;
    }
}
