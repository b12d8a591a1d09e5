package nl.meldtafel.weekly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.Page;

/** Reads a period's alerts from the log and counts them. Blocks: call it off the FX thread. */
public final class WeeklyLog {

    private final AlertRepository alerts;

    public WeeklyLog(AlertRepository alerts) {
        this.alerts = alerts;
    }

    public Tally tally(Period period) {
        List<Long> ids = new ArrayList<>();
        AlertQuery query = AlertQuery.all().period(period.start(), period.endExclusive()).limit(AlertQuery.MAX_LIMIT);
        while (true) {
            Page<AlertRow> page = alerts.search(query);
            page.items().forEach(row -> ids.add(row.id()));
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        Map<Long, Alert> found = alerts.findAll(ids);
        List<Alert> inPeriod = ids.stream().map(found::get).filter(a -> a != null && WeeklyCounter.counts(a)).toList();
        return WeeklyCounter.count(inPeriod);
    }
}
