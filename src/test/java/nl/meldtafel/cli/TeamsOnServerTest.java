package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.stats.Period;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.overview.OverviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several basisteams on one server: a desk works in its own team (its Opvolging, Logboek, officers and
 * figures are that team's), the unit view shows them all, and the one chain verifies from any team.
 */
class TeamsOnServerTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    @TempDir
    Path home;
    private String url;
    private String owner;
    private Storage noord;
    private Storage zuid;

    @BeforeEach
    void twoTeams() {
        url = EmbeddedServer.migratedDatabase();
        owner = EmbeddedServer.address(url, "postgres");
        assertEquals(0, run("team", "add", "Noord", "--database", owner).exit());
        assertEquals(0, run("team", "add", "Zuid", "--database", owner).exit());
        noord = desk("noord", TeamScope.of(Optional.of("Noord"), false));
        zuid = desk("zuid", TeamScope.of(Optional.of("zuid"), false)); // names are matched without case
    }

    @AfterEach
    void close() {
        noord.close();
        zuid.close();
    }

    private Storage desk(String folder, TeamScope scope) {
        Storage storage = Storage.on(home.resolve(folder), PostgresBackend.at(url, EmbeddedServer.user(), clock, scope), clock);
        storage.open();
        return storage;
    }

    private CommandRun run(String... args) {
        Map<String, String> env = new HashMap<>();
        env.put(DataFolder.ENV, home.toString());
        return CommandRun.run(AdminCommandLine.of(env, clock), args);
    }

    private static long send(Storage desk, Actor by, String text) {
        long id = desk.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}", text, null,
                new FollowUpPolicy(true, Duration.ofHours(1), null), List.of()), by);
        desk.alertService().confirmSent(id, by);
        return id;
    }

    private static List<Long> ids(List<AlertRow> rows) {
        return rows.stream().map(AlertRow::id).toList();
    }

    @Test
    void eachDeskSeesItsOwnTeamAndTheUnitViewSeesEveryTeam() {
        Actor jan = new Actor(noord.officers().register("Jan Noord", "100001"), "balie-noord");
        Actor piet = new Actor(zuid.officers().register("Piet Zuid", "200002"), "balie-zuid");
        long inNoord = send(noord, jan, "*HETERDAAD*\nInbraak Dorpsstraat Noord");
        long inZuid = send(zuid, piet, "*HETERDAAD*\nInbraak Dorpsstraat Zuid");
        long pendingZuid = zuid.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}",
                "*HETERDAAD*\nNog niet bevestigd", null, FollowUpPolicy.NONE, List.of()), piet);

        assertEquals(List.of(inNoord), ids(noord.alertService().open(null)), "Opvolging: only the desk's own team");
        assertEquals(List.of(inZuid), ids(zuid.alertService().open(null)));
        assertEquals(List.of(), ids(noord.alertService().unconfirmed()), "another team's unconfirmed alert is theirs");
        assertEquals(List.of(pendingZuid), ids(zuid.alertService().unconfirmed()));
        assertEquals(List.of(inNoord), ids(noord.alertService().search(AlertQuery.all().text("Dorpsstraat")).items()),
                "Logboek search stays in the team");
        assertEquals(List.of("Jan Noord"), noord.officers().all().stream().map(Officer::name).toList(),
                "the officer question lists the team's own officers");
        long noordGroup = noord.groupRegister().addGroup(new GroupInput("Buurtpreventie Noord", "Noord", "Leiden", true, ""), null);
        assertEquals(List.of(noordGroup), zuid.groupRegister().search("Buurtpreventie", false).stream().map(g -> g.group().id()).toList(),
                "the register of beheerdersgroepen is the unit's");
        EmbeddedServer.execute(url, "DO $$ BEGIN IF (SELECT t.name FROM target_group g JOIN team t ON t.id = g.team_id "
                + "WHERE g.id = " + noordGroup + ") <> 'Noord' THEN RAISE EXCEPTION 'group not in team Noord'; END IF; END $$");
        // a team's last choice of groups is its own: a Zuid desk is never offered Noord's groups by default
        noord.targeting().remember(MessageKind.HETERDAAD, List.of(noordGroup));
        assertEquals(List.of(noordGroup), noord.targeting().defaultFor(MessageKind.HETERDAAD).groups().stream()
                .map(g -> g.id()).toList());
        assertEquals(List.of(), zuid.targeting().defaultFor(MessageKind.HETERDAAD).groups());
        long toGroup = noord.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}",
                "*HETERDAAD*\nMet groep", null, FollowUpPolicy.NONE, List.of(noordGroup)), jan);
        noord.alertService().confirmSent(toGroup, jan);
        assertEquals(List.of(toGroup), noord.pasteChecklist().notYetPosted().stream().map(n -> n.alertId()).toList());
        assertEquals(List.of(), zuid.pasteChecklist().notYetPosted(), "another team's paste checklist is theirs");

        try (Storage unit = desk("unit", TeamScope.of(Optional.of("Noord"), true))) {
            assertEquals(List.of(inNoord, inZuid), ids(unit.alertService().open(null)).stream().sorted().toList());
            assertEquals(2, unit.alertService().search(AlertQuery.all().text("Dorpsstraat")).items().size());
            assertEquals(List.of("Jan Noord", "Piet Zuid"), unit.officers().all().stream().map(Officer::name).toList());
            Period week = Period.weekOf(LocalDate.of(2026, 12, 1), AMSTERDAM);
            assertEquals(3, unit.overviews().overview(week).sent().count(), "the unit's figures count every team");
            assertEquals(2, noord.overviews().overview(week).sent().count(), "a team's figures count its own");
            assertEquals("Overzicht – team Noord", new OverviewViewModel(TaskRunner.sameThread(), noord.overviews()::overview,
                    clock, AMSTERDAM).showing(noord.team()).title());
            assertEquals("Overzicht – hele eenheid", new OverviewViewModel(TaskRunner.sameThread(), unit.overviews()::overview,
                    clock, AMSTERDAM).showing(unit.team()).title());
            // one chain for the unit, whichever team checks it
            assertTrue(noord.verifier().verify(Optional.empty()).intact());
            assertEquals(unit.verifier().verify(Optional.empty()).head(), noord.verifier().verify(Optional.empty()).head());
        }
    }

    /** Live updates: a desk showing one team hears its own team's changes, not the other teams'. */
    @Test
    void aDeskHearsItsOwnTeamsChangesAndNotTheOtherTeams() throws Exception {
        Actor jan = new Actor(noord.officers().register("Jan Noord", "100001"), "balie-noord");
        Actor piet = new Actor(zuid.officers().register("Piet Zuid", "200002"), "balie-zuid");
        java.util.concurrent.BlockingQueue<nl.meldtafel.alert.LogChange> heardByNoord = new java.util.concurrent.LinkedBlockingQueue<>();
        try (Storage secondNoordDesk = desk("noord2", TeamScope.of(Optional.of("Noord"), false));
             var subscription = noord.changes().subscribe(heardByNoord::add)) {
            long inZuid = send(zuid, piet, "*HETERDAAD*\nZuid");
            long inNoord = send(secondNoordDesk, jan, "*HETERDAAD*\nNoord");

            java.util.Set<Long> heard = new java.util.HashSet<>();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (!heard.contains(inNoord) && System.nanoTime() < deadline) {
                nl.meldtafel.alert.LogChange change = heardByNoord.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (change != null) {
                    heard.add(change.id());
                }
            }
            assertTrue(heard.contains(inNoord), "the other Noord desk's alert is heard: " + heard);
            assertTrue(!heard.contains(inZuid), "Zuid's alert is not: " + heard);
        }
    }

    @Test
    void aTeamTheServerDoesNotHaveIsRefusedNamingTheOnesItHas() {
        Storage west = Storage.on(home.resolve("west"), PostgresBackend.at(url, EmbeddedServer.user(), clock,
                TeamScope.of(Optional.of("West"), false)), clock);
        StorageException e = assertThrows(StorageException.class, west::open);
        west.close();
        assertEquals(StorageException.Reason.UNKNOWN_TEAM, e.reason());
        assertTrue(e.getMessage().contains("Standaard, Noord, Zuid"), e.getMessage());
    }

    @Test
    void theTeamCommandListsAndAddsTeamsAndTheReportShowsOneTeamOrTheUnit() throws Exception {
        CommandRun list = run("team", "list", "--database", owner);
        assertEquals(0, list.exit(), list.toString());
        assertEquals(List.of("Standaard", "Noord", "Zuid"), list.out().lines().toList());
        CommandRun twice = run("team", "add", "noord", "--database", owner);
        assertEquals(1, twice.exit(), twice.toString());
        assertTrue(twice.err().contains("already"), twice.err());

        Actor jan = new Actor(noord.officers().register("Jan Noord", "100001"), "balie-noord");
        Actor piet = new Actor(zuid.officers().register("Piet Zuid", "200002"), "balie-zuid");
        send(noord, jan, "*HETERDAAD*\nEen");
        send(zuid, piet, "*HETERDAAD*\nTwee");
        send(zuid, piet, "*HETERDAAD*\nDrie");
        Path pdf = home.resolve("overzicht.pdf");
        CommandRun team = run("report", "--from", "2026-11-30", "--to", "2026-12-06", "--out", pdf.toString(),
                "--database", owner, "--team", "Zuid");
        assertEquals(0, team.exit(), team.toString());
        assertTrue(team.out().contains("team Zuid") && team.out().contains("(2 alerts)"), team.out());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("team Zuid"), "the PDF says whose figures they are: " + text.lines().limit(3).toList());
        }
        CommandRun unit = run("report", "--from", "2026-11-30", "--to", "2026-12-06", "--out", pdf.toString(),
                "--database", owner, "--unit");
        assertTrue(unit.out().contains("the whole unit") && unit.out().contains("(3 alerts)"), unit.out());
        assertTrue(Files.size(pdf) > 0);
    }

    @Test
    void aTeamNeedsAServer() {
        CommandRun local = run("log", "search", "Dorpsstraat", "--team", "Noord");
        assertEquals(2, local.exit(), local.toString());
        assertTrue(local.err().contains("--team needs a server"), local.err());
        CommandRun teams = run("team", "list");
        assertEquals(2, teams.exit(), teams.toString());
    }
}
