package nl.meldtafel.ui.followup;

/**
 * One group a sent alert was not yet posted in, for the Opvolging screen.
 *
 * @param alertText "Heterdaad, verstuurd om 14.32: Woninginbraak aan de Dorpsstraat"
 */
public record NotPostedItem(long alertId, long groupId, String groupName, String alertText) {
}
