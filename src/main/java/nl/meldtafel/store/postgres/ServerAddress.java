package nl.meldtafel.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A server as psql takes it, {@code postgresql://USER@HOST:PORT/DB?sslmode=require}. The password is
 * never part of it: it comes from {@code PGPASSWORD}, else the driver reads the standard {@code .pgpass}
 * file (or {@code PGPASSFILE}), so no settings file or shell history holds it.
 */
public record ServerAddress(String user, String host, int port, String database, Map<String, String> parameters) {

    public static final int DEFAULT_PORT = 5432;

    /** The refusal of an address that holds a password; the password itself is never repeated. */
    private static final class PasswordInAddress extends IllegalArgumentException {
        PasswordInAddress() {
            super("the address holds a password; leave it out and set PGPASSWORD or a .pgpass file");
        }
    }
    /** Where the desks and commands read the address when no {@code --database} is given. */
    public static final String ENVIRONMENT = "MELDTAFEL_DATABASE";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    public ServerAddress {
        parameters = Map.copyOf(parameters);
    }

    /**
     * Reads {@code postgresql://} or {@code postgres://} (also with {@code jdbc:} before it).
     *
     * @throws IllegalArgumentException saying what is wrong, in words for the person who typed it
     */
    public static ServerAddress parse(String text) {
        String trimmed = text.strip();
        String withoutJdbc = trimmed.startsWith("jdbc:") ? trimmed.substring("jdbc:".length()) : trimmed;
        if (!withoutJdbc.startsWith("postgresql://") && !withoutJdbc.startsWith("postgres://")) {
            throw new IllegalArgumentException("'" + text + "' is not a server address; write it as postgresql://USER@HOST:PORT/DATABASE");
        }
        URI uri;
        try {
            uri = new URI(withoutJdbc);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a server address: " + e.getReason());
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new PasswordInAddress();
        }
        if (userInfo == null || userInfo.isEmpty()) {
            throw new IllegalArgumentException("the address names no user; write it as postgresql://USER@HOST:PORT/DATABASE");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the address names no server; write it as postgresql://USER@HOST:PORT/DATABASE");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || !NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("the address names no database (or an odd one); write it as postgresql://USER@HOST:PORT/DATABASE");
        }
        return new ServerAddress(decode(userInfo), host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database,
                parameters(uri.getRawQuery()));
    }

    /** What is wrong with {@code text} as an address, for the person who typed it; empty when it can be used. */
    public enum Problem { NOT_AN_ADDRESS, HOLDS_A_PASSWORD }

    public static Optional<Problem> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e instanceof PasswordInAddress ? Problem.HOLDS_A_PASSWORD : Problem.NOT_AN_ADDRESS);
        }
    }

    /** The address from {@code --database}, else from {@link #ENVIRONMENT}; empty: the desk's own SQLite log. */
    public static Optional<ServerAddress> chosen(Optional<String> given, Map<String, String> environment) {
        return given.map(ServerAddress::parse).or(() -> fromEnvironment(environment));
    }

    /** The address in {@link #ENVIRONMENT}; empty when it is not set. */
    public static Optional<ServerAddress> fromEnvironment(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(ENVIRONMENT)).filter(s -> !s.isBlank()).map(ServerAddress::parse);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equalsIgnoreCase("password")) {
                throw new PasswordInAddress();
            }
            if (!key.isEmpty()) {
                parameters.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    /** The driver's URL: host, port and database; user, password and parameters go as properties. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /**
     * The driver's properties: the user, the parameters ({@code sslmode}, {@code sslrootcert}, ...) and
     * the password from {@code PGPASSWORD} when set; without it the driver looks in {@code .pgpass}.
     */
    public Properties connectionProperties(Map<String, String> environment) {
        Properties properties = new Properties();
        parameters.forEach(properties::setProperty);
        properties.setProperty("user", user);
        String password = environment.get("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.putIfAbsent("ApplicationName", "Meldtafel");
        return properties;
    }

    /** As shown to people: {@code USER@HOST:PORT/DB}, never a password. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
