package nl.meldtafel.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.meldtafel.stats.Overview;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A report read back as a reader would: its pages and its text, line by line in page order. */
public record PdfText(int pages, String text, List<String> lines) {

    public static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            return new PdfText(doc.getNumberOfPages(), text, text.lines().map(String::strip).toList());
        }
    }

    public static PdfText of(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    static byte[] render(Overview overview) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OverviewPdf().write(overview, out);
        return out.toByteArray();
    }

    /** Whether a line starts with {@code start}, e.g. a table row "Heterdaad 4". */
    public boolean hasLineStarting(String start) {
        return lines().stream().anyMatch(l -> l.equals(start) || l.startsWith(start + " "));
    }
}
