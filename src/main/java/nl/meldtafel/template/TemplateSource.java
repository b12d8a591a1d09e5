package nl.meldtafel.template;

import nl.meldtafel.i18n.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where templates come from: {@code --templates DIR}, else env {@code MELDTAFEL_TEMPLATES}, else
 * {@code ./templates} when present, else the copies bundled in the jar (so the jar works anywhere).
 */
public final class TemplateSource {

    public static final String ENV = "MELDTAFEL_TEMPLATES";
    private static final String BUNDLED = "templates";

    /** One template file's name and bytes, or why it could not be read. */
    public record File(String name, byte[] content, String readError) {
        public File(String name, byte[] content) {
            this(name, content, null);
        }
    }

    private TemplateSource() {
    }

    public static TemplateCatalog load(Optional<Path> option, Map<String, String> env, Path workingDir) {
        Optional<Path> dir = option.or(() -> Optional.ofNullable(env.get(ENV)).filter(s -> !s.isBlank()).map(Path::of));
        if (dir.isEmpty() && Files.isDirectory(workingDir.resolve("templates"))) {
            dir = Optional.of(workingDir.resolve("templates"));
        }
        return dir.map(TemplateSource::fromDirectory).orElseGet(TemplateSource::bundled);
    }

    public static TemplateCatalog fromDirectory(Path dir) {
        String origin = dir.toAbsolutePath().normalize().toString();
        if (!Files.isDirectory(dir)) {
            return new TemplateCatalog(List.of(), List.of(new TemplateProblem(origin,
                    Texts.get("template.error.noDirectory"))), origin);
        }
        return TemplateCatalog.parse(readJsonFiles(dir), origin);
    }

    public static TemplateCatalog bundled() {
        URL url = TemplateSource.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            return new TemplateCatalog(List.of(), List.of(new TemplateProblem(BUNDLED,
                    Texts.get("template.error.noBundled"))), BUNDLED);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return TemplateCatalog.parse(readJsonFiles(jarFileSystem(uri).getPath(BUNDLED)), bundledOrigin());
            }
            return TemplateCatalog.parse(readJsonFiles(Path.of(uri)), bundledOrigin());
        } catch (URISyntaxException | IOException e) {
            return new TemplateCatalog(List.of(), List.of(new TemplateProblem(BUNDLED, e.toString())), BUNDLED);
        }
    }

    /** The jar's file system stays open: it is the program's own jar, and others may share it. */
    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static List<File> readJsonFiles(Path dir) {
        List<File> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path path : entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = path.getFileName().toString();
                try {
                    files.add(new File(name, Files.readAllBytes(path)));
                } catch (IOException e) {
                    files.add(new File(name, null, e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read templates from " + dir, e);
        }
        return files;
    }

    private static String bundledOrigin() {
        return Texts.get("template.origin.bundled");
    }
}
