package nl.meldtafel.alert;

import java.util.List;
import java.util.Optional;

/** An original alert with its updates (oldest first) and the afloopbericht that closed it, if any. */
public record AlertChain(Alert original, List<Alert> updates, Optional<Alert> afloopbericht) {
    public AlertChain {
        updates = List.copyOf(updates);
    }
}
