package nl.meldtafel.message;

/** Why a message cannot be produced yet; {@code fieldKey} lets a form mark the field ("verdachten.2.geslacht"). */
public record Problem(String fieldKey, String message) {
    @Override
    public String toString() {
        return message;
    }
}
