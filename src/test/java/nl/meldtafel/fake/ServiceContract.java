package nl.meldtafel.fake;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.PasteChecklist;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The base of the suites that keep the fakes honest: every test of a subclass runs once on the stored
 * services over a fresh SQLite log and once on the fakes, so a view tested on a fake sees what the desk sees.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(ServiceContract.Kind.class)
abstract class ServiceContract {

    /** Monday 23 November 2026, 14.32 in Amsterdam. */
    static final Instant START = LocalDateTime.of(2026, 11, 23, 14, 32).atZone(MutableClock.AMSTERDAM).toInstant();

    enum Kind { STORED, FAKE }

    @Parameter
    Kind kind;
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(START);
    AlertService alerts;
    OfficerService officers;
    GroupRegister register;
    PasteChecklist checklist;
    RetentionService retention;
    private Storage storage;

    @BeforeEach
    void openServices() {
        if (kind == Kind.STORED) {
            storage = Storage.open(dir, clock);
            alerts = storage.alertService();
            officers = storage.officers();
            register = storage.groupRegister();
            checklist = storage.pasteChecklist();
            retention = storage.retention();
        } else {
            FakeServices fakes = new FakeServices(clock);
            alerts = fakes.alerts;
            officers = fakes.officers;
            register = fakes.register;
            checklist = fakes.checklist;
            retention = fakes.retention;
        }
    }

    @AfterEach
    void closeServices() {
        if (storage != null) {
            storage.close();
        }
    }

    Actor officer(String name, String number) {
        return new Actor(officers.register(name, number), "desk");
    }
}
