package nl.meldtafel.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Tests log nowhere unless a test attaches an appender ({@link LogCapture}) or points {@link Logging} at a
 * {@code @TempDir}. Configured in code, found through the ServiceLoader, instead of a logback-test.xml: parsing
 * XML in every child JVM of the crash tests costs start-up time they count on.
 */
public final class TestLogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
