package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The forms typed in since the last save (by template id, with their link when they answer an alert)
 * and the templates whose draft is gone (sent, cleared). Only these are written, so an untouched draft
 * keeps its save time and retention removes it once it is old.
 */
public record DraftChanges(Map<String, FieldValues> forms, Map<String, ComposeViewModel.Link> links, Set<String> removed) {

    public DraftChanges {
        forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
        removed = Collections.unmodifiableSet(new LinkedHashSet<>(removed));
    }

    public boolean isEmpty() {
        return forms.isEmpty() && removed.isEmpty();
    }
}
