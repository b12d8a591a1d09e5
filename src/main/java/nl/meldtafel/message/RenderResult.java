package nl.meldtafel.message;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of rendering. {@code preview} is always there, for the live preview; the final text
 * exists only when there are no problems.
 */
public record RenderResult(String preview, List<Problem> problems, List<String> warnings) {

    public RenderResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean isComplete() {
        return problems.isEmpty();
    }

    public Optional<String> finalText() {
        return isComplete() ? Optional.of(preview) : Optional.empty();
    }

    /** Characters as WhatsApp counts them: an emoji is one. */
    public int characterCount() {
        return preview.codePointCount(0, preview.length());
    }
}
