package nl.meldtafel.ui.compose;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.FieldDefinition;

import java.time.Clock;
import java.util.List;

/** A repeating group (suspects, vehicle): entries are added and removed, never more than {@code maxEntries}. */
public final class GroupModel implements FormItem {

    private final FieldDefinition definition;
    private final Clock clock;
    private final InvalidationListener onChange;
    private final ObservableList<GroupEntryModel> entries = FXCollections.observableArrayList();
    // Kept in a field: a read-only wrapper made per call would be collected with its listeners.
    private final ObservableList<GroupEntryModel> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final BooleanBinding canAdd;

    GroupModel(FieldDefinition definition, Clock clock, InvalidationListener onChange) {
        this.definition = definition;
        this.clock = clock;
        this.onChange = onChange;
        this.canAdd = Bindings.size(entries).lessThan(definition.maxEntries());
        entries.addListener(onChange);
    }

    @Override
    public FieldDefinition definition() {
        return definition;
    }

    public ObservableList<GroupEntryModel> entries() {
        return entriesView;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** Adds an empty entry; does nothing at the maximum. */
    public void add() {
        if (canAdd.get()) {
            entries.add(new GroupEntryModel(definition.subFields(), clock, onChange));
        }
    }

    /**
     * Adds an entry filled like the last one: a second suspect dressed the same needs only what differs.
     * Does nothing at the maximum; an empty group gets an empty entry.
     */
    public void addCopyOfLast() {
        if (!canAdd.get()) {
            return;
        }
        GroupEntryModel entry = new GroupEntryModel(definition.subFields(), clock, onChange);
        if (!entries.isEmpty()) {
            entry.apply(entries.get(entries.size() - 1).values());
        }
        entries.add(entry);
    }

    public void remove(GroupEntryModel entry) {
        entries.remove(entry);
    }

    @Override
    public void reset() {
        entries.clear();
    }

    @Override
    public boolean isFilled() {
        return entries.stream().anyMatch(GroupEntryModel::isFilled);
    }

    /** Every entry, blank ones too, so the renderer's "verdachten.2.x" problem keys match the entries shown. */
    @Override
    public void contributeTo(FieldValues.Builder values) {
        if (!entries.isEmpty()) {
            values.entries(definition.key(), entries.stream().map(GroupEntryModel::values).toList());
        }
    }

    @Override
    public void apply(FieldValues values) {
        List<FieldValues> stored = values.entries(definition.key());
        entries.clear();
        for (FieldValues entryValues : stored.subList(0, Math.min(stored.size(), definition.maxEntries()))) {
            GroupEntryModel entry = new GroupEntryModel(definition.subFields(), clock, onChange);
            entry.apply(entryValues);
            entries.add(entry);
        }
    }
}
