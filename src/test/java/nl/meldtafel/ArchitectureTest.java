package nl.meldtafel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logic stays usable without a screen: the domain and command-line packages never import JavaFX. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/nl/meldtafel");
    private static final List<String> WITHOUT_JAVAFX = List.of("template", "message", "alert", "store", "cli", "i18n", "groups", "export",
            "stats", "retention", "weekly", "report");
    private static final Pattern JAVAFX_IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?(javafx\\.[\\w.*]+)\\s*;",
            Pattern.MULTILINE);

    @Test
    void domainAndCommandLinePackagesDoNotImportJavaFx() throws IOException {
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        for (String pkg : WITHOUT_JAVAFX) {
            Path dir = SOURCES.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue; // alert and store arrive later
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    scanned++;
                    javafxImports(Files.readString(file, StandardCharsets.UTF_8))
                            .forEach(i -> violations.add(SOURCES.relativize(file) + " imports " + i));
                }
            }
        }
        assertTrue(scanned >= 20, "scanned only " + scanned + " files; did the source folder move?");
        assertEquals(List.of(), violations);
    }

    @Test
    void theScanFindsEveryKindOfJavaFxImport() {
        String source = """
                package nl.meldtafel.message;

                import java.util.List;
                import javafx.scene.Node;
                  import javafx.beans.property.*;
                import static javafx.application.Platform.runLater;
                """;

        assertEquals(List.of("javafx.scene.Node", "javafx.beans.property.*", "javafx.application.Platform.runLater"),
                javafxImports(source));
    }

    @Test
    void theScanIgnoresJavaFxInCommentsAndOtherNames() {
        String source = """
                package nl.meldtafel.message;

                import nl.meldtafel.javafxfree.Thing;
                import org.example.javafx.Widget;
                // import javafx.scene.Node; was removed on purpose
                /** Unlike javafx.scene.Node this class is plain. */
                """;

        assertEquals(List.of(), javafxImports(source));
    }

    static List<String> javafxImports(String source) {
        List<String> imports = new ArrayList<>();
        Matcher m = JAVAFX_IMPORT.matcher(source);
        while (m.find()) {
            imports.add(m.group(1));
        }
        return imports;
    }
}
