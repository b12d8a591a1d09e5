package nl.meldtafel.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text rows drawn on a {@link Canvas}: a header, light rules between rows, numbers right
 * aligned. A long table continues on the next page with its header repeated.
 */
final class Table {

    static final float SIZE = 9;
    private static final float HEADER_SIZE = 7.5f;
    private static final float LINE = 11;
    private static final float PAD = 3;
    private static final float HEADER_HEIGHT = 16;

    /** A column; a wrapping column breaks long text over lines, the others cut it with an ellipsis. */
    record Column(String header, float width, Canvas.Align align, boolean wrap) {

        static Column text(String header, float width) {
            return new Column(header, width, Canvas.Align.LEFT, false);
        }

        static Column wrapping(String header, float width) {
            return new Column(header, width, Canvas.Align.LEFT, true);
        }

        static Column number(String header, float width) {
            return new Column(header, width, Canvas.Align.RIGHT, false);
        }
    }

    /** One row; a bold row (a total) gets a darker rule above it. */
    record Row(List<String> cells, boolean bold) {

        static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        static Row total(String... cells) {
            return new Row(List.of(cells), true);
        }
    }

    private final Canvas canvas;
    private final List<Column> columns;
    private final float x;

    Table(Canvas canvas, float x, List<Column> columns) {
        this.canvas = canvas;
        this.x = x;
        this.columns = List.copyOf(columns);
    }

    float width() {
        return (float) columns.stream().mapToDouble(Column::width).sum();
    }

    /** The height of the header and {@code rows}, for keeping a short table on one page. */
    float height(List<Row> rows) {
        float h = HEADER_HEIGHT;
        for (Row r : rows) {
            h += rowHeight(lines(r));
        }
        return h;
    }

    /** Draws from the canvas's {@code y} down, breaking pages between rows; leaves {@code y} below it. */
    void draw(List<Row> rows) {
        canvas.ensure(HEADER_HEIGHT + (rows.isEmpty() ? 0 : rowHeight(lines(rows.get(0)))));
        header();
        for (Row row : rows) {
            List<List<String>> cells = lines(row);
            float h = rowHeight(cells);
            if (canvas.y - h < Canvas.BOTTOM) {
                canvas.newPage();
                header();
            }
            row(row, cells, h);
        }
    }

    private void header() {
        float left = x;
        for (Column c : columns) {
            float cx = c.align() == Canvas.Align.RIGHT ? left + c.width() - PAD : left + (c == columns.get(0) ? 0 : PAD);
            String h = canvas.fit(c.header(), true, HEADER_SIZE, c.width() - PAD);
            canvas.text(h, cx, canvas.y - 10, true, HEADER_SIZE, Canvas.MUTED, c.align());
            left += c.width();
        }
        canvas.line(x, canvas.y - HEADER_HEIGHT + 2, x + width(), canvas.y - HEADER_HEIGHT + 2, 0.8f, Canvas.MUTED);
        canvas.y -= HEADER_HEIGHT;
    }

    private void row(Row row, List<List<String>> cells, float h) {
        if (row.bold()) {
            canvas.line(x, canvas.y, x + width(), canvas.y, 0.8f, Canvas.MUTED);
        }
        float left = x;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            float cx = c.align() == Canvas.Align.RIGHT ? left + c.width() - PAD : left + (i == 0 ? 0 : PAD);
            float baseline = canvas.y - PAD - 8;
            for (String line : cells.get(i)) {
                canvas.text(line, cx, baseline, row.bold(), SIZE, Canvas.TEXT, c.align());
                baseline -= LINE;
            }
            left += c.width();
        }
        canvas.y -= h;
        canvas.line(x, canvas.y, x + width(), canvas.y, 0.4f, Canvas.BORDER);
    }

    private List<List<String>> lines(Row row) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String value = i < row.cells().size() ? row.cells().get(i) : "";
            float room = c.width() - (i == 0 ? PAD : 2 * PAD);
            cells.add(c.wrap() ? canvas.wrap(value, row.bold(), SIZE, room) : List.of(canvas.fit(value, row.bold(), SIZE, room)));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * LINE + 2 * PAD + 1;
    }
}
