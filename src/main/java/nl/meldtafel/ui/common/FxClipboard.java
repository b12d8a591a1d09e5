package nl.meldtafel.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts plain text on the system clipboard; must run on the FX thread. */
public final class FxClipboard {

    private FxClipboard() {
    }

    public static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
