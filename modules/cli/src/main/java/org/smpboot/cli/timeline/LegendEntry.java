package org.smpboot.cli.timeline;

/** One entry of the SVG legend beyond the state colours: what an ink or a shape stands for. */
sealed interface LegendEntry {

    /** {@return the words beside the sample} */
    String words();

    /**
     * An arrow, as flows are drawn.
     *
     * @param ink    its colour
     * @param words  what it stands for
     * @param marker the arrowhead's marker name
     * @param dashed whether the line is dashed
     */
    record Arrow(String ink, String words, String marker, boolean dashed) implements LegendEntry {
    }

    /**
     * A filled box, as histogram bars are drawn.
     *
     * @param ink   its colour
     * @param words what it stands for
     */
    record Bar(String ink, String words) implements LegendEntry {
    }

    /**
     * A character, as marks are drawn.
     *
     * @param ink   its colour
     * @param words what it stands for
     * @param glyph the character
     */
    record Glyph(String ink, String words, String glyph) implements LegendEntry {
    }
}
