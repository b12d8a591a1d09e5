package nl.meldtafel.app;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an exception's classes and stack frames, but its message only when it is one of ours that says
 * what failed: a message from a library or the JDK can quote what an officer typed (a JSON parser shows the
 * text around the error, SQLite the word near a syntax error), and our own messages still have quoted parts
 * removed, as a search word or a value would be quoted.
 */
final class SafeThrowable extends ThrowableHandlingConverter {

    static final Set<String> MESSAGES_KEPT = Set.of("nl.meldtafel.store.StorageException",
            "nl.meldtafel.template.TemplateFormatException");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|\u2018[^\u2019]*\u2019|\u201c[^\u201d]*\u201d");
    private static final int MAX_FRAMES = 40;
    private static final int MAX_DEPTH = 10;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        write(out, proxy, "", 0);
        return out.toString();
    }

    /** One line for an exception: its class and, when safe, its message. */
    static String describe(String className, String message) {
        if (message == null || !MESSAGES_KEPT.contains(className)) {
            return className;
        }
        return className + ": " + QUOTED.matcher(message).replaceAll("\"…\"");
    }

    private static void write(StringBuilder out, IThrowableProxy proxy, String prefix, int depth) {
        out.append(prefix).append(describe(proxy.getClassName(), proxy.getMessage())).append(System.lineSeparator());
        StackTraceElementProxy[] frames = proxy.getStackTraceElementProxyArray();
        int shown = Math.min(frames.length - proxy.getCommonFrames(), MAX_FRAMES);
        for (int i = 0; i < shown; i++) {
            out.append("\tat ").append(frames[i].getStackTraceElement()).append(System.lineSeparator());
        }
        int left = frames.length - shown;
        if (left > 0) {
            out.append("\t... ").append(left).append(" more").append(System.lineSeparator());
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (IThrowableProxy suppressed : proxy.getSuppressed()) {
            write(out, suppressed, "Suppressed: ", depth + 1);
        }
        if (proxy.getCause() != null) {
            write(out, proxy.getCause(), "Caused by: ", depth + 1);
        }
    }
}
