package nl.meldtafel.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.template.MessageKind;

/**
 * The three charts of the report, drawn as vector shapes: alerts per week stacked by kind, time to
 * follow-up as a distribution, and the follow-up rate per week. Each fills a box of the given top
 * and height across the page's width, with its values written on it so a printout needs no legend lookup.
 */
final class Charts {

    private static final float LABEL = 7.5f;
    private static final float VALUE = 8;
    private static final float MAX_BAR = 46;
    private static final float X_LABELS = 24;

    private Charts() {
    }

    /** Okabe-Ito colours: told apart with the common colour-vision deficiencies, also in grey print. */
    static Canvas.Rgb colour(MessageKind kind) {
        return switch (kind) {
            case HETERDAAD -> Canvas.Rgb.hex(0xd55e00);
            case VERMISSING -> Canvas.Rgb.hex(0x0072b2);
            case AFLOOPBERICHT -> Canvas.Rgb.hex(0x009e73);
            case GETUIGENOPROEP -> Canvas.Rgb.hex(0xe69f00);
            case WAARSCHUWING -> Canvas.Rgb.hex(0xcc79a7);
            case WEEKOVERZICHT -> Canvas.Rgb.hex(0x999999);
        };
    }

    /** The plot area inside a chart's box. */
    private record Plot(float left, float right, float bottom, float top) {
        float height() {
            return top - bottom;
        }

        float slot(int n) {
            return (right - left) / Math.max(n, 1);
        }

        float centre(int i, int n) {
            return left + slot(n) * (i + 0.5f);
        }
    }

    static void alertsPerWeek(Canvas c, Overview o, float top, float height) {
        List<MessageKind> kinds = new ArrayList<>(o.perKind().keySet().stream().sorted().toList());
        float legendBottom = legend(c, kinds, top);
        Plot plot = new Plot(Canvas.LEFT + 26, Canvas.RIGHT - 4, top - height + X_LABELS, legendBottom - 14);
        List<Overview.Week> weeks = o.weeks();
        int max = weeks.stream().mapToInt(Charts::total).max().orElse(0);
        int axisTop = countAxis(c, plot, max);
        int n = weeks.size();
        float bar = Math.min(plot.slot(n) * 0.62f, MAX_BAR);
        for (int i = 0; i < n; i++) {
            Overview.Week w = weeks.get(i);
            float cx = plot.centre(i, n);
            float y = plot.bottom();
            boolean several = kinds.stream().filter(k -> !w.kind(k).isEmpty()).count() > 1;
            for (MessageKind k : kinds) {
                int count = w.kind(k).count();
                if (count == 0) {
                    continue;
                }
                float h = plot.height() * count / axisTop;
                c.fillRect(cx - bar / 2, y, bar, h, colour(k));
                if (several && h >= 10 && bar >= 14) {
                    c.text(ReportText.count(count), cx, y + h / 2 - 2.5f, false, 7, Canvas.Rgb.hex(0xffffff), Canvas.Align.CENTER);
                }
                y += h;
            }
            if (total(w) > 0 && plot.slot(n) >= 10) {
                c.text(ReportText.count(total(w)), cx, y + 3, true, VALUE, Canvas.TEXT, Canvas.Align.CENTER);
            }
        }
        c.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), 0.8f, Canvas.MUTED);
        weekLabels(c, o, plot, w -> ReportText.shortDate(firstDay(o, w)));
    }

    static void timeToFollowUp(Canvas c, Overview o, float top, float height) {
        Plot plot = new Plot(Canvas.LEFT + 26, Canvas.RIGHT - 4, top - height + X_LABELS, top - 14);
        List<Overview.Bucket> buckets = o.timeToFollowUp();
        int max = buckets.stream().mapToInt(b -> b.alerts().count()).max().orElse(0);
        int axisTop = countAxis(c, plot, max);
        int n = buckets.size();
        float bar = Math.min(plot.slot(n) * 0.7f, 56);
        for (int i = 0; i < n; i++) {
            Overview.Bucket b = buckets.get(i);
            float cx = plot.centre(i, n);
            float h = plot.height() * b.alerts().count() / axisTop;
            if (h > 0) {
                c.fillRect(cx - bar / 2, plot.bottom(), bar, h, Canvas.ACCENT);
            }
            c.text(ReportText.count(b.alerts().count()), cx, plot.bottom() + h + 3, true, VALUE,
                    b.alerts().isEmpty() ? Canvas.MUTED : Canvas.TEXT, Canvas.Align.CENTER);
            c.text(bucketLabel(b), cx, plot.bottom() - 11, false, LABEL, Canvas.TEXT, Canvas.Align.CENTER);
        }
        c.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), 0.8f, Canvas.MUTED);
    }

    static void ratePerWeek(Canvas c, Overview o, float top, float height) {
        Plot plot = new Plot(Canvas.LEFT + 26, Canvas.RIGHT - 4, top - height + X_LABELS, top - 14);
        for (int p = 0; p <= 100; p += 25) {
            float y = plot.bottom() + plot.height() * p / 100f;
            c.line(plot.left(), y, plot.right(), y, 0.5f, Canvas.GRID);
            c.text(Texts.get("report.percent", p), plot.left() - 4, y - 2.5f, false, LABEL, Canvas.MUTED, Canvas.Align.RIGHT);
        }
        List<Overview.Week> weeks = o.weeks();
        int n = weeks.size();
        List<float[]> run = new ArrayList<>();
        List<List<float[]>> runs = new ArrayList<>(List.of(run));
        for (int i = 0; i < n; i++) {
            var fraction = weeks.get(i).followUp().fraction();
            if (fraction.isEmpty()) {
                run = new ArrayList<>();
                runs.add(run);
                continue;
            }
            run.add(new float[] {plot.centre(i, n), plot.bottom() + plot.height() * (float) fraction.getAsDouble()});
        }
        for (List<float[]> r : runs) {
            float[] xy = new float[r.size() * 2];
            for (int i = 0; i < r.size(); i++) {
                xy[2 * i] = r.get(i)[0];
                xy[2 * i + 1] = r.get(i)[1];
            }
            c.polyline(xy, 1.6f, Canvas.ACCENT);
        }
        boolean labelEvery = plot.slot(n) >= 22;
        for (int i = 0; i < n; i++) {
            Overview.Week w = weeks.get(i);
            if (w.followUp().fraction().isEmpty()) {
                continue;
            }
            float x = plot.centre(i, n);
            float y = plot.bottom() + plot.height() * (float) w.followUp().fraction().getAsDouble();
            c.dot(x, y, 2.8f, Canvas.ACCENT);
            if (labelEvery) {
                c.text(ReportText.percent(w.followUp()), x, y + 5, true, VALUE, Canvas.TEXT, Canvas.Align.CENTER);
            }
        }
        c.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), 0.8f, Canvas.MUTED);
        weekLabels(c, o, plot, w -> w.followUp().whole().isEmpty() ? Texts.get("report.chart.noneNeeded")
                : ReportText.partOfWhole(w.followUp()));
    }

    private static int total(Overview.Week w) {
        return w.perKind().values().stream().mapToInt(f -> f.count()).sum();
    }

    /** Grid lines and labels for counts from 0; returns the axis's top value. */
    private static int countAxis(Canvas c, Plot plot, int max) {
        int step = niceStep(max);
        int top = Math.max(step, (max + step - 1) / step * step);
        for (int v = 0; v <= top; v += step) {
            float y = plot.bottom() + plot.height() * v / top;
            c.line(plot.left(), y, plot.right(), y, 0.5f, Canvas.GRID);
            c.text(ReportText.count(v), plot.left() - 4, y - 2.5f, false, LABEL, Canvas.MUTED, Canvas.Align.RIGHT);
        }
        return top;
    }

    /** A step of 1, 2 or 5 times a power of ten that gives at most five grid lines. */
    static int niceStep(int max) {
        if (max <= 4) {
            return 1;
        }
        double raw = max / 4.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return (int) Math.max(1, nice * magnitude);
    }

    /** "wk 47" under each week (every few weeks when they are many), a second line under it. */
    private static void weekLabels(Canvas c, Overview o, Plot plot, java.util.function.Function<Overview.Week, String> second) {
        int n = o.weeks().size();
        int every = Math.max(1, (int) Math.ceil(40 / plot.slot(n)));
        for (int i = 0; i < n; i += every) {
            Overview.Week w = o.weeks().get(i);
            float cx = plot.centre(i, n);
            c.text(Texts.get("report.chart.week", w.number()), cx, plot.bottom() - 10, false, LABEL, Canvas.TEXT, Canvas.Align.CENTER);
            c.text(second.apply(w), cx, plot.bottom() - 19, false, 6.5f, Canvas.MUTED, Canvas.Align.CENTER);
        }
    }

    /** Coloured squares with the kinds' names in one row; returns the row's bottom. */
    private static float legend(Canvas c, List<MessageKind> kinds, float top) {
        float x = Canvas.LEFT + 26;
        float baseline = top - 9;
        for (MessageKind k : kinds) {
            c.fillRect(x, baseline - 0.5f, 7, 7, colour(k));
            String label = k.label();
            c.text(label, x + 10, baseline, false, 8, Canvas.TEXT);
            x += 10 + c.width(label, false, 8) + 14;
        }
        return top - 12;
    }

    /** "< 15 min", "15–30 min", "1–2 uur", "1 dag of meer". */
    static String bucketLabel(Overview.Bucket b) {
        Duration from = b.from();
        Duration to = b.to();
        if (to == null) {
            return Texts.get("report.bucket.atLeast", amount(from));
        }
        if (from.isZero()) {
            return Texts.get("report.bucket.below", amount(to));
        }
        if (to.toMinutes() <= 60) {
            return Texts.get("report.bucket.between", from.toMinutes(), to.toMinutes(), Texts.get("report.unit.minutes"));
        }
        return Texts.get("report.bucket.between", from.toHours(), to.toHours(), Texts.get("report.unit.hours"));
    }

    private static String amount(Duration d) {
        if (d.toMinutes() < 60) {
            return d.toMinutes() + " " + Texts.get("report.unit.minutes");
        }
        if (d.toHours() < 24 || d.toHours() % 24 != 0) {
            return d.toHours() + " " + Texts.get("report.unit.hours");
        }
        return Texts.get("report.unit.days", d.toDays());
    }

    /** The week's first day inside the period: a month's first week may start on its Thursday. */
    private static LocalDate firstDay(Overview o, Overview.Week w) {
        return w.monday().isBefore(o.period().first()) ? o.period().first() : w.monday();
    }
}
