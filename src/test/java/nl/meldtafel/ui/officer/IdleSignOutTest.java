package nl.meldtafel.ui.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a shift without a key or a click the desk asks for sign-in again, but never in the middle of an alert. */
class IdleSignOutTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T06:00:00Z"));
    private final AtomicBoolean writing = new AtomicBoolean();
    private Storage storage;
    private SettingsSaver settings;
    private OfficerViewModel officers;
    private IdleSignOut idle;
    private final AtomicBoolean logAway = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicReference<Duration> period =
            new java.util.concurrent.atomic.AtomicReference<>(AccountService.DEFAULT_IDLE_SIGN_OUT);

    @BeforeEach
    void aSignedInDesk() {
        storage = Storage.open(folder, clock);
        AccountService accounts = storage.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
        accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc");
        settings = SettingsSaver.open(folder);
        officers = new OfficerViewModel(TaskRunner.sameThread(), storage.officers(), new LastOfficerSetting(settings), accounts,
                MutableClock.AMSTERDAM);
        idle = new IdleSignOut(officers, clock, writing::get, () -> !logAway.get(), period::get);
        officers.ask();
        officers.signIn().passwordProperty().set("Teamchef-2026");
        officers.signIn().numberProperty().set("100200");
        officers.signIn().signIn();
        assertEquals("100200", officers.currentProperty().get().personnelNumber());
    }

    @AfterEach
    void close() {
        settings.close();
        storage.close();
    }

    @Test
    void aShiftWithoutAKeyOrAClickAsksForSignInAgain() {
        clock.advance(Duration.ofHours(7));
        idle.activity();
        clock.advance(Duration.ofHours(7).plusMinutes(59));
        idle.check();
        assertEquals("100200", officers.currentProperty().get().personnelNumber(), "a key seven hours ago counts");
        clock.advance(Duration.ofMinutes(1));
        idle.check();
        assertNull(officers.currentProperty().get());
        assertNull(officers.accountProperty().get());
        assertTrue(officers.askingProperty().get(), "the sign-in is asked");
        assertEquals("100200", officers.signIn().numberProperty().get(), "the last number is offered");
    }

    @Test
    void theTeamchefsShorterPeriodCountsFromTheNextCheck() {
        clock.advance(Duration.ofHours(2));
        idle.check();
        assertEquals("100200", officers.currentProperty().get().personnelNumber());
        period.set(Duration.ofHours(2)); // saved in Instellingen meanwhile
        idle.check();
        assertNull(officers.currentProperty().get());
    }

    @Test
    void aDeskWhoseServerIsAwayKeepsItsOfficerUntilHeCouldSignInAgain() {
        logAway.set(true);
        clock.advance(Duration.ofHours(9));
        idle.check();
        assertEquals("100200", officers.currentProperty().get().personnelNumber(), "signed out, no one could sign in to send");
        logAway.set(false);
        idle.check();
        assertNull(officers.currentProperty().get());
    }

    @Test
    void anAlertBeingWrittenKeepsItsOfficerSignedInUntilItIsDone() {
        writing.set(true);
        clock.advance(Duration.ofHours(9));
        idle.check();
        assertEquals("100200", officers.currentProperty().get().personnelNumber());
        writing.set(false);
        idle.check();
        assertNull(officers.currentProperty().get());
    }
}
