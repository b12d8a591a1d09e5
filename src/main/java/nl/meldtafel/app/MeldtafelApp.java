package nl.meldtafel.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.catalog.CatalogView;
import nl.meldtafel.ui.catalog.CatalogViewModel;
import nl.meldtafel.ui.common.FxTaskRunner;

import java.nio.file.Path;
import java.util.Objects;

/** The desk window. Composition root: everything is created here with plain constructors. */
public final class MeldtafelApp extends Application {

    private final FxTaskRunner runner = new FxTaskRunner();

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.fromRaw(getParameters().getRaw(), getParameters().getNamed());
        CatalogViewModel catalog = new CatalogViewModel(runner,
                () -> TemplateSource.load(options.templatesDir(), System.getenv(), Path.of("").toAbsolutePath()));
        Scene scene = new Scene(new CatalogView(catalog), 1100, 700);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/nl/meldtafel/ui/meldtafel.css")).toExternalForm());
        stage.setTitle(Texts.get("app.title"));
        stage.setScene(scene);
        stage.show();
        catalog.load();
    }

    @Override
    public void stop() throws InterruptedException {
        runner.close();
    }
}
