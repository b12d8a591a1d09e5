package nl.meldtafel.groups;

import nl.meldtafel.i18n.Texts;

/**
 * A register file refused as a whole (unknown encoding, too large, not a CSV): nothing of it is read
 * and nothing is written. The message is Dutch, names the file and says what to do.
 */
public final class ImportFileException extends RuntimeException {

    ImportFileException(String fileName, String reasonKey, Object... args) {
        super(Texts.get("groups.import.error.file", fileName, reason(reasonKey, args)));
    }

    private static String reason(String reasonKey, Object... args) {
        String key = "groups.import.error.file." + reasonKey;
        return Texts.get(key, args);
    }

    /** The reason without the file, for callers that add the file themselves. */
    static final class Reason extends RuntimeException {
        final String key;
        final transient Object[] args;

        Reason(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        ImportFileException forFile(String fileName) {
            return new ImportFileException(fileName, key, args);
        }
    }
}
