package nl.meldtafel.groups;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records with their line numbers; Jackson parses each record. A record with
 * broken quoting is reported and reading resumes on the next line, so one bad row costs one row,
 * not the rest of the file (an unclosed quote would otherwise swallow everything after it).
 */
final class CsvRecords {

    private static final CsvMapper MAPPER = new CsvMapper();

    /** One record; {@code line} is the 1-based line it starts on, as a text editor counts. */
    record Record(int line, List<String> fields) {
    }

    record Result(Record header, List<Record> records, List<Integer> brokenLines) {
    }

    private CsvRecords() {
    }

    static Result read(String text, char separator) {
        return read(text, separator, ImportProgress.NONE);
    }

    /** Reports the first third of the progress: splitting is most of the work of a large file. */
    static Result read(String text, char separator, ImportProgress progress) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        Record header = null;
        List<Record> records = new ArrayList<>();
        List<Integer> broken = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            ImportProgress.report(progress, i, lines.length, 0, 0.4);
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int last = i;
            StringBuilder chunk = new StringBuilder(lines[i]);
            int quotes = quotes(lines[i]);
            while (quotes % 2 == 1 && last + 1 < lines.length) {
                last++;
                chunk.append('\n').append(lines[last]);
                quotes += quotes(lines[last]);
            }
            List<String> fields = quotes % 2 == 1 ? null : parse(chunk.toString(), separator);
            if (fields == null || last > i && spansRecords(fields, separator)) {
                broken.add(i + 1);
                i++; // resume right after the broken line
                continue;
            }
            Record r = new Record(i + 1, fields);
            if (header == null) {
                header = r;
            } else {
                records.add(r);
            }
            i = last + 1;
        }
        return new Result(header, records, broken);
    }

    private static int quotes(String line) {
        return (int) line.chars().filter(c -> c == '"').count();
    }

    /** A quoted value whose lines hold separators is most likely rows swallowed by a stray quote. */
    private static boolean spansRecords(List<String> fields, char separator) {
        return fields.stream().anyMatch(f -> f.contains("\n") && f.indexOf(separator) >= 0);
    }

    /** The fields of one record, or null when its quoting is broken. */
    private static List<String> parse(String record, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(new StringReader(record))) {
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> fields = new ArrayList<>();
            int arrays = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                // the first array wraps the input, the second is the record; a third means two records
                if (t == JsonToken.START_ARRAY && ++arrays > 2) {
                    return null;
                }
                if (t == JsonToken.VALUE_STRING) {
                    fields.add(p.getText());
                }
            }
            return fields;
        } catch (IOException e) {
            return null;
        }
    }
}
