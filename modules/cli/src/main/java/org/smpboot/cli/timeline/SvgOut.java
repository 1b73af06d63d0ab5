package org.smpboot.cli.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The few SVG elements the timeline is drawn with, written through the JDK's StAX writer so that
 * every text and attribute is escaped by an XML library, never by hand. Coordinates are written
 * with at most two decimals in {@link Locale#ROOT}, so the document is a function of its drawing.
 */
final class SvgOut implements AutoCloseable {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final XMLStreamWriter xml;

    private SvgOut(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** {@return a writer that has opened the {@code <svg>} root of {@code width} × {@code height}} */
    static SvgOut open(Writer out, double width, double height) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            SvgOut svg = new SvgOut(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NAMESPACE);
            svg.attribute("width", width);
            svg.attribute("height", height);
            xml.writeAttribute("viewBox", "0 0 %s %s".formatted(number(width), number(height)));
            xml.writeAttribute("font-family", "DejaVu Sans, Helvetica, Arial, sans-serif");
            return svg;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens an element; attributes follow as name/value pairs. */
    SvgOut start(String element, String... attributes) {
        try {
            xml.writeStartElement(element);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Closes the innermost open element. */
    SvgOut end() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Adds a numeric attribute to the element just opened. */
    SvgOut attribute(String name, double value) {
        try {
            xml.writeAttribute(name, number(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Writes text content, escaped. */
    SvgOut text(String content) {
        try {
            xml.writeCharacters(content);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A filled rectangle, with a tooltip when {@code title} is not null. */
    void rect(double x, double y, double width, double height, String fill, String title) {
        start("rect").attribute("x", x).attribute("y", y).attribute("width", width).attribute("height", height);
        attribute("fill", fill);
        if (title != null) {
            start("title").text(title).end();
        }
        end();
    }

    /** A line with the given stroke attributes (name/value pairs). */
    void line(double x1, double y1, double x2, double y2, String... stroke) {
        start("line").attribute("x1", x1).attribute("y1", y1).attribute("x2", x2).attribute("y2", y2);
        for (int i = 0; i + 1 < stroke.length; i += 2) {
            attribute(stroke[i], stroke[i + 1]);
        }
        end();
    }

    /** A text at ({@code x}, {@code y}) with the given attributes (name/value pairs). */
    void label(double x, double y, String content, String... attributes) {
        start("text").attribute("x", x).attribute("y", y);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        text(content).end();
    }

    /** Adds a text attribute to the element just opened. */
    SvgOut attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Closes the root and the document and flushes; the caller closes the target. */
    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** {@return {@code value} with at most two decimals, no exponent, no trailing zeros} */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new IOException(e.getMessage(), e));
    }
}
