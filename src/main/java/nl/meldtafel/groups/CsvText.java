package nl.meldtafel.groups;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file as Dutch Excel writes it: UTF-8 with or without BOM, or Windows-1252.
 * Bytes that are not valid UTF-8 mean Windows-1252: a cp1252 "é" is never valid UTF-8 on its own.
 */
record CsvText(String text, String encoding, char separator) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static CsvText decode(byte[] bytes) {
        String text;
        String encoding;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            encoding = "UTF-8 (BOM)";
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
                encoding = "Windows-1252";
            }
        }
        return new CsvText(text, encoding, separatorOf(firstLine(text)));
    }

    private static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /** The more frequent of ';' and ',' outside quotes in the header line; ';' on a tie (Dutch Excel). */
    static char separatorOf(String header) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
