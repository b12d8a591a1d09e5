package nl.meldtafel.message;

import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookup;

import java.util.Map;

/**
 * Fills {@code ${key}} in template text from a map and nothing else. Values are inserted literally:
 * no lookups ({@code ${sys:..}}, {@code ${env:..}}, {@code ${script:..}}), no re-scanning of inserted
 * values, no {@code ${key:-default}}: see CVE-2022-42889. Not thread-safe, so one per render.
 */
final class SafeSubstitution {

    private final StringSubstitutor substitutor;

    SafeSubstitution(Map<String, String> values) {
        StringLookup mapOnly = values::get;
        substitutor = new StringSubstitutor(mapOnly);
        substitutor.setDisableSubstitutionInValues(true);
        substitutor.setEnableSubstitutionInVariables(false);
        substitutor.setEnableUndefinedVariableException(true);
        substitutor.setValueDelimiter((String) null);
    }

    String fill(String templateText) {
        return substitutor.replace(templateText);
    }
}
