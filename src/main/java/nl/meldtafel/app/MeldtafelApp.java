package nl.meldtafel.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;
import nl.meldtafel.ui.compose.FileDraftStore;
import nl.meldtafel.ui.compose.InMemoryAlertSink;
import nl.meldtafel.ui.desk.DeskView;
import nl.meldtafel.ui.desk.DeskViewModel;
import nl.meldtafel.ui.desk.WindowSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** The desk window. Composition root: everything is created here with plain constructors. */
public final class MeldtafelApp extends Application {

    private static final Duration DRAFT_INTERVAL = Duration.seconds(5);

    private final FxTaskRunner runner = new FxTaskRunner();
    private StartOptions options;
    private Path dataFolder;
    private Optional<WindowSettings> windowSettings = Optional.empty();

    /** Runs on the launcher thread, so reading the settings file never touches the FX thread. */
    @Override
    public void init() {
        options = StartOptions.fromRaw(getParameters().getRaw(), getParameters().getNamed());
        dataFolder = DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        windowSettings = WindowSettings.load(dataFolder);
    }

    @Override
    public void start(Stage stage) {
        Clock clock = Clock.systemDefaultZone();
        ComposeViewModel compose = new ComposeViewModel(new MessageRenderer(clock), clock, new InMemoryAlertSink(clock),
                new FileDraftStore(dataFolder), runner, FxClipboard::putText, getHostServices()::showDocument);
        DeskViewModel desk = new DeskViewModel(runner,
                () -> TemplateSource.load(options.templatesDir(), System.getenv(), Path.of("").toAbsolutePath()),
                compose, dataFolder.toString());

        Scene scene = new Scene(new DeskView(desk, clock.getZone()), 1280, 760);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/nl/meldtafel/ui/meldtafel.css")).toExternalForm());
        stage.setTitle(Texts.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        windowSettings.ifPresent(settings -> settings.applyTo(stage));

        Timeline drafts = new Timeline(new KeyFrame(DRAFT_INTERVAL, e -> compose.saveDrafts()));
        drafts.setCycleCount(Animation.INDEFINITE);
        drafts.play();
        stage.setOnCloseRequest(e -> {
            drafts.stop();
            compose.saveDrafts();
            WindowSettings closing = WindowSettings.of(stage);
            runner.run(() -> {
                closing.save(dataFolder);
                return closing;
            }, saved -> { }, error -> { }); // window placement is a convenience: the window is closing, nobody to tell

        });
        stage.show();
        desk.load();
    }

    /** Waits for queued draft and settings saves before the JVM exits. */
    @Override
    public void stop() throws InterruptedException {
        runner.close();
    }
}
