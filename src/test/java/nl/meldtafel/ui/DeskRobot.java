package nl.meldtafel.ui;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.Motion;
import org.testfx.robot.MouseRobot;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * The robot the desk's UI tests get: it sends the same key and mouse events as TestFX's robot, but waits
 * with {@link FxSettle} instead of TestFX's fixed sleeps (50 ms and more after every key), and moves the
 * mouse straight to its target. Keys still reach the FX thread one at a time, each handled before the next.
 */
public final class DeskRobot extends FxRobot {

    private final Set<KeyCode> pressedKeys = new LinkedHashSet<>();

    @Override
    public FxRobot write(String text) {
        return write(text, 0);
    }

    @Override
    public FxRobot write(char character) {
        return write(String.valueOf(character), 0);
    }

    @Override
    public FxRobot write(String text, int sleepMillis) {
        Scene scene = focusedScene();
        BaseRobot base = robotContext().getBaseRobot();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            base.typeKeyboard(scene, keyCodeOf(c), String.valueOf(c));
            FxSettle.drain();
            if (sleepMillis > 0) {
                WaitForAsyncUtils.sleep(sleepMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        FxSettle.settle();
        return this;
    }

    @Override
    public FxRobot press(KeyCode... keys) {
        BaseRobot base = robotContext().getBaseRobot();
        for (KeyCode key : keys) {
            base.pressKeyboard(key);
            pressedKeys.add(key);
        }
        FxSettle.settle();
        return this;
    }

    @Override
    public FxRobot release(KeyCode... keys) {
        BaseRobot base = robotContext().getBaseRobot();
        List<KeyCode> toRelease = keys.length == 0 ? new ArrayList<>(pressedKeys) : List.of(keys);
        for (KeyCode key : toRelease) {
            base.releaseKeyboard(key);
            pressedKeys.remove(key);
        }
        FxSettle.settle();
        return this;
    }

    @Override
    public FxRobot type(KeyCode... keys) {
        BaseRobot base = robotContext().getBaseRobot();
        for (KeyCode key : keys) {
            base.pressKeyboard(key);
            FxSettle.drain();
            base.releaseKeyboard(key);
            FxSettle.settle();
        }
        return this;
    }

    @Override
    public FxRobot type(KeyCode key, int times) {
        for (int i = 0; i < times; i++) {
            type(key);
        }
        return this;
    }

    @Override
    public FxRobot clickOn(PointQuery point, Motion motion, MouseButton... buttons) {
        moveStraightTo(point.query());
        click(buttons);
        return this;
    }

    @Override
    public FxRobot doubleClickOn(PointQuery point, Motion motion, MouseButton... buttons) {
        moveStraightTo(point.query());
        click(buttons);
        click(buttons);
        return this;
    }

    @Override
    public FxRobot interact(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
        return this;
    }

    @Override
    public <T> FxRobot interact(Callable<T> work) {
        onFx(work);
        return this;
    }

    /** Straight there, then one pulse, so the target is hovered (and laid out) before the press, as after TestFX's move. */
    private void moveStraightTo(Point2D target) {
        robotContext().getMouseRobot().moveNoWait(target);
        FxSettle.settle();
    }

    private void click(MouseButton... buttons) {
        MouseButton[] pressed = buttons.length == 0 ? new MouseButton[] {MouseButton.PRIMARY} : buttons;
        MouseRobot mouse = robotContext().getMouseRobot();
        mouse.pressNoWait(pressed);
        FxSettle.drain();
        mouse.releaseNoWait(pressed);
        FxSettle.settle();
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            T result = WaitForAsyncUtils.asyncFx(work).get();
            FxSettle.settle();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the FX thread worked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new RuntimeException(e.getCause());
        }
    }

    /** As TestFX: keys go to the focused window, else the target window, else the first one. */
    private Scene focusedScene() {
        Window window = robotContext().getWindowFinder().window(Window::isFocused);
        if (window == null) {
            window = robotContext().getWindowFinder().targetWindow();
        }
        if (window == null) {
            window = robotContext().getWindowFinder().window(0);
        }
        return window.getScene();
    }

    private static KeyCode keyCodeOf(char c) {
        return switch (c) {
            case '\n' -> KeyCode.ENTER;
            case '\t' -> KeyCode.TAB;
            default -> KeyCode.UNDEFINED;
        };
    }
}
