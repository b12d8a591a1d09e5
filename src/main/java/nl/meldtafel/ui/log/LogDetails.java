package nl.meldtafel.ui.log;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertChain;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.alert.Summary;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.template.TemplateDefinition;

/** Builds the detail of one alert from storage; blocking, so it runs on the worker thread. */
final class LogDetails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

    private final AlertService service;
    private final OfficerService officers;
    private final LogFormat format;
    private volatile Function<String, Optional<TemplateDefinition>> templates = id -> Optional.empty();
    private volatile LongFunction<Checklist> checklists = id -> new Checklist(id, List.of());
    private volatile RetentionService retention;

    LogDetails(AlertService service, OfficerService officers, LogFormat format) {
        this.service = service;
        this.officers = officers;
        this.format = format;
    }

    /** Field labels come from the loaded templates; without them the values show their keys. */
    void useTemplates(Function<String, Optional<TemplateDefinition>> templates) {
        this.templates = templates;
    }

    void useChecklists(LongFunction<Checklist> checklists) {
        this.checklists = checklists;
    }

    /** Shows holds and offers "Bewaren…"; without it the detail shows only a redaction. */
    void useRetention(RetentionService retention) {
        this.retention = retention;
    }

    Optional<LogDetail> of(long id, Instant now) {
        Optional<Alert> found = service.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Alert a = found.get();
        AlertChain chain = service.chainOf(id);
        String heading = Texts.get("log.detail.heading", a.kind().label(), id);
        RetentionService r = retention;
        String text = a.isRedacted() ? null : a.text();
        List<String> values = LogFormat.values(a.valuesJson(), templates.apply(a.templateId()).orElse(null));
        return Optional.of(new LogDetail(id, heading, meta(a, now), text, values,
                links(chain, id, now), closure(chain.original(), now), groups(a, now), retention(a, chain, r),
                r != null && !a.isRedacted() && a.status() != AlertStatus.PENDING));
    }

    /** The redaction date, or the active holds on any message of the chain (a hold keeps the chain). */
    private String retention(Alert a, AlertChain chain, RetentionService r) {
        if (a.isRedacted()) {
            return Texts.get("log.retention.redacted", DATE.format(a.redactedAt().atZone(format.zone())));
        }
        if (r == null) {
            return null;
        }
        List<Alert> members = new ArrayList<>();
        members.add(chain.original());
        members.addAll(chain.updates());
        chain.afloopbericht().ifPresent(members::add);
        LocalDate today = r.today();
        List<String> lines = new ArrayList<>();
        for (Alert m : members) {
            for (Hold h : r.holdsOf(m.id())) {
                if (h.activeOn(today)) {
                    lines.add(Texts.get("log.retention.held", DATE.format(h.until()), h.reason(), h.placedByName()));
                }
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private String meta(Alert a, Instant now) {
        String who = Texts.get("log.officer", a.officer().name(), a.officer().personnelNumber());
        String sent = a.sentAt() == null ? Texts.get("log.detail.notSent") : Texts.get("log.detail.sent", format.time(a.sentAt(), now));
        return Texts.get("log.detail.meta", who, format.time(a.createdAt(), now), sent, a.groupIds().size());
    }

    /** Each chosen group with when and by whom it was posted, or why it was skipped. */
    private List<String> groups(Alert a, Instant now) {
        if (a.groupIds().isEmpty()) {
            return List.of();
        }
        return checklists.apply(a.id()).items().stream().map(i -> switch (i.state()) {
            case OPEN -> Texts.get("log.group.open", i.group().name());
            case POSTED -> Texts.get("log.group.posted", i.group().name(), format.time(i.at(), now), i.officerName());
            case DISMISSED -> Texts.get("log.group.dismissed", i.group().name(), format.time(i.at(), now), i.officerName(),
                    i.reason() == null ? "" : i.reason());
        }).toList();
    }

    private List<LogDetail.Link> links(AlertChain chain, long current, Instant now) {
        List<LogDetail.Link> links = new ArrayList<>();
        links.add(link(chain.original(), Texts.get("log.chain.original"), current, now));
        for (int i = 0; i < chain.updates().size(); i++) {
            links.add(link(chain.updates().get(i), Texts.get("log.chain.update", i + 1), current, now));
        }
        chain.afloopbericht().ifPresent(a -> links.add(link(a, Texts.get("log.chain.afloop"), current, now)));
        return links;
    }

    private LogDetail.Link link(Alert a, String role, long current, Instant now) {
        String time = format.time(a.sentAt() != null ? a.sentAt() : a.createdAt(), now);
        return new LogDetail.Link(a.id(), Texts.get("log.chain.link", role, time, Summary.of(a.text())), a.id() == current);
    }

    /** How the incident (the chain's original) was closed, or why it is not closed. */
    private String closure(Alert original, Instant now) {
        Optional<Closure> closing = original.closing();
        if (closing.isPresent()) {
            Closure c = closing.get();
            String who = officers.find(c.officerId())
                    .map(o -> Texts.get("log.officer", o.name(), o.personnelNumber()))
                    .orElse(Texts.get("log.officer.unknown", c.officerId()));
            String when = format.time(c.at(), now);
            if (c.afloopbericht().isPresent()) {
                String closed = Texts.get("log.closure.afloop", when, who);
                return c.outcome() == null ? closed
                        : closed + " " + Texts.get("log.closure.outcome", Texts.get(c.outcome().textKey()));
            }
            if (c.category() != null) {
                String category = Texts.get(c.category().textKey());
                return c.reason() == null ? Texts.get("log.closure.categoryRedacted", when, who, category)
                        : Texts.get("log.closure.categoryReason", when, who, category, c.reason());
            }
            return c.reason() == null ? Texts.get("log.closure.reasonRedacted", when, who)
                    : Texts.get("log.closure.reason", when, who, c.reason());
        }
        if (original.status() == AlertStatus.PENDING) {
            return Texts.get("log.closure.pending");
        }
        if (!original.isOpen()) {
            return Texts.get("log.closure.notNeeded");
        }
        if (original.dueAt() != null && !original.dueAt().isAfter(now)) {
            return Texts.get("log.closure.overdue", format.time(original.dueAt(), now));
        }
        return original.dueAt() == null ? Texts.get("log.closure.open")
                : Texts.get("log.closure.due", format.time(original.dueAt(), now));
    }
}
