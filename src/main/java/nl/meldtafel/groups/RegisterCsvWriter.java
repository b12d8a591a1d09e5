package nl.meldtafel.groups;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.meldtafel.i18n.Texts;

/**
 * Writes the register as Dutch Excel opens it: ';' separated, UTF-8 with BOM, people of one group
 * joined with " / " in the same order per column, so the file imports again unchanged.
 */
final class RegisterCsvWriter {

    // the headers of the beheerdersgroep all contain "Beheerdersgroep", so an import reads the
    // neighbourhood group's own Wijk and Gemeente and routes it by the Beheerdersgroep column
    // and the municipality's number goes along, so a group renamed in its next file is still recognised
    private static final List<String> HEADERS = List.of("groups.export.targetGroup", "groups.export.targetWijk",
            "groups.export.targetGemeente", "groups.export.active", "groups.export.notes", "groups.export.key", "groups.export.neighbourhoodGroup",
            "groups.export.wijk", "groups.export.gemeente", "groups.export.administrator", "groups.export.phone",
            "groups.export.email");

    private RegisterCsvWriter() {
    }

    static void write(List<RegisterGroup> groups, List<NeighbourhoodGroup> neighbourhoods, OutputStream out) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.getFactory().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        // quote only values that need it, so numbers and names read plainly in a text editor too
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");
        Map<Long, List<NeighbourhoodGroup>> byGroup = neighbourhoods.stream()
                .collect(Collectors.groupingBy(NeighbourhoodGroup::targetGroupId));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (SequenceWriter rows = mapper.writerFor(String[].class).with(schema).writeValues(writer)) {
            rows.write(HEADERS.stream().map(Texts::get).toArray(String[]::new));
            for (RegisterGroup g : groups) {
                List<NeighbourhoodGroup> own = byGroup.getOrDefault(g.id(), List.of());
                if (own.isEmpty()) {
                    rows.write(row(g, null));
                }
                for (NeighbourhoodGroup n : own) {
                    rows.write(row(g, n));
                }
            }
        }
        writer.flush();
    }

    private static String[] row(RegisterGroup g, NeighbourhoodGroup n) {
        List<String> cells = new ArrayList<>(List.of(g.name(), g.wijk(), g.gemeente(),
                Texts.get(g.active() ? "groups.export.yes" : "groups.export.no"), g.notes()));
        if (n == null) {
            cells.addAll(List.of("", "", "", "", "", "", ""));
        } else {
            cells.add(n.sourceKey());
            cells.add(n.name());
            cells.add(n.wijk());
            cells.add(n.gemeente());
            cells.add(n.administrators().stream().map(Administrator::name).collect(Collectors.joining(" / ")));
            cells.add(n.administrators().stream().map(Administrator::phone).collect(Collectors.joining(" / ")));
            cells.add(n.administrators().stream().map(Administrator::email).collect(Collectors.joining(" / ")));
        }
        return cells.stream().map(RegisterCsvWriter::guard).toArray(String[]::new);
    }

    /** Excel runs a cell starting with = + - @ as a formula; a leading quote keeps it text. */
    static String guard(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
