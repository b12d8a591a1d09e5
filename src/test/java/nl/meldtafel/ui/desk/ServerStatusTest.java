package nl.meldtafel.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.app.DeskAssembly;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.store.postgres.ServerSetup;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar names the server a desk works on, and says in Dutch what to do when it cannot. */
class ServerStatusTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path folder;

    private DatabaseViewModel opened(String address) {
        return opened(address, TeamScope.firstTeam());
    }

    private DatabaseViewModel opened(String address, TeamScope team) {
        Storage storage = DeskAssembly.storage(folder, Optional.of(ServerAddress.parse(address)), Map.of(), CLOCK, team);
        DatabaseViewModel database = new DatabaseViewModel(TaskRunner.sameThread(), storage, folder);
        database.open();
        return database;
    }

    @Test
    void aDeskOnASetUpServerSaysServerOk() {
        String url = EmbeddedServer.freshDatabase();
        ServerSetup.init(url, EmbeddedServer.user(), ServerSetup.DEFAULT_DESK_ROLE);

        DatabaseViewModel database = opened(EmbeddedServer.address(url, "postgres"));
        try {
            assertEquals(DatabaseViewModel.State.OK, database.stateProperty().get());
            assertEquals("Server localhost: ok", database.statusProperty().get());
        } finally {
            database.close();
        }
    }

    @Test
    void onAServerWithSeveralTeamsTheStatusBarNamesTheDesksTeamOrTheUnitAndAnUnknownTeamIsExplained() {
        String url = EmbeddedServer.freshDatabase();
        ServerSetup.init(url, EmbeddedServer.user(), ServerSetup.DEFAULT_DESK_ROLE);
        EmbeddedServer.execute(url, "INSERT INTO team (name) VALUES ('Noord'), ('Zuid')");
        String address = EmbeddedServer.address(url, "postgres");

        DatabaseViewModel noord = opened(address, TeamScope.of(Optional.of("noord"), false));
        assertEquals("Server localhost: ok · team Noord", noord.statusProperty().get());
        noord.close();
        DatabaseViewModel unit = opened(address, TeamScope.of(Optional.of("Zuid"), true));
        assertEquals("Server localhost: ok · hele eenheid (eigen team: Zuid)", unit.statusProperty().get());
        unit.close();
        DatabaseViewModel west = opened(address, TeamScope.of(Optional.of("West"), false));
        try {
            assertEquals(DatabaseViewModel.State.FAILED, west.stateProperty().get());
            assertEquals("Server localhost niet beschikbaar: dit team bestaat niet op de server", west.statusProperty().get());
            assertTrue(west.problemProperty().get().contains("geen team „West“"), west.problemProperty().get());
        } finally {
            west.close();
        }
    }

    @Test
    void aServerNotSetUpAsksForServerInitAndTheDeskCreatesNothing() {
        DatabaseViewModel database = opened(EmbeddedServer.address(EmbeddedServer.freshDatabase(), "postgres"));
        try {
            assertEquals(DatabaseViewModel.State.FAILED, database.stateProperty().get());
            assertEquals("Server localhost niet beschikbaar: de server is nog niet ingericht voor deze versie van Meldtafel",
                    database.statusProperty().get());
            assertTrue(database.problemProperty().get().contains("„server init“"), database.problemProperty().get());
        } finally {
            database.close();
        }
    }

    @Test
    void aLoginOutsideTheDeskRoleIsToldToAskForItAndNotThatAFolderIsReadOnly() {
        String url = EmbeddedServer.freshDatabase();
        ServerSetup.init(url, EmbeddedServer.user(), ServerSetup.DEFAULT_DESK_ROLE);
        String stranger = "vreemde_" + ProcessHandle.current().pid();
        EmbeddedServer.execute(url, "CREATE ROLE " + stranger + " LOGIN");
        EmbeddedServer.execute(url, "REVOKE ALL ON SCHEMA public FROM PUBLIC");

        DatabaseViewModel database = opened(EmbeddedServer.address(url, stranger));
        try {
            assertEquals(DatabaseViewModel.State.FAILED, database.stateProperty().get());
            assertEquals("Server localhost niet beschikbaar: de server weigert dit: deze gebruiker heeft er geen rechten voor",
                    database.statusProperty().get());
            assertTrue(database.problemProperty().get().contains("lid is van de rol voor meldtafels"),
                    database.problemProperty().get());
        } finally {
            database.close();
        }
    }

    @Test
    void aServerThatCannotBeReachedIsSaidSoInDutch() {
        DatabaseViewModel database = opened("postgresql://balie1@127.0.0.1:1/meldtafel");
        try {
            assertEquals(DatabaseViewModel.State.FAILED, database.stateProperty().get());
            assertEquals("Server 127.0.0.1 niet beschikbaar: de server is niet bereikbaar", database.statusProperty().get());
            assertTrue(database.problemProperty().get().startsWith("De server 127.0.0.1:1/meldtafel is niet bereikbaar."),
                    database.problemProperty().get());
        } finally {
            database.close();
        }
    }
}
