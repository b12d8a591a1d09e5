package nl.meldtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("overzicht.pdf");

        AtomicFile.write(target, out -> {
            out.write("complete".getBytes(StandardCharsets.UTF_8));
            return null;
        });

        assertEquals("complete", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureHalfwayLeavesNoFileBehind() throws IOException {
        Path target = dir.resolve("overzicht.pdf");

        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half a PDF".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertFalse(Files.exists(target));
        assertEquals(List.of(), files(), "no temporary file left either");
    }

    @Test
    void aFailureKeepsTheEarlierReportAsItWas() throws IOException {
        Path target = dir.resolve("overzicht.pdf");
        Files.writeString(target, "last week's report");

        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write("this week, half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("bug while drawing");
        }));

        assertEquals("last week's report", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
