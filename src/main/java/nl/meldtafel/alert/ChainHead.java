package nl.meldtafel.alert;

/** The last entry of the audit chain; kept elsewhere, it shows later whether the tail was cut off. */
public record ChainHead(long seq, String hash) {

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
