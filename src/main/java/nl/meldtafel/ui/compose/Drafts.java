package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An officer's unsent forms, by template id, which template to open, and which forms answer an earlier
 * alert, so a restart or crash loses no typing and an afloopbericht keeps the alert it closes.
 *
 * @param problem why some drafts could not be read (they are left where they are); null when all were
 */
public record Drafts(String selectedTemplate, Map<String, FieldValues> forms, Map<String, ComposeViewModel.Link> links,
                     String problem) {

    public static final Drafts NONE = new Drafts(null, Map.of());

    public Drafts {
        forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
    }

    public Drafts(String selectedTemplate, Map<String, FieldValues> forms, Map<String, ComposeViewModel.Link> links) {
        this(selectedTemplate, forms, links, null);
    }

    public Drafts(String selectedTemplate, Map<String, FieldValues> forms) {
        this(selectedTemplate, forms, Map.of());
    }
}
