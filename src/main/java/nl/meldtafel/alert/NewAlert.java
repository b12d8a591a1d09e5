package nl.meldtafel.alert;

import java.util.List;
import java.util.Objects;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

/**
 * An alert as composed, about to be copied.
 *
 * @param valuesJson the form's field values as JSON
 * @param text       the exact final text that goes to the clipboard
 * @param parentId   the alert this one updates or closes, or null
 * @param followUp   the template's follow-up policy
 * @param groupIds   the target groups chosen in the form
 */
public record NewAlert(MessageKind kind, String templateId, String templateHash, String valuesJson, String text,
                       Long parentId, FollowUpPolicy followUp, List<Long> groupIds) {

    public NewAlert {
        Objects.requireNonNull(kind, "kind");
        TextChecks.requireNonBlank("template id", templateId);
        TextChecks.requireNonBlank("template hash", templateHash);
        TextChecks.requireNonBlank("field values", valuesJson);
        TextChecks.requireNonBlank("message text", text);
        followUp = followUp == null ? FollowUpPolicy.NONE : followUp;
        groupIds = List.copyOf(groupIds);
        if (kind.closesParent() && parentId == null) {
            throw new IllegalArgumentException("An afloopbericht must name the alert it closes");
        }
    }
}
