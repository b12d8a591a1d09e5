package nl.meldtafel.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Passwords for a command: from the terminal without echo, or line by line from the input (a script, a test).
 * Never from the arguments, which the process list shows.
 */
final class PasswordInput {

    private final Command.Io io;
    private BufferedReader reader;

    PasswordInput(Command.Io io) {
        this.io = io;
    }

    char[] read(String prompt) {
        Console console = System.console();
        if (console != null && io.in() == System.in) {
            char[] typed = console.readPassword("%s: ", prompt);
            return typed == null ? new char[0] : typed;
        }
        try {
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
            }
            String line = reader.readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the password: " + e.getMessage(), e);
        }
    }
}
