package nl.meldtafel.store.postgres;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.retention.StorageHygiene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a server the desk keeps no journal file and no backups of its own: PostgreSQL's WAL and the
 * administrator's backups (pg_dump, base backups) are the server's, so a redaction cleans nothing here.
 */
final class ServerHygiene implements StorageHygiene {

    private static final Logger LOG = LoggerFactory.getLogger(ServerHygiene.class);

    @Override
    public boolean checkpoint() {
        LOG.info("Server log: no file journal on this desk to clean after a redaction; the server's WAL is its administrator's");
        return true;
    }

    @Override
    public BackupCleanup cleanBackups(Duration maxAge, Instant draftCutoff) {
        LOG.info("Server log: this desk keeps no backups to clean; backups are made on the server");
        return new BackupCleanup(List.of(), false);
    }
}
