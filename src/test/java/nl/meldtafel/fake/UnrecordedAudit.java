package nl.meldtafel.fake;

import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.AuditRecord;
import nl.meldtafel.alert.ChainHead;

/** The fakes keep no audit chain: appends are accepted and dropped, and reading the chain fails loudly. */
final class UnrecordedAudit implements AuditLog {

    @Override
    public AuditEntry append(AuditRecord record) {
        return null; // nobody reads the entry back: the chain is tested on the stored log
    }

    @Override
    public Optional<ChainHead> head() {
        throw unsupported();
    }

    @Override
    public Optional<String> hashAt(long seq) {
        throw unsupported();
    }

    @Override
    public int headForm() {
        throw unsupported();
    }

    @Override
    public List<AuditEntry> entriesAfter(long seq, int limit) {
        throw unsupported();
    }

    @Override
    public List<MissingEntry> missingEntries() {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("The fakes keep no audit chain; test the chain on a stored log");
    }
}
