package nl.meldtafel.ui.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * "Tweede plek voor het anker": a folder outside the data folder (a network share, another disk) where
 * the chain head is written too, so a log cut off or replaced together with its backups still shows.
 */
public final class AnchorPlaceViewModel {

    /** Reads and saves the place; saving also writes the current head there at once. */
    public interface Place {
        Optional<Path> current() throws Exception;

        /** Sets the place (null clears it) and returns the anchor files written now. */
        List<Path> save(Path folder) throws Exception;
    }

    private final TaskRunner runner;
    private final Place place;
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);

    public AnchorPlaceViewModel(TaskRunner runner, Place place) {
        this.runner = runner;
        this.place = place;
    }

    public void load() {
        run(place::current, current -> folder.set(current.map(Path::toString).orElse("")), "settings.anchor.loadFailed");
    }

    public void save() {
        String typed = folder.get() == null ? "" : folder.get().strip();
        Path chosen;
        try {
            chosen = typed.isEmpty() ? null : Path.of(typed);
        } catch (InvalidPathException e) {
            failed.set(true);
            notice.set(Texts.get("settings.anchor.invalid", typed));
            return;
        }
        run(() -> place.save(chosen), written -> notice.set(chosen == null ? Texts.get("settings.anchor.cleared")
                : Texts.get("settings.anchor.saved", chosen)), "settings.anchor.failed");
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> done, String failureKey) {
        runner.run(work, result -> {
            failed.set(false);
            done.accept(result);
        }, e -> {
            failed.set(true);
            notice.set(e instanceof java.nio.file.NotDirectoryException || e instanceof java.nio.file.AccessDeniedException
                    ? Texts.get("settings.anchor.notWritable", folder.get())
                    : Texts.get(failureKey, StorageErrors.describe(e)));
        });
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
