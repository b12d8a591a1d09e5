package nl.meldtafel.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The JUnit 5 extension for the desk's JavaFX tests. It starts the headless toolkit once (Monocle,
 * configured in the pom), gives each test a fresh {@link DeskWindow} and a {@link DeskRobot} (asked for as an {@link FxRobot} or as itself) as
 * parameters (of a test or a {@code @BeforeEach}), and after each test closes what the test handed to
 * the window, then its stages.
 */
public final class FxDeskExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FxDeskExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        DeskWindow window = new DeskWindow(FxToolkit.registerPrimaryStage());
        context.getStore(NAMESPACE).put(DeskWindow.class, window);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        DeskWindow window = context.getStore(NAMESPACE).remove(DeskWindow.class, DeskWindow.class);
        if (window != null) {
            window.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DeskWindow.class || type == FxRobot.class || type == DeskRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() != DeskWindow.class) {
            return new DeskRobot();
        }
        DeskWindow window = context.getStore(NAMESPACE).get(DeskWindow.class, DeskWindow.class);
        if (window == null) {
            throw new IllegalStateException("A DeskWindow is given to tests and @BeforeEach methods only");
        }
        return window;
    }
}
