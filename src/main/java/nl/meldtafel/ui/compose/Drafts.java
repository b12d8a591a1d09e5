package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unsent forms, by template id, which template was open, and which forms answer an earlier alert,
 * so a restart or crash loses no typing and an afloopbericht keeps the alert it closes.
 */
public record Drafts(String selectedTemplate, Map<String, FieldValues> forms, Map<String, ComposeViewModel.Link> links) {

    public static final Drafts NONE = new Drafts(null, Map.of());

    public Drafts {
        forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
    }

    public Drafts(String selectedTemplate, Map<String, FieldValues> forms) {
        this(selectedTemplate, forms, Map.of());
    }
}
