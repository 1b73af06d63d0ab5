package org.smpboot.cli.timeline;

import org.smpboot.machine.CpuState;

/**
 * The colours and words of the SVG timeline: one colour per processor state (greys for waiting,
 * amber for starting, greens for having run kernel code, red and black for the lost), and the inks
 * of arrows and marks.
 */
final class SvgPalette {

    static final String TEXT = "#1d2630";
    static final String MUTED = "#5b6773";
    static final String GRID = "#e3e7ec";
    static final String BREAK = "#ffffff";
    static final String IPI = "#1f4e9c";
    static final String IPI_IGNORED = "#a4adb8";
    static final String MAILBOX = "#7b3fa0";
    static final String STEP = "#1d2630";
    static final String FAULT = "#c0392b";
    static final String VIOLATION = "#e67e22";
    static final String FAILED = "#c0392b";
    static final String UNLISTED = "#d35400";

    private SvgPalette() {
    }

    /** {@return the fill of a span in {@code state}} */
    static String fill(CpuState state) {
        return switch (state) {
            case WAIT_FOR_SIPI -> "#d5dae1";
            case IN_FIRMWARE -> "#bfcfe4";
            case STARTING -> "#f0b030";
            case RUNNING -> "#2e9150";
            case HALTED -> "#93cda4";
            case FAULTED -> "#d64541";
            case DEAD -> "#2b2b2b";
        };
    }

    /** {@return the ink of a flow of {@code kind}} */
    static String ink(FlowKind kind) {
        return switch (kind) {
            case IPI -> IPI;
            case IPI_IGNORED -> IPI_IGNORED;
            case MAILBOX -> MAILBOX;
        };
    }

    /** {@return the dash pattern of a flow of {@code kind}: ignored IPIs are dashed} */
    static String dash(FlowKind kind) {
        return kind == FlowKind.IPI_IGNORED ? "3,2" : "none";
    }

    /** {@return the legend entry for flows of {@code kind}} */
    static LegendEntry legend(FlowKind kind) {
        return new LegendEntry.Arrow(ink(kind), kind.words(), kind.id(), kind == FlowKind.IPI_IGNORED);
    }

    /** {@return the legend's words for {@code state}} */
    static String describe(CpuState state) {
        return switch (state) {
            case WAIT_FOR_SIPI -> "waits for SIPI";
            case IN_FIRMWARE -> "in firmware (mailbox)";
            case STARTING -> "starting";
            case RUNNING -> "running kernel code";
            case HALTED -> "halted after kernel code";
            case FAULTED -> "triple fault";
            case DEAD -> "dead";
        };
    }
}
