package nl.meldtafel.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans Condensed, regular and bold, embedded as subsets. Embedded rather than one of the
 * PDF standard fonts because names, groups and reasons are typed by people: WinAnsi has ë and é but
 * not ł, ş or ő, and the report must print every name it is given. Characters the font lacks (emoji)
 * become a question mark instead of failing the report.
 */
final class ReportFonts {

    private static final String FOLDER = "/nl/meldtafel/report/fonts/";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> known = new HashMap<>();
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();

    private ReportFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static ReportFonts load(PDDocument doc) throws IOException {
        return new ReportFonts(font(doc, "DejaVuSansCondensed.ttf"), font(doc, "DejaVuSansCondensed-Bold.ttf"));
    }

    private static PDType0Font font(PDDocument doc, String file) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("font missing from the program: " + file);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The text with line breaks and tabs as spaces and every character both fonts can draw. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                return; // zero-width and direction marks: nothing to draw
            } else {
                out.appendCodePoint(known.computeIfAbsent(cp, this::drawable) ? cp : '?');
            }
        });
        return out.toString();
    }

    private boolean drawable(int cp) {
        String s = new String(Character.toChars(cp));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The width of printable text; the sum of its glyphs' widths, as PDFBox measures it, cached per glyph. */
    float width(PDType0Font font, float size, String text) {
        Map<Integer, Float> widths = font == bold ? boldWidths : regularWidths;
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += widths.computeIfAbsent(cp, c -> measure(font, new String(Character.toChars(c))));
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    private static float measure(PDType0Font font, String glyph) {
        try {
            return font.getStringWidth(glyph);
        } catch (IOException e) {
            throw new IllegalStateException("cannot measure text", e);
        }
    }
}
