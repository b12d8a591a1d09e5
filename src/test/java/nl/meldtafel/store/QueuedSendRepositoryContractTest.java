package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.meldtafel.alert.Actor;
import org.junit.jupiter.api.Test;

class QueuedSendRepositoryContractTest extends BackendContract {

    @Test
    void aRememberedKeyNamesItsAlertAfterReopening() {
        Actor jan = officer("J. de Vries", "123456");
        long id = sent(Fixtures.heterdaad("Inbraak"), jan);

        backend.queuedSends().remember("queue-1", id, START);
        reopen();

        assertEquals(Optional.of(id), backend.queuedSends().alertOf("queue-1"));
        assertTrue(backend.queuedSends().alertOf("queue-2").isEmpty());
    }

    @Test
    void aKeyIsRecordedOnlyOnce() {
        Actor jan = officer("J. de Vries", "123456");
        long id = sent(Fixtures.heterdaad("Inbraak"), jan);
        backend.queuedSends().remember("queue-1", id, START);

        assertThrows(StorageException.class, () -> backend.queuedSends().remember("queue-1", id, START));
        assertEquals(Optional.of(id), backend.queuedSends().alertOf("queue-1"));
    }

    @Test
    void aKeyAndItsAlertAreCommittedTogetherOrNotAtAll() {
        Actor jan = officer("J. de Vries", "123456");

        assertThrows(IllegalStateException.class, () -> backend.transactor().inTransaction("test", () -> {
            long id = backend.alerts().insertPending(Fixtures.heterdaad("Inbraak"), jan, START, new byte[16]);
            backend.queuedSends().remember("queue-1", id, START);
            throw new IllegalStateException("the clipboard failed");
        }));

        assertTrue(backend.queuedSends().alertOf("queue-1").isEmpty());
        assertTrue(backend.alerts().unconfirmed().isEmpty());
    }
}
