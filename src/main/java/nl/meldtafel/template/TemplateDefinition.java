package nl.meldtafel.template;

import java.util.List;
import java.util.Optional;

/**
 * A message template as loaded from one file in {@code templates/}.
 *
 * @param source      the file it came from, for error messages
 * @param contentHash SHA-256 of the file's bytes, recorded with every alert so the log shows which wording was used
 */
public record TemplateDefinition(
        String id,
        String title,
        MessageKind kind,
        FollowUpPolicy followUp,
        List<FieldDefinition> fields,
        List<BodyLine> body,
        String source,
        String contentHash) {

    public TemplateDefinition {
        fields = List.copyOf(fields);
        body = List.copyOf(body);
    }

    public Optional<FieldDefinition> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
