package org.smpboot.cli.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG timeline: well-formed, self-contained, a row per CPU for small machines, the aggregate view
 * for large ones, and the things a reader needs (title, axis, legend, the CPUs that did not come up).
 * Its look is checked by rendering it (docs/boot.md says how); these tests pin its content.
 */
class SvgTimelineWriterTests {

    private static String svg(Timeline timeline) {
        StringWriter out = new StringWriter();
        SvgTimelineWriter.write(timeline, out);
        return out.toString();
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS(SvgOut.NAMESPACE, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int count(Document document, String element) {
        return document.getElementsByTagNameNS(SvgOut.NAMESPACE, element).getLength();
    }

    @Nested
    class ThreeCpus {

        private final String svg = svg(SampleBoots.Three.TIMELINE);
        private final Document document = parse(svg);

        @Test
        void theRootIsAnSvgElementWithItsSize() {
            Element root = document.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals(SvgOut.NAMESPACE, root.getNamespaceURI());
            assertEquals("1280", root.getAttribute("width"));
        }

        @Test
        void everyCpuHasALabelledRow() {
            List<String> texts = texts(document);
            assertTrue(texts.contains("cpu 0 · 0x0 · BSP"), texts.toString());
            assertTrue(texts.contains("cpu 1 · 0x1"), texts.toString());
            assertTrue(texts.contains("cpu 2 · 0x2"), texts.toString());
        }

        @Test
        void everyFlowIsAnArrow() {
            long arrows = 0;
            NodeList lines = document.getElementsByTagNameNS(SvgOut.NAMESPACE, "line");
            for (int i = 0; i < lines.getLength(); i++) {
                arrows += ((Element) lines.item(i)).getAttribute("marker-end").startsWith("url(#arrow-") ? 1 : 0;
            }
            assertEquals(SampleBoots.Three.TIMELINE.flows().size() + 2, arrows, "the flows and two legend samples");
        }

        @Test
        void itHasATitleAnAxisAndALegend() {
            List<String> texts = texts(document);
            assertEquals("sample", texts.getFirst());
            assertTrue(texts.contains("virtual time"));
            assertTrue(texts.contains("legend"));
            assertTrue(texts.contains("0.000 ms") || texts.stream().anyMatch(text -> text.startsWith("0")), texts.toString());
        }

        @Test
        void theLongWaitsAreDrawnAsBreaks() {
            assertTrue(texts(document).stream().filter(text -> text.equals("≈")).count() >= 3,
                    "the INIT wait and the two SIPI waits");
        }
    }

    @Nested
    class FourThousandCpus {

        private final String svg = svg(SampleBoots.FourThousand.TIMELINE);
        private final Document document = parse(svg);

        @Test
        void tooManyCpusForRowsGetTheAggregateView() {
            List<String> texts = texts(document);
            assertTrue(texts.contains("CPUs by state"), texts.toString());
            assertTrue(texts.contains("IPI arrivals"), texts.toString());
            assertTrue(texts.contains("cpu 0 · 0x0 · BSP"), texts.toString());
            assertTrue(texts.stream().noneMatch(text -> text.startsWith("cpu 1 ·")), "no row per CPU");
        }

        @Test
        void theStackedAxisCountsAllCpus() {
            assertTrue(texts(document).contains("4,096"));
        }

        @Test
        void theCpusThatDidNotComeUpAreNamed() {
            assertTrue(texts(document).contains("Not online: cpu 77."), texts(document).toString());
        }

        @Test
        void itStaysSmallEnoughToOpen() {
            assertTrue(svg.length() < 2_000_000, svg.length() + " characters");
        }
    }

    @Test
    void theDocumentIsSelfContained() {
        for (Timeline timeline : List.of(SampleBoots.Three.TIMELINE, SampleBoots.FourThousand.TIMELINE)) {
            Document document = parse(svg(timeline));
            assertEquals(0, count(document, "script"));
            assertEquals(0, count(document, "image"));
            assertEquals(0, count(document, "foreignObject"));
            assertTrue(!svg(timeline).contains("href=\"http"), "no external reference");
        }
    }
}
