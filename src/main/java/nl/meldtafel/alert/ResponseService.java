package nl.meldtafel.alert;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import nl.meldtafel.template.MessageKind;

/**
 * Records what an alert brought in: calls to 112 and 0900-8844 the meldkamer attributed to it and the
 * result it contributed to. Only for sent alerts, and not for an afloopbericht: its response belongs to
 * the alert it closes.
 */
public final class ResponseService {

    private final Transactor tx;
    private final AlertRepository alerts;
    private final ResponseRepository responses;
    private final AuditLog audit;
    private final Clock clock;
    private final PermissionCheck permissions;

    public ResponseService(Transactor tx, AlertRepository alerts, ResponseRepository responses, AuditLog audit, Clock clock,
                           PermissionCheck permissions) {
        this.permissions = permissions;
        this.tx = tx;
        this.audit = audit;
        this.alerts = alerts;
        this.responses = responses;
        this.clock = clock;
    }

    /** Whether a response can be recorded for the alert, and the one recorded so far. */
    public record State(boolean recordable, Optional<AlertResponse> response) {

        /** What the next edit is based on: 0 while none is recorded. */
        public long version() {
            return response.map(AlertResponse::version).orElse(0L);
        }
    }

    public State state(long alertId) {
        return tx.inTransaction("Could not load the response of alert " + alertId, () -> new State(
                alerts.find(alertId).map(ResponseService::recordable).orElse(false), responses.find(alertId)));
    }

    /**
     * Saves the response, replacing the one the officer's form was loaded with.
     *
     * @param basedOn the version the form was loaded with ({@link State#version()}; 0 when none was recorded)
     * @throws IllegalArgumentException  for negative or absurd numbers of calls
     * @throws IllegalStateException     for an alert that is not sent, or is an afloopbericht
     * @throws ChangedMeanwhileException when someone else recorded a newer version first
     */
    public AlertResponse record(long alertId, long basedOn, int calls112, int calls0900, ResponseResult result, Actor actor) {
        permissions.require(actor, Permission.FOLLOW_UP);
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(actor, "actor");
        requireCalls(calls112);
        requireCalls(calls0900);
        return tx.inTransaction("Could not record the response of alert " + alertId, () -> {
            Alert a = alerts.find(alertId).orElseThrow(() -> new IllegalStateException("Alert " + alertId + " does not exist"));
            if (a.status() == AlertStatus.PENDING) {
                throw new IllegalStateException("Alert " + alertId + " is not confirmed sent; it has no response yet");
            }
            if (a.kind() == MessageKind.AFLOOPBERICHT) {
                throw new IllegalStateException("Alert " + alertId + " is an afloopbericht; record the response on the alert it closes");
            }
            Optional<AlertResponse> found = responses.find(alertId);
            if (found.map(AlertResponse::version).orElse(0L) != basedOn) {
                throw changed(alertId, basedOn, found);
            }
            if (!responses.save(alertId, basedOn, calls112, calls0900, result, clock.instant(), actor)) {
                throw changed(alertId, basedOn, responses.find(alertId)); // another desk committed in between
            }
            AlertResponse saved = responses.find(alertId).orElseThrow();
            audit.append(AuditRecords.response(alertId, saved, actor));
            return saved;
        });
    }

    private static ChangedMeanwhileException changed(long alertId, long basedOn, Optional<AlertResponse> found) {
        return new ChangedMeanwhileException(ChangedMeanwhileException.Subject.RESPONSE, alertId, basedOn,
                found.map(AlertResponse::rowVersion).orElse(RowVersion.NONE));
    }

    /** Which of these alerts have a response recorded already. */
    public java.util.Set<Long> recorded(java.util.Collection<Long> alertIds) {
        return responses.recordedAmong(alertIds);
    }

    private static boolean recordable(Alert a) {
        return a.status() != AlertStatus.PENDING && a.kind() != MessageKind.AFLOOPBERICHT;
    }

    private static void requireCalls(int calls) {
        if (calls < 0 || calls > AlertResponse.MAX_CALLS) {
            throw new IllegalArgumentException("calls must be 0.." + AlertResponse.MAX_CALLS + ", not " + calls);
        }
    }
}
