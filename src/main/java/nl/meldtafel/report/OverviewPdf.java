package nl.meldtafel.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.stats.Rate;
import nl.meldtafel.template.MessageKind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The Overzicht as an A4 PDF for the team's weekly meeting: the period, the key figures, the three
 * charts and the tables per kind, officer, wijk and beheerdersgroep. It shows only what the
 * {@link Overview} holds, which never includes administrators' phone numbers or email addresses.
 */
public final class OverviewPdf {

    private static final float GAP = 18;
    private static final float CHART_HEIGHT = 150;
    /** Sets the "waarvan" rows under their total. */
    private static final String INDENT = "    ";

    private final String whose;

    /** The report of a desk's own log (one team). */
    public OverviewPdf() {
        this("");
    }

    /** @param whose whose figures these are ("team Noord", "hele eenheid"), shown after the period; "" for none */
    public OverviewPdf(String whose) {
        this.whose = whose;
    }

    /** Writes the report; the stream is left open. */
    public void write(Overview overview, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(doc);
            try (Canvas canvas = new Canvas(doc, fonts)) {
                new Pages(canvas, overview, whose).draw();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            footers(doc, fonts, overview);
            describe(doc, overview);
            doc.save(out);
        }
    }

    private static void describe(PDDocument doc, Overview o) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(Texts.get("report.title") + " " + ReportText.period(o.period()));
        info.setCreator(Texts.get("app.title"));
        Calendar made = new GregorianCalendar(TimeZone.getTimeZone(o.period().zone()));
        made.setTimeInMillis(o.computedAt().toEpochMilli());
        info.setCreationDate(made);
        doc.getDocumentCatalog().setLanguage(Texts.locale().toLanguageTag());
    }

    /** "Meldtafel — overzicht · week 47, …" and "pagina 1 van 3" at the foot of every page. */
    private static void footers(PDDocument doc, ReportFonts fonts, Overview o) throws IOException {
        int pages = doc.getNumberOfPages();
        String left = fonts.printable(Texts.get("report.footer", Texts.get("report.title"), ReportText.period(o.period())));
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String right = fonts.printable(Texts.get("report.page", i + 1, pages));
                s.setStrokingColor(Canvas.BORDER.r(), Canvas.BORDER.g(), Canvas.BORDER.b());
                s.setLineWidth(0.5f);
                s.moveTo(Canvas.LEFT, 40);
                s.lineTo(Canvas.RIGHT, 40);
                s.stroke();
                s.setNonStrokingColor(Canvas.MUTED.r(), Canvas.MUTED.g(), Canvas.MUTED.b());
                s.beginText();
                s.setFont(fonts.regular, 7.5f);
                s.newLineAtOffset(Canvas.LEFT, 29);
                s.showText(left);
                s.endText();
                s.beginText();
                s.newLineAtOffset(Canvas.RIGHT - fonts.width(fonts.regular, 7.5f, right), 29);
                s.showText(right);
                s.endText();
            }
        }
    }

    /** The content, top to bottom, on as many pages as it needs. */
    private static final class Pages {

        private final Canvas c;
        private final Overview o;
        private final String whose;

        Pages(Canvas c, Overview o, String whose) {
            this.c = c;
            this.o = o;
            this.whose = whose;
        }

        void draw() {
            c.newPage();
            header();
            if (o.isEmpty()) {
                paragraph(Texts.get("report.empty"));
                return;
            }
            tiles();
            kindsAndFollowUp();
            chart(Texts.get("report.chart.perWeek"), null, Charts::alertsPerWeek);
            chart(Texts.get("report.chart.timeToFollowUp"), Texts.get("report.chart.timeToFollowUp.note",
                    ReportText.duration(o.medianTimeToFollowUp()), ReportText.duration(o.p90TimeToFollowUp()),
                    o.followedUp().count()), Charts::timeToFollowUp);
            chart(Texts.get("report.chart.ratePerWeek"), Texts.get("report.chart.ratePerWeek.note"), Charts::ratePerWeek);
            reasons();
            responses();
            breakdown(Texts.get("report.officers.title"), Texts.get("report.column.officer"), null, o.perOfficer(), null);
            breakdown(Texts.get("report.wijken.title"), Texts.get("report.column.wijk"), Texts.get("report.column.gemeente"),
                    o.perWijk(), Texts.get("report.wijken.note"));
            breakdown(Texts.get("report.groups.title"), Texts.get("report.column.group"), Texts.get("report.column.groupPlace"),
                    o.perGroup(), Texts.get("report.groups.note"));
        }

        private void header() {
            c.text(Texts.get("report.title"), Canvas.LEFT, c.y - 18, true, 20, Canvas.ACCENT);
            c.text(ReportText.period(o.period()) + (whose.isEmpty() ? "" : " \u00b7 " + whose), Canvas.LEFT, c.y - 40, true, 14,
                    Canvas.TEXT);
            c.text(Texts.get("report.made", ReportText.moment(o.computedAt(), o.period())), Canvas.LEFT, c.y - 55, false, 8.5f,
                    Canvas.MUTED);
            c.line(Canvas.LEFT, c.y - 64, Canvas.RIGHT, c.y - 64, 1.2f, Canvas.ACCENT);
            c.y -= 64 + GAP;
        }

        private void paragraph(String text) {
            for (String line : c.wrap(text, false, 10, Canvas.WIDTH)) {
                c.ensure(15);
                c.text(line, Canvas.LEFT, c.y - 11, false, 10, Canvas.TEXT);
                c.y -= 15;
            }
        }

        private void note(String text) {
            for (String line : c.wrap(text, false, 7.5f, Canvas.WIDTH)) {
                c.ensure(11);
                c.text(line, Canvas.LEFT, c.y - 9, false, 7.5f, Canvas.MUTED);
                c.y -= 11;
            }
            c.y -= 3;
        }

        private void sectionTitle(String title, float keepWith) {
            c.ensure(22 + keepWith);
            c.text(title, Canvas.LEFT, c.y - 12, true, 12, Canvas.ACCENT);
            c.y -= 20;
        }

        /** Five key figures in boxes across the page. */
        private void tiles() {
            Rate rate = o.followUp();
            List<String[]> tiles = List.of(
                    new String[] {ReportText.count(o.sent().count()), Texts.get("report.tile.sent")},
                    new String[] {ReportText.percent(rate), Texts.get("report.tile.rate", rate.part().count(), rate.whole().count())},
                    new String[] {ReportText.duration(o.medianTimeToFollowUp()), Texts.get("report.tile.median")},
                    new String[] {ReportText.duration(o.p90TimeToFollowUp()), Texts.get("report.tile.p90")},
                    new String[] {ReportText.count(o.overdueNow().count()), Texts.get("report.tile.overdue")});
            float gap = 8;
            float w = (Canvas.WIDTH - gap * (tiles.size() - 1)) / tiles.size();
            int lines = tiles.stream().mapToInt(t -> c.wrap(t[1], false, 7.5f, w - 14).size()).max().orElse(1);
            float h = 40 + lines * 9;
            float top = c.y;
            for (int i = 0; i < tiles.size(); i++) {
                float x = Canvas.LEFT + i * (w + gap);
                boolean alarm = i == 4 && !o.overdueNow().isEmpty();
                c.fillRect(x, top - h, w, h, Canvas.SURFACE);
                c.fillRect(x, top - h, 3, h, alarm ? Canvas.DANGER : Canvas.ACCENT);
                String value = tiles.get(i)[0];
                float size = 17;
                while (size > 10 && c.width(value, true, size) > w - 14) {
                    size -= 0.5f;
                }
                c.text(c.fit(value, true, size, w - 14), x + 10, top - 22, true, size, alarm ? Canvas.DANGER : Canvas.TEXT);
                float baseline = top - 35;
                for (String line : c.wrap(tiles.get(i)[1], false, 7.5f, w - 14)) {
                    c.text(line, x + 10, baseline, false, 7.5f, Canvas.MUTED);
                    baseline -= 9;
                }
            }
            c.y -= h + GAP;
        }

        /** Alerts per kind beside the follow-up figures. */
        private void kindsAndFollowUp() {
            List<Table.Row> kinds = new ArrayList<>();
            for (MessageKind k : MessageKind.values()) {
                kinds.add(Table.Row.of(k.label(), ReportText.count(o.kind(k).count())));
            }
            kinds.add(Table.Row.total(Texts.get("report.kinds.total"), ReportText.count(o.sent().count())));
            Table left = new Table(c, Canvas.LEFT, List.of(Table.Column.text(Texts.get("report.column.kind"), 120),
                    Table.Column.number(Texts.get("report.column.count"), 56)));

            Rate rate = o.followUp();
            List<Table.Row> follow = List.of(
                    Table.Row.of(Texts.get("report.followUp.needed"), ReportText.count(rate.whole().count())),
                    Table.Row.of(Texts.get("report.followUp.done"), Texts.get("report.followUp.doneValue",
                            rate.part().count(), ReportText.percent(rate))),
                    Table.Row.of(Texts.get("report.followUp.median"), ReportText.duration(o.medianTimeToFollowUp())),
                    Table.Row.of(Texts.get("report.followUp.p90"), ReportText.duration(o.p90TimeToFollowUp())),
                    Table.Row.of(Texts.get("report.followUp.open"), ReportText.count(o.open().count())),
                    Table.Row.of(Texts.get("report.followUp.overdue"), ReportText.count(o.overdueNow().count())),
                    Table.Row.of(Texts.get("report.followUp.closedWithout"), ReportText.count(o.closedWithoutMessage().count())));
            float rightX = Canvas.LEFT + 176 + 30;
            Table right = new Table(c, rightX, List.of(Table.Column.text("", Canvas.RIGHT - rightX - 80),
                    Table.Column.number("", 80)));

            float height = Math.max(left.height(kinds), right.height(follow));
            sectionTitle(Texts.get("report.kinds.title"), height);
            c.text(Texts.get("report.followUp.heading"), rightX, c.y + 8, true, 12, Canvas.ACCENT);
            float top = c.y;
            left.draw(kinds);
            float below = c.y;
            c.y = top;
            right.draw(follow);
            c.y = Math.min(below, c.y) - GAP;
        }

        /** A draw call for a chart in a box across the page. */
        @FunctionalInterface
        private interface ChartDrawer {
            void draw(Canvas c, Overview o, float top, float height);
        }

        private void chart(String title, String note, ChartDrawer drawer) {
            sectionTitle(title, CHART_HEIGHT + (note == null ? 0 : 11));
            if (note != null) {
                note(note);
            }
            drawer.draw(c, o, c.y, CHART_HEIGHT);
            c.y -= CHART_HEIGHT + GAP;
        }

        private void reasons() {
            List<Table.Row> rows = new ArrayList<>();
            for (Overview.Reason r : o.reasons()) {
                rows.add(Table.Row.of(r.reason() == null ? Texts.get("report.reasons.redacted") : r.reason(),
                        ReportText.count(r.alerts().count())));
            }
            sectionTitle(Texts.get("report.reasons.title"), rows.isEmpty() ? 15 : 40);
            if (rows.isEmpty()) {
                paragraph(Texts.get("report.reasons.none"));
            } else {
                new Table(c, Canvas.LEFT, List.of(Table.Column.wrapping(Texts.get("report.column.reason"), Canvas.WIDTH - 70),
                        Table.Column.number(Texts.get("report.column.count"), 70))).draw(rows);
            }
            c.y -= GAP;
        }

        private void responses() {
            Overview.Responses r = o.responses();
            sectionTitle(Texts.get("report.responses.title"), 40);
            if (r.recorded().isEmpty()) {
                paragraph(Texts.get("report.responses.none"));
                c.y -= GAP;
                return;
            }
            List<Table.Row> rows = new ArrayList<>();
            rows.add(Table.Row.of(Texts.get("report.responses.recorded"), ReportText.count(r.recorded().count())));
            rows.add(Table.Row.of(Texts.get("report.responses.withCalls"), ReportText.count(r.withCalls().count())));
            rows.add(Table.Row.of(Texts.get("report.responses.calls112"), ReportText.count(r.calls112())));
            rows.add(Table.Row.of(Texts.get("report.responses.calls0900"), ReportText.count(r.calls0900())));
            rows.add(Table.Row.of(Texts.get("report.responses.contributed"), ReportText.count(r.contributed().count())));
            for (ResponseResult result : ResponseResult.values()) {
                if (result.contributed()) {
                    rows.add(Table.Row.of(INDENT + Texts.get("report.responses.result", resultLabel(result)),
                            ReportText.count(r.result(result).count())));
                }
            }
            rows.add(Table.Row.of(Texts.get("report.responses.noResult"), ReportText.count(r.result(ResponseResult.GEEN).count())));
            new Table(c, Canvas.LEFT, List.of(Table.Column.text(Texts.get("report.column.response"), 300),
                    Table.Column.number(Texts.get("report.column.count"), 70))).draw(rows);
            c.y -= GAP;
        }

        private static String resultLabel(ResponseResult result) {
            return switch (result) {
                case GEEN -> Texts.get("response.result.GEEN");
                case AANHOUDING -> Texts.get("response.result.AANHOUDING");
                case PERSOON_AANGETROFFEN -> Texts.get("response.result.PERSOON_AANGETROFFEN");
                case ANDERS -> Texts.get("response.result.ANDERS");
            };
        }

        /** Per officer, wijk or group: alerts, followed up, rate and median time to follow-up. */
        private void breakdown(String title, String nameHeader, String contextHeader, List<Overview.Breakdown> rows, String note) {
            List<Table.Column> columns = new ArrayList<>();
            float numbers = 54 + 62 + 40 + 84;
            float room = Canvas.WIDTH - numbers;
            float nameWidth = room;
            if (contextHeader != null) {
                float names = 10 + (float) rows.stream().mapToDouble(b -> c.width(b.name(), false, Table.SIZE)).max().orElse(0);
                float contexts = 10 + (float) rows.stream().mapToDouble(b -> c.width(b.context(), false, Table.SIZE)).max().orElse(0);
                // the name gets what it needs when both fit; else it keeps at least 55%
                nameWidth = names + contexts <= room ? Math.max(names, room - contexts) : Math.max(room * 0.55f, room - contexts);
                nameWidth = Math.min(nameWidth, room - 60);
            }
            columns.add(Table.Column.wrapping(nameHeader, nameWidth));
            if (contextHeader != null) {
                columns.add(Table.Column.wrapping(contextHeader, room - nameWidth));
            }
            columns.add(Table.Column.number(Texts.get("report.column.sent"), 54));
            columns.add(Table.Column.number(Texts.get("report.column.followedUp"), 62));
            columns.add(Table.Column.number(Texts.get("report.column.rate"), 40));
            columns.add(Table.Column.number(Texts.get("report.column.median"), 84));
            List<Table.Row> table = new ArrayList<>();
            for (Overview.Breakdown b : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(b.name().isEmpty() ? Texts.get("report.noName") : b.name());
                if (contextHeader != null) {
                    cells.add(b.context());
                }
                cells.add(ReportText.count(b.sent().count()));
                cells.add(b.followUp().whole().isEmpty() ? Texts.get("log.none") : ReportText.partOfWhole(b.followUp()));
                cells.add(ReportText.percent(b.followUp()));
                cells.add(ReportText.duration(b.median()));
                table.add(new Table.Row(cells, false));
            }
            sectionTitle(title, 50);
            if (note != null) {
                note(note);
            }
            if (table.isEmpty()) {
                paragraph(Texts.get("report.breakdown.none"));
            } else {
                new Table(c, Canvas.LEFT, columns).draw(table);
            }
            c.y -= GAP;
        }
    }
}
