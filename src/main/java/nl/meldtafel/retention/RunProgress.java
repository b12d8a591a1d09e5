package nl.meldtafel.retention;

/**
 * How a long background run tells how far it got, and learns that it should stop (the desk is closing).
 * Called on the run's own thread, between its batches.
 */
public interface RunProgress {

    /** Nobody watches and nothing stops the run: the command line, tests. */
    RunProgress NONE = new RunProgress() {
        @Override
        public void reached(double fraction) {
        }

        @Override
        public boolean stopRequested() {
            return false;
        }
    };

    /** @param fraction of the whole run done, 0 to 1 */
    void reached(double fraction);

    boolean stopRequested();
}
