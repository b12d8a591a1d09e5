package nl.meldtafel.settings;

/** Where the desk window was and how big; ui/desk applies it to the stage. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
}
