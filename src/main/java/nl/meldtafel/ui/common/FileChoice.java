package nl.meldtafel.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.meldtafel.i18n.Texts;

/**
 * Asks the officer for a CSV file to read or write. An interface so tests hand over a path instead
 * of driving the operating system's file dialog.
 */
public interface FileChoice {

    Optional<Path> open(Window owner, String title);

    Optional<Path> save(Window owner, String title, String suggestedName);

    /** The platform's file dialog, filtered on CSV files. */
    static FileChoice system() {
        return system(Texts.get("files.filter.csv"), "*.csv", "*.CSV");
    }

    /** The platform's file dialog, filtered on {@code patterns} (e.g. "*.pdf") under {@code filterName}. */
    static FileChoice system(String filterName, String... patterns) {
        return new FileChoice() {
            @Override
            public Optional<Path> open(Window owner, String title) {
                return Optional.ofNullable(chooser(title).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName) {
                FileChooser chooser = chooser(title);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterName, patterns),
                        new FileChooser.ExtensionFilter(Texts.get("files.filter.all"), "*.*"));
                return chooser;
            }
        };
    }
}
