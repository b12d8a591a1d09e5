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

    /** Sets the place (null clears it), writes the current head there at once, and returns the files written. */
    @FunctionalInterface
    public interface Saver {
        List<Path> save(Path folder) throws Exception;
    }

    private final TaskRunner runner;
    private final Callable<Optional<Path>> current;
    private final Saver saver;
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);

    public AnchorPlaceViewModel(TaskRunner runner, Callable<Optional<Path>> current, Saver saver) {
        this.runner = runner;
        this.current = current;
        this.saver = saver;
    }

    public void load() {
        run(current, current -> folder.set(current.map(Path::toString).orElse("")), "settings.anchor.loadFailed");
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
        run(() -> saver.save(chosen), written -> notice.set(chosen == null ? Texts.get("settings.anchor.cleared")
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
