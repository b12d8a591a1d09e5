package nl.meldtafel.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages filled from the top down: {@link #y} is where the next block starts, and
 * {@link #ensure(float)} begins a new page when a block would not fit. Coordinates are PDF points
 * with the origin at the bottom left; every text passes through {@link ReportFonts#printable}.
 */
final class Canvas implements Closeable {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 48;
    static final float RIGHT = PAGE_WIDTH - 48;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE_HEIGHT - 48;
    static final float BOTTOM = 56;

    /** Colours of the desk's stylesheet (meldtafel.css), so the report looks like the app. */
    record Rgb(float r, float g, float b) {
        static Rgb hex(int rgb) {
            return new Rgb(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
        }
    }

    static final Rgb ACCENT = Rgb.hex(0x154273);
    static final Rgb ACCENT_SOFT = Rgb.hex(0xdce6f2);
    static final Rgb DANGER = Rgb.hex(0xb3261e);
    static final Rgb OK = Rgb.hex(0x1e6b34);
    static final Rgb TEXT = Rgb.hex(0x1f2933);
    static final Rgb MUTED = Rgb.hex(0x5f6b7a);
    static final Rgb SURFACE = Rgb.hex(0xf4f6f9);
    static final Rgb BORDER = Rgb.hex(0xc9d1db);
    static final Rgb GRID = Rgb.hex(0xe3e8ee);

    enum Align { LEFT, RIGHT, CENTER }

    final PDDocument doc;
    final ReportFonts fonts;
    private PDPageContentStream stream;
    float y;

    Canvas(PDDocument doc, ReportFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) {
        if (stream == null || y - height < BOTTOM) {
            newPage();
        }
    }

    float spaceLeft() {
        return y - BOTTOM;
    }

    PDType0Font font(boolean bold) {
        return bold ? fonts.bold : fonts.regular;
    }

    float width(String text, boolean bold, float size) {
        return fonts.width(font(bold), size, fonts.printable(text));
    }

    /** Draws one line of text with its baseline at {@code baseline}; {@code x} is its left, right or centre. */
    void text(String text, float x, float baseline, boolean bold, float size, Rgb colour, Align align) {
        String s = fonts.printable(text);
        if (s.isBlank()) {
            return;
        }
        float w = fonts.width(font(bold), size, s);
        float left = align == Align.LEFT ? x : align == Align.RIGHT ? x - w : x - w / 2;
        try {
            stream.beginText();
            stream.setFont(font(bold), size);
            stream.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            stream.newLineAtOffset(left, baseline);
            stream.showText(s);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(String text, float x, float baseline, boolean bold, float size, Rgb colour) {
        text(text, x, baseline, bold, size, colour, Align.LEFT);
    }

    void fillRect(float x, float bottom, float w, float h, Rgb colour) {
        try {
            stream.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            stream.addRect(x, bottom, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Rgb colour) {
        try {
            stream.setStrokingColor(colour.r(), colour.g(), colour.b());
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A polyline through the points (x0, y0, x1, y1, ...). */
    void polyline(float[] xy, float lineWidth, Rgb colour) {
        if (xy.length < 4) {
            return;
        }
        try {
            stream.setStrokingColor(colour.r(), colour.g(), colour.b());
            stream.setLineWidth(lineWidth);
            stream.setLineJoinStyle(1);
            stream.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                stream.lineTo(xy[i], xy[i + 1]);
            }
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled circle, built from four Bezier quarter arcs. */
    void dot(float cx, float cy, float radius, Rgb colour) {
        float k = 0.5523f * radius; // Bezier control distance for a quarter circle
        try {
            stream.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            stream.moveTo(cx + radius, cy);
            stream.curveTo(cx + radius, cy + k, cx + k, cy + radius, cx, cy + radius);
            stream.curveTo(cx - k, cy + radius, cx - radius, cy + k, cx - radius, cy);
            stream.curveTo(cx - radius, cy - k, cx - k, cy - radius, cx, cy - radius);
            stream.curveTo(cx + k, cy - radius, cx + radius, cy - k, cx + radius, cy);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut to {@code max} points wide, ending in an ellipsis when cut. */
    String fit(String text, boolean bold, float size, float max) {
        String s = fonts.printable(text);
        if (fonts.width(font(bold), size, s) <= max) {
            return s;
        }
        int end = s.length();
        while (end > 0 && fonts.width(font(bold), size, s.substring(0, end).strip() + "…") > max) {
            end = s.offsetByCodePoints(end, -1);
        }
        return s.substring(0, end).strip() + "…";
    }

    /** The text broken into lines at most {@code max} points wide, at spaces where possible. */
    List<String> wrap(String text, boolean bold, float size, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : fonts.printable(text).strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(font(bold), size, candidate) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(fonts.width(font(bold), size, word) <= max ? word : fit(word, bold, size, max));
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
