package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The unsent forms, by template id, and which template was open, so a restart or crash loses no typing. */
public record Drafts(String selectedTemplate, Map<String, FieldValues> forms) {

    public static final Drafts NONE = new Drafts(null, Map.of());

    public Drafts {
        forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
    }
}
