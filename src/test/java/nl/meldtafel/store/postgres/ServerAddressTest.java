package nl.meldtafel.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A server address is read as psql reads it, and a password never travels in it. */
class ServerAddressTest {

    @Test
    void readsUserHostPortDatabaseAndTheTlsParameters() {
        ServerAddress a = ServerAddress.parse("postgresql://balie1@politie-db.local:6543/meldtafel?sslmode=verify-full&sslrootcert=/etc/ca.pem");

        assertEquals("jdbc:postgresql://politie-db.local:6543/meldtafel", a.jdbcUrl());
        Properties p = a.connectionProperties(Map.of());
        assertEquals("balie1", p.getProperty("user"));
        assertEquals("verify-full", p.getProperty("sslmode"));
        assertEquals("/etc/ca.pem", p.getProperty("sslrootcert"));
        assertFalse(p.containsKey("password"), "without PGPASSWORD the driver reads .pgpass itself");
        assertEquals("balie1@politie-db.local:6543/meldtafel", a.toString());
    }

    @Test
    void thePortDefaultsAndJdbcOrShortSchemesAreTakenToo() {
        assertEquals("jdbc:postgresql://h:5432/m", ServerAddress.parse("postgres://u@h/m").jdbcUrl());
        assertEquals("jdbc:postgresql://h:5432/m", ServerAddress.parse("jdbc:postgresql://u@h/m").jdbcUrl());
    }

    @Test
    void thePasswordComesFromPgpasswordOnly() {
        Properties p = ServerAddress.parse("postgresql://u@h/m").connectionProperties(Map.of("PGPASSWORD", "geheim"));
        assertEquals("geheim", p.getProperty("password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://u:geheim@h/m", "postgresql://u@h/m?password=geheim"})
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt(String address) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse(address));
        assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
        assertFalse(e.getMessage().contains("geheim"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"politie-db", "mysql://u@h/m", "postgresql://h/m", "postgresql://u@h/", "postgresql://u@/m",
            "postgresql://u@h/m; DROP TABLE alert"})
    void whatIsNoServerAddressIsSaidSo(String address) {
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse(address));
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndNeitherMeansTheDesksOwnFile() {
        Map<String, String> env = Map.of(ServerAddress.ENVIRONMENT, "postgresql://env@h/m");
        assertEquals("env", ServerAddress.chosen(Optional.empty(), env).orElseThrow().user());
        assertEquals("opt", ServerAddress.chosen(Optional.of("postgresql://opt@h/m"), env).orElseThrow().user());
        assertEquals(Optional.empty(), ServerAddress.chosen(Optional.empty(), Map.of(ServerAddress.ENVIRONMENT, " ")));
    }
}
