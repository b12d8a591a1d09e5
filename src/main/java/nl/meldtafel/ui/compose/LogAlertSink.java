package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.OsAccount;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.store.StorageUnavailableException;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.TemplateDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Records sent messages in the log through {@link AlertService}, as the officer at the desk. */
public final class LogAlertSink implements AlertSink {

    private final AlertService service;
    private volatile String osAccount;

    public LogAlertSink(AlertService service) {
        this.service = service;
    }

    @Override
    public long recordPending(TemplateDefinition template, FieldValues values, String text, Long parentId, Officer officer,
                              List<Long> groupIds) {
        return service.recordPending(newAlert(template, values, text, parentId, groupIds), actor(officer));
    }

    /** The alert as the log records it. */
    static NewAlert newAlert(TemplateDefinition template, FieldValues values, String text, Long parentId, List<Long> groupIds) {
        FollowUpPolicy followUp = FollowUpRules.policyOfNew(template.followUp(), template.kind().closesParent(), parentId);
        return new NewAlert(template.kind(), template.id(), template.contentHash(), values.toJsonString(), text,
                parentId, followUp, groupIds);
    }

    @Override
    public void confirmSent(long id, Officer officer) {
        service.confirmSent(id, actor(officer));
    }

    /** Empty while the database is not open: there is nothing to show, and the status bar says why. */
    @Override
    public List<PendingAlert> unconfirmed() {
        List<PendingAlert> pending = new ArrayList<>();
        try {
            for (AlertRow row : service.unconfirmed()) {
                service.find(row.id()).ifPresent(alert -> pending.add(pendingOf(alert)));
            }
        } catch (StorageUnavailableException notOpen) {
            return List.of();
        }
        return pending;
    }

    private static PendingAlert pendingOf(Alert alert) {
        return new PendingAlert(alert.id(), alert.templateId(), title(alert.kind()), alert.text() == null ? "" : alert.text(),
                alert.createdAt(), alert.officer() == null ? "" : alert.officer().name());
    }

    static String title(MessageKind kind) {
        String name = kind.jsonName();
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private Actor actor(Officer officer) {
        if (officer == null) {
            throw new IllegalStateException("No officer at the desk");
        }
        String account = osAccount;
        if (account == null) {
            account = OsAccount.current();
            osAccount = account;
        }
        return new Actor(officer, account);
    }
}
