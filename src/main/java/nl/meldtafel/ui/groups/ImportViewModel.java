package nl.meldtafel.ui.groups;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.groups.ColumnUse;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.ImportFileException;
import nl.meldtafel.groups.ImportPreview;
import nl.meldtafel.groups.ImportProblem;
import nl.meldtafel.groups.ImportResult;
import nl.meldtafel.groups.ImportRow;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * One import of a municipal register CSV: read and preview (nothing written), then on confirmation
 * write all of it in one transaction. Cancelling simply drops this object.
 */
public final class ImportViewModel {

    /** One line of the preview table, in words. */
    public record Line(int line, String action, String name, String wijk, String gemeente, String targetGroup,
                       String administrators, String changes) {
    }

    /** One kind of problem: its line with count and line numbers, and each occurrence for the expanded view. */
    public record ProblemKind(String summary, List<String> details, boolean skipped) {
    }

    /** One row of the per-gemeente counts, as shown. */
    public record GemeenteLine(String gemeente, String added, String changed, String unchanged, String duplicate) {
    }

    private final GroupRegister register;
    private final TaskRunner runner;
    private final Consumer<String> onImported;
    private final StringProperty gemeente = new SimpleStringProperty(this, "gemeente", "");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper(this, "file", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    // written by the worker, read by the view's timer: a large file reports often, the FX thread is not flooded
    private volatile double progress;
    private volatile java.util.concurrent.atomic.AtomicBoolean stopRequest = new java.util.concurrent.atomic.AtomicBoolean();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(this, "imported");
    private final BooleanBinding canImport;
    private Path path;
    private final java.util.function.Supplier<Actor> actor;

    /** {@code actor}: the officer at the desk, who the import names; null when no one is chosen yet. */
    ImportViewModel(GroupRegister register, TaskRunner runner, java.util.function.Supplier<Actor> actor, Consumer<String> onImported) {
        this.register = register;
        this.runner = runner;
        this.actor = actor;
        this.onImported = onImported;
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null && preview.get().hasChanges()
                && !busy.get() && !imported.get(), preview, busy, imported);
    }

    /** Reads the file and shows what an import would do; writes nothing. */
    public void read(Path csv) {
        path = csv;
        file.set(csv.getFileName() == null ? csv.toString() : csv.getFileName().toString());
        preview();
    }

    /**
     * Previews again, e.g. after the gemeente for rows without one was filled in; the file is read
     * again too, so a file corrected in Excel meanwhile is what gets imported.
     */
    public void reread() {
        if (path != null) {
            preview();
        }
    }

    private void preview() {
        String defaultGemeente = gemeente.get() == null ? "" : gemeente.get().strip();
        Path source = path;
        stopRequest.set(true); // a reading still running is superseded
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        stopRequest = stop;
        progress = 0;
        busy.set(true);
        reading.set(true);
        error.set("");
        runner.run(() -> register.previewImport(source, defaultGemeente, fraction -> {
            if (stop.get()) {
                throw new java.util.concurrent.CancellationException();
            }
            progress = fraction;
        }), read -> {
            if (stopRequest != stop) {
                return; // superseded by a newer reading
            }
            busy.set(false);
            reading.set(false);
            preview.set(read);
        }, e -> {
            if (stopRequest != stop) {
                return;
            }
            busy.set(false);
            reading.set(false);
            preview.set(null);
            error.set(e instanceof java.util.concurrent.CancellationException ? Texts.get("groups.import.stopped")
                    : e instanceof ImportFileException ? e.getMessage()
                    : e instanceof IOException
                    ? Texts.get("groups.import.error.read", source.toString(), GroupsViewModel.message(e))
                    : Texts.get("groups.import.error.preview", GroupsViewModel.message(e)));
        });
    }

    /** Stops a reading in progress; nothing was or will be written. */
    public void stop() {
        stopRequest.set(true);
    }

    /** How far the reading is, 0 to 1; read it from a timer while {@link #readingProperty()} holds. */
    public double progress() {
        return progress;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Writes the previewed import, all or nothing; {@code onDone} runs once it is written. */
    public void confirm(Runnable onDone) {
        ImportPreview shown = preview.get();
        if (!canImport.get()) {
            return;
        }
        Actor by = actor.get();
        if (by == null) {
            error.set(Texts.get("groups.problem.noOfficer"));
            return;
        }
        busy.set(true);
        error.set("");
        runner.run(() -> register.applyImport(shown, by), written -> {
            busy.set(false);
            imported.set(true);
            String text = describe(written);
            result.set(text);
            onImported.accept(text);
            onDone.run();
        }, e -> {
            busy.set(false);
            // a register changed meanwhile ("lees opnieuw in") or a storage failure: nothing was written
            error.set(StorageErrors.reason(e).isPresent() ? Texts.get("groups.import.error.write", StorageErrors.describe(e))
                    : GroupsViewModel.message(e));
        });
    }

    static String describe(ImportResult written) {
        return Texts.get("groups.import.done", written.added(), written.changed(), written.newGroups());
    }

    /** "UTF-8 (BOM), scheidingsteken ;" and how each column was understood. */
    public String fileDescription() {
        ImportPreview p = preview.get();
        if (p == null) {
            return "";
        }
        String columns = p.columns().stream().map(ImportViewModel::column).collect(Collectors.joining(", "));
        return Texts.get("groups.import.file", p.encoding(), String.valueOf(p.separator())) + " · "
                + Texts.get("groups.import.columns", columns);
    }

    private static String column(ColumnUse c) {
        return Texts.get("groups.import.columnShort", c.header(), ImportPreview.columnName(c.column()));
    }

    public List<Line> lines() {
        ImportPreview p = preview.get();
        if (p == null) {
            return List.of();
        }
        return p.rows().stream().map(r -> new Line(r.line(), ImportPreview.actionName(r.action()), r.name(),
                ImportPreview.wijkText(r), r.gemeente(),
                r.newTargetGroup() ? Texts.get("groups.import.targetNew", r.targetGroup()) : r.targetGroup(),
                r.administrators().stream().map(ImportViewModel::person).collect(Collectors.joining(" / ")),
                String.join("; ", r.changes()))).toList();
    }

    private static String person(ImportRow.Person p) {
        String name = p.name().isEmpty() ? p.phone() : p.name();
        return p.phone().isEmpty() || name.equals(p.phone()) ? name : name + " (" + p.phone() + ")";
    }

    /** One line per kind of problem with count and line numbers, skipped kinds first; each expands to its lines. */
    public List<ProblemKind> problemKinds() {
        ImportPreview p = preview.get();
        if (p == null) {
            return List.of();
        }
        return p.problemGroups().stream().map(g -> new ProblemKind(g.line(),
                g.problems().stream().map(ImportPreview::problemLine).toList(),
                g.severity() == ImportProblem.Severity.SKIPPED)).toList();
    }

    /** Per gemeente what the import does, then the rows that have no gemeente. */
    public List<GemeenteLine> gemeenten() {
        ImportPreview p = preview.get();
        if (p == null) {
            return List.of();
        }
        List<GemeenteLine> lines = new java.util.ArrayList<>(p.perGemeente().stream().map(c -> new GemeenteLine(c.gemeente(),
                String.valueOf(c.added()), String.valueOf(c.changed()), String.valueOf(c.unchanged()),
                String.valueOf(c.duplicate()))).toList());
        if (p.notPlaced() > 0) {
            lines.add(new GemeenteLine(Texts.get("groups.import.notPlaced", p.notPlaced()), "", "", "", ""));
        }
        return lines;
    }

    /** "regel 4: overgeslagen: groepsnaam ontbreekt", skipped rows first. */
    public List<String> problems() {
        ImportPreview p = preview.get();
        if (p == null) {
            return List.of();
        }
        return p.problems().stream()
                .sorted((a, b) -> a.severity() == b.severity() ? Integer.compare(a.line(), b.line())
                        : a.severity() == ImportProblem.Severity.SKIPPED ? -1 : 1)
                .map(ImportPreview::problemLine).toList();
    }

    public List<String> newGroups() {
        ImportPreview p = preview.get();
        if (p == null) {
            return List.of();
        }
        return p.newGroups().stream().map(ImportPreview::newGroupLine).toList();
    }

    public String summary() {
        ImportPreview p = preview.get();
        return p == null ? "" : p.summary();
    }

    public StringProperty gemeenteProperty() {
        return gemeente;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Why the file could not be read or imported, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What a confirmed import wrote. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    /** A preview with something to write, not yet written, nothing running. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
