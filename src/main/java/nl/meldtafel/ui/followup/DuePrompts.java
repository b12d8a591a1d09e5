package nl.meldtafel.ui.followup;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which due prompts are showing. Each alert's prompt fires once per due time: after "Later" (a new
 * due time) it comes back, otherwise not, even while the alert stays overdue in the list.
 */
public final class DuePrompts {

    private final ObservableList<FollowUpItem> showing = FXCollections.observableArrayList();
    private final ObservableList<FollowUpItem> showingView = FXCollections.unmodifiableObservableList(showing);
    private final Map<Long, Instant> fired = new HashMap<>();

    /** Takes the current open alerts: prompts for alerts no longer open or due again later go away, new due ones come. */
    void update(List<FollowUpItem> open) {
        Map<Long, FollowUpItem> byId = open.stream().collect(Collectors.toMap(FollowUpItem::id, Function.identity()));
        showing.removeIf(shown -> {
            FollowUpItem now = byId.get(shown.id());
            return now == null || !Objects.equals(now.row().dueAt(), shown.row().dueAt());
        });
        fired.keySet().retainAll(byId.keySet());
        for (FollowUpItem item : open) {
            Instant due = item.row().dueAt();
            if (item.overdue() && due != null && !due.equals(fired.get(item.id()))) {
                fired.put(item.id(), due);
                showing.add(item);
            }
        }
    }

    /** The officer acted on it (opened a message, closed it, or said later). */
    void dismiss(long id) {
        showing.removeIf(shown -> shown.id() == id);
    }

    public ObservableList<FollowUpItem> showing() {
        return showingView;
    }
}
