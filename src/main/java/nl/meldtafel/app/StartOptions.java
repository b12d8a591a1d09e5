package nl.meldtafel.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options the desk itself takes: {@code --templates DIR}, {@code --data-dir DIR}, {@code --database URL},
 * and on a server with several basisteams {@code --team NAME} and {@code --unit} (show every team).
 */
public record StartOptions(Optional<Path> templatesDir, Optional<Path> dataDir, Optional<String> database,
                           Optional<String> team, boolean unit) {

    /** The desk's options with a value; src/main/packaging/linux/meldtafel.sh knows them too (LinuxCommandTest). */
    static final List<String> DESK_OPTIONS = List.of("--templates", "--data-dir", "--database", "--team");
    static final String UNIT = "--unit";

    public StartOptions(Optional<Path> templatesDir, Optional<Path> dataDir, Optional<String> database) {
        this(templatesDir, dataDir, database, Optional.empty(), false);
    }

    /** True when the arguments hold only desk options, so no admin command was asked for. */
    public static boolean isDeskStart(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (DESK_OPTIONS.contains(arg)) {
                i++;
            } else if (arg.equals(UNIT)) {
                continue;
            } else if (DESK_OPTIONS.stream().noneMatch(o -> arg.startsWith(o + "="))) {
                return false;
            }
        }
        return true;
    }

    public static StartOptions parse(List<String> args) {
        return new StartOptions(value(args, "--templates").map(Path::of), value(args, "--data-dir").map(Path::of),
                value(args, "--database"), value(args, "--team"), args.contains(UNIT));
    }

    /** JavaFX hands named parameters over as a map ("--data-dir=X" becomes data-dir -> X). */
    public static StartOptions fromRaw(List<String> raw, Map<String, String> named) {
        StartOptions fromList = parse(raw);
        return new StartOptions(
                fromList.templatesDir().or(() -> Optional.ofNullable(named.get("templates")).map(Path::of)),
                fromList.dataDir().or(() -> Optional.ofNullable(named.get("data-dir")).map(Path::of)),
                fromList.database().or(() -> Optional.ofNullable(named.get("database"))),
                fromList.team().or(() -> Optional.ofNullable(named.get("team"))), fromList.unit());
    }

    private static Optional<String> value(List<String> args, String option) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(option) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(option + "=")) {
                return Optional.of(args.get(i).substring(option.length() + 1));
            }
        }
        return Optional.empty();
    }
}
