package nl.meldtafel.cli;

/**
 * Who runs the command may not: wrong password, a role without the right, or another OS account's data
 * folder. The message goes to stderr as it is and the command exits 1; nothing was done.
 */
final class CommandRefused extends RuntimeException {

    CommandRefused(String why) {
        super(why);
    }
}
