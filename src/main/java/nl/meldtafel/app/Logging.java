package nl.meldtafel.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import nl.meldtafel.store.PrivateFiles;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends the desk's and the commands' logging to {@code logs/meldtafel.log} in the data folder, rolled daily
 * and kept 14 days. Configured here in code, not in a logback.xml: the folder is only known at start-up and
 * must be created private (700) before Logback writes to it. Exceptions are written by {@link SafeThrowable},
 * which leaves out messages that may carry what an officer typed.
 */
public final class Logging {

    public static final String FOLDER = "logs";
    public static final String FILE = "meldtafel.log";
    static final int KEEP_DAYS = 14;
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n%safeEx";

    private Logging() {
    }

    /** The log file of a data folder, whether or not it exists yet. */
    public static Path file(Path dataFolder) {
        return dataFolder.resolve(FOLDER).resolve(FILE);
    }

    /**
     * Logs to the data folder's file from now on; the folder itself is created when {@code createFolder}
     * (the desk's first start), else an absent folder gets no log (a command never creates a mistyped folder).
     * Empty, with warnings on standard error instead, when there is no folder or it cannot be written.
     */
    public static Optional<Path> toDataFolder(Path dataFolder, boolean createFolder) {
        Path file = file(dataFolder);
        try {
            if (!createFolder && !Files.isDirectory(dataFolder)) {
                toStandardError();
                return Optional.empty();
            }
            PrivateFiles.createFolder(dataFolder);
            PrivateFiles.createFolder(file.getParent());
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file);
            }
        } catch (IOException e) {
            toStandardError();
            LoggerFactory.getLogger(Logging.class).warn("No log file: the log folder could not be created ({})",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
        LoggerContext context = resetContext();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        // forward slashes: Logback reads a backslash in the pattern as an escape (Windows paths)
        policy.setFileNamePattern(file.getParent().resolve("meldtafel.%d{yyyy-MM-dd}.log").toString().replace('\\', '/'));
        policy.setMaxHistory(KEEP_DAYS);
        policy.setCleanHistoryOnStart(true);
        policy.start();
        appender.setRollingPolicy(policy);
        start(context, appender, Level.INFO);
        return Optional.of(file);
    }

    /** The file logging goes to now; empty when it goes to standard error or nowhere. */
    public static Optional<Path> currentFile() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appenders = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof FileAppender<ILoggingEvent> file && file.getFile() != null) {
                return Optional.of(Path.of(file.getFile()));
            }
        }
        return Optional.empty();
    }

    /** Warnings and errors on standard error: before the data folder is known, or when it cannot hold a log. */
    public static void toStandardError() {
        LoggerContext context = resetContext();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("stderr");
        appender.setTarget("System.err");
        start(context, appender, Level.WARN);
    }

    /** Every exception nobody caught goes to the log, then on to the handler that was there (the console). */
    public static void logUncaughtExceptions() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        if (previous instanceof UncaughtLogger) {
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtLogger(previous));
    }

    private static LoggerContext resetContext() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        @SuppressWarnings("unchecked")
        Map<String, Supplier<DynamicConverter<?>>> rules =
                (Map<String, Supplier<DynamicConverter<?>>>) context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put("safeEx", SafeThrowable::new);
        return context;
    }

    private static void start(LoggerContext context, OutputStreamAppender<ILoggingEvent> appender, Level level) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(appender);
    }

    /** The default handler for the desk and the commands. */
    static final class UncaughtLogger implements Thread.UncaughtExceptionHandler {

        private final Thread.UncaughtExceptionHandler previous;

        UncaughtLogger(Thread.UncaughtExceptionHandler previous) {
            this.previous = previous;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            LoggerFactory.getLogger(Logging.class).error("Uncaught exception in thread {}", thread.getName(), error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else if (!(error instanceof ThreadDeath)) {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                error.printStackTrace(System.err);
            }
        }
    }
}
