package nl.meldtafel.alert;

/** One link of the audit chain as stored. */
public record AuditEntry(long seq, AuditRecord record, String prevHash, String entryHash) {

    public ChainHead asHead() {
        return new ChainHead(seq, entryHash);
    }
}
