package nl.meldtafel.groups;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file as Excel writes it: UTF-8 with or without BOM, UTF-16 with a BOM ("Unicode-tekst",
 * tab-separated), or Windows-1252. Bytes that are not valid UTF-8 mean Windows-1252: a cp1252 "é" is never
 * valid UTF-8 on its own. Anything else is refused as a whole rather than stored as garbage.
 */
record CsvText(String text, String encoding, char separator) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Larger files are refused before they are read: a register of a whole unit is far smaller. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;

    static CsvText decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileException.Reason("tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        String encoding;
        if (starts(bytes, 0xFF, 0xFE, 0x00, 0x00) || starts(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new ImportFileException.Reason("encoding", "UTF-32");
        } else if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
            encoding = "UTF-8 (BOM)";
        } else if (starts(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
            encoding = "UTF-16 LE";
        } else if (starts(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
            encoding = "UTF-16 BE";
        } else {
            refuseBinary(bytes);
            String utf8 = decode(bytes, 0, StandardCharsets.UTF_8);
            if (utf8 != null) {
                text = utf8;
                encoding = "UTF-8";
            } else {
                text = strict(bytes, 0, WINDOWS_1252, "Windows-1252");
                encoding = "Windows-1252";
            }
        }
        if (rows(text) > MAX_ROWS) {
            throw new ImportFileException.Reason("tooManyRows", MAX_ROWS);
        }
        return new CsvText(text, encoding, separatorOf(headerLine(text)));
    }

    /** A spreadsheet saved as .xlsx/.xls, or UTF-16 without its BOM: no CSV we can read safely. */
    private static void refuseBinary(byte[] bytes) {
        if (starts(bytes, 0x50, 0x4B, 0x03, 0x04) || starts(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException.Reason("spreadsheet");
        }
        int nuls = 0;
        int sample = Math.min(bytes.length, 4096);
        for (int i = 0; i < sample; i++) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        // a stray NUL is refused per line later; this many means two-byte text without a BOM
        if (nuls > 8 && nuls * 10 > sample) {
            throw new ImportFileException.Reason("encoding", "UTF-16 zonder BOM");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) {
        String text = decode(bytes, offset, charset);
        if (text == null) {
            throw new ImportFileException.Reason("malformed", name);
        }
        return text;
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Lines after the header; a cell spanning lines counts more than once, which only errs towards refusing. */
    private static long rows(String text) {
        long lines = text.chars().filter(c -> c == '\n').count();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            lines++;
        }
        return Math.max(0, lines - 1);
    }

    /** The first line with a separator: a title line above the header has none, or fewer. */
    private static String headerLine(String text) {
        String first = "";
        int checked = 0;
        for (String line : text.split("\\R", 12)) {
            if (line.isBlank()) {
                continue;
            }
            if (first.isEmpty()) {
                first = line;
            }
            if (line.indexOf(';') >= 0 || line.indexOf('\t') >= 0 || line.chars().filter(c -> c == ',').count() > 1) {
                return line;
            }
            if (++checked > 10) {
                break;
            }
        }
        return first;
    }

    /** The most frequent of tab, ';' and ',' outside quotes in the header line; ';' on a tie (Dutch Excel). */
    static char separatorOf(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
