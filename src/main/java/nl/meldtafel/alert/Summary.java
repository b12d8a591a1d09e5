package nl.meldtafel.alert;

/** The one line a list shows for an alert. */
public final class Summary {

    static final int MAX_LENGTH = 120;

    private Summary() {
    }

    /**
     * The first line that says what happened: a bold-only heading ("*POLITIEBERICHT – HETERDAAD*")
     * is skipped when more follows; WhatsApp markers are removed. Empty for a redacted text.
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String first = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean heading = line.length() > 2 && line.startsWith("*") && line.endsWith("*");
            if (first == null) {
                first = line;
                if (heading) {
                    continue;
                }
            }
            return shorten(plain(line));
        }
        return first == null ? "" : shorten(plain(first));
    }

    private static String plain(String line) {
        return line.replaceAll("(?<![\\p{L}\\p{N}])[*_~]+|[*_~]+(?![\\p{L}\\p{N}])", "").strip();
    }

    private static String shorten(String line) {
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
    }
}
