package nl.meldtafel.ui.desk;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.log.LogRow;
import nl.meldtafel.ui.log.LogViewModel;
import nl.meldtafel.ui.overview.OverviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

/**
 * The Overzicht in the desk as the app wires it, over a log with known alerts: read a figure, click it,
 * and the Logboek lists exactly the alerts behind it.
 */
@ExtendWith(FxDeskExtension.class)
class OverviewUiTest {

    private static final FollowUpPolicy HOUR = new FollowUpPolicy(true, Duration.ofHours(1), null);
    private static final FollowUpPolicy TWO_HOURS = new FollowUpPolicy(true, Duration.ofHours(2), Duration.ofHours(2));

    @TempDir
    Path folder;
    private Scene scene;
    private FxTaskRunner runner;
    private DeskFixture fixture;
    private long followedUp;
    private long lateHeterdaad;
    private long lateVermissing;
    private long lastWeek;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            recordKnownAlerts();
            scene = window.show(new Pane());
            runner = new FxTaskRunner();
            FxTaskRunner deskRunner = runner;
            fixture = new DeskFixture(folder, deskRunner, FxClipboard::putText);
            MutableClock clock = fixture.clock;
            fixture.desk.setLogFactory(() -> new LogViewModel(fixture.storage.alertService(), fixture.storage.officers(),
                    deskRunner, FxClipboard::putText, DeskFixture.ZONE, clock));
            fixture.desk.setOverviewFactory(() -> new OverviewViewModel(deskRunner, fixture.storage.overviews()::overview, clock, DeskFixture.ZONE));
            scene.setRoot(new DeskView(fixture.desk, DeskFixture.ZONE));
            fixture.desk.start();
        });
    }

    /**
     * Monday 23 November 2026 (the desk's now is 14.32): one heterdaad closed by its afloopbericht, a
     * heterdaad and a vermissing now overdue, a getuigenoproep; and one heterdaad of the week before.
     */
    private void recordKnownAlerts() {
        MutableClock clock = new MutableClock(at(16, 10, 0));
        try (Storage storage = Storage.open(folder, clock)) {
            AlertService service = storage.alertService();
            Actor jan = new Actor(storage.officers().register("J. de Vries", "123456"), "desk");
            Actor piet = new Actor(storage.officers().register("P. Jansen", "234567"), "desk");
            lastWeek = sent(service, alert(MessageKind.HETERDAAD, "Inbraak vorige week", HOUR, null), piet);
            clock.set(at(23, 8, 0));
            followedUp = sent(service, alert(MessageKind.HETERDAAD, "Inbraak Dorpsstraat", HOUR, null), jan);
            clock.set(at(23, 8, 30));
            sent(service, alert(MessageKind.AFLOOPBERICHT, "Verdachte aangehouden", FollowUpPolicy.NONE, followedUp), jan);
            clock.set(at(23, 9, 0));
            lateHeterdaad = sent(service, alert(MessageKind.HETERDAAD, "Straatroof Stationsplein", HOUR, null), jan);
            clock.set(at(23, 10, 0));
            lateVermissing = sent(service, alert(MessageKind.VERMISSING, "Vermist: man van 80", TWO_HOURS, null), piet);
            clock.set(at(23, 11, 0));
            sent(service, alert(MessageKind.GETUIGENOPROEP, "Getuigen gezocht", FollowUpPolicy.NONE, null), piet);
        }
    }

    private static java.time.Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(DeskFixture.ZONE).toInstant();
    }

    private static NewAlert alert(MessageKind kind, String text, FollowUpPolicy policy, Long parent) {
        return new NewAlert(kind, kind.jsonName(), "hash", "{}", text, parent, policy, List.of());
    }

    private static long sent(AlertService service, NewAlert alert, Actor by) {
        long id = service.recordPending(alert, by);
        service.confirmSent(id, by);
        return id;
    }

    @AfterEach
    void close() throws InterruptedException {
        runner.close();
        fixture.close();
    }

    private void openOverview(FxRobot robot) throws TimeoutException {
        waitUntil(() -> fixture.desk.overviewProperty().get() != null && fixture.desk.logProperty().get() != null);
        // the officer question is a dialog over the desk, asked once the log is open: answered before it shows,
        // it still opens afterwards, and a click made while it is open never reaches the menu
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isPresent());
        robot.interact(() -> TestDesk.signIn(fixture.desk, "T. Chef", "999999"));
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isEmpty());
        robot.clickOn("#navOverview");
        // the Overzicht reads its figures in the background: on a loaded machine that took over 10 s
        waitUntil(30, () -> robot.lookup("#tileSent").tryQuery().isPresent());
    }

    /** The tile's figure; null while the overview is (re)building its tiles, so a wait can read it early. */
    private static String value(FxRobot robot, String tile) {
        return robot.lookup("#" + tile + "Value").tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }

    private List<Long> logIds(FxRobot robot) {
        TableView<LogRow> table = robot.lookup("#logTable").queryTableView();
        return table.getItems().stream().map(LogRow::id).toList();
    }

    @Test
    void clickingTheOverdueFigureListsExactlyThoseAlertsInTheLogboek(FxRobot robot) throws Exception {
        openOverview(robot);

        assertEquals("23 t/m 29 november 2026", robot.lookup("#overviewPeriodText").queryAs(Label.class).getText());
        assertEquals("5", value(robot, "tileSent"));
        assertEquals("33%", value(robot, "tileFollowUp"));
        assertEquals("30 min", value(robot, "tileTime"));
        assertEquals("2", value(robot, "tileOverdue"));

        robot.clickOn("#tileOverdue");

        waitUntil(() -> robot.lookup("#logOverviewBanner").queryAs(Label.class).isVisible()
                && logIds(robot).size() == 2);
        assertEquals(List.of(lateVermissing, lateHeterdaad), logIds(robot));
        assertEquals("Overzicht: Nu te laat, 23 t/m 29 november 2026 (2 berichten)",
                robot.lookup("#logOverviewBanner").queryAs(Label.class).getText());

        robot.clickOn("#logOverviewClear");

        waitUntil(() -> logIds(robot).size() == 6);
    }

    @Test
    void aRowPerOfficerOfLastWeekOpensItsAlerts(FxRobot robot) throws Exception {
        openOverview(robot);

        robot.clickOn("#overviewPeriod-LAST_WEEK");
        waitUntil(() -> "16 t/m 22 november 2026".equals(robot.lookup("#overviewPeriodText").queryAs(Label.class).getText())
                && "1".equals(value(robot, "tileSent")));
        robot.clickOn("#overviewTabOfficers");
        waitUntil(() -> robot.lookup("#overviewOfficers .table-row-cell").queryAll().stream()
                .anyMatch(r -> r.isVisible() && !((TableRow<?>) r).isEmpty()));
        Node jansen = robot.lookup("#overviewOfficers .table-row-cell").queryAll().stream()
                .filter(r -> r.isVisible() && !((TableRow<?>) r).isEmpty()).findFirst().orElseThrow();
        robot.clickOn(jansen);

        waitUntil(() -> logIds(robot).equals(List.of(lastWeek)));
        assertEquals("Overzicht: Verstuurd door P. Jansen, 16 t/m 22 november 2026 (1 bericht)",
                robot.lookup("#logOverviewBanner").queryAs(Label.class).getText());
    }

    @Test
    void aBarOfTheWeekChartOpensTheAlertsOfThatKindAndWeek(FxRobot robot) throws Exception {
        openOverview(robot);

        @SuppressWarnings("unchecked")
        XYChart<String, Number> chart = robot.lookup("#overviewChartWeeks").queryAs(XYChart.class);
        XYChart.Data<String, Number> heterdaad = chart.getData().stream().filter(s -> "Heterdaad".equals(s.getName()))
                .findFirst().orElseThrow().getData().get(0);
        assertEquals(2, ((Number) heterdaad.getYValue()).intValue());
        robot.clickOn(heterdaad.getNode());

        waitUntil(() -> logIds(robot).equals(List.of(lateHeterdaad, followedUp)));
    }

    @Test
    void aPeriodWithoutAlertsSaysWhatToDo(FxRobot robot) throws Exception {
        openOverview(robot);

        robot.interact(() -> {
            OverviewViewModel model = fixture.desk.overviewProperty().get();
            model.fromProperty().set(java.time.LocalDate.of(2026, 1, 1));
            model.toProperty().set(java.time.LocalDate.of(2026, 1, 31));
        });

        waitUntil(() -> robot.lookup("#overviewEmpty").queryAs(Label.class).isVisible());
        assertEquals("Geen berichten verstuurd van 1 t/m 31 januari 2026. Kies hierboven een andere periode.",
                robot.lookup("#overviewEmpty").queryAs(Label.class).getText());
    }
}
