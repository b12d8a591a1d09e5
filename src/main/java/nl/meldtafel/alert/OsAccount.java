package nl.meldtafel.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The operating-system account running the program, asked from the OS itself: the
 * {@code user.name} property can be set on the command line, so it is only a marked fallback.
 */
public final class OsAccount {

    private static final Logger LOG = LoggerFactory.getLogger(OsAccount.class);

    static final String UNVERIFIED_PREFIX = "unverified:";

    private OsAccount() {
    }

    public static String current() {
        String unix = fromUnixSystem();
        if (unix != null) {
            return unix;
        }
        String windows = fromNtSystem();
        if (windows != null) {
            return windows;
        }
        String proc = fromProcStatus();
        if (proc != null) {
            return proc;
        }
        return UNVERIFIED_PREFIX + System.getProperty("user.name", "?");
    }

    /** The account's name alone ("jansen"), asked from the OS as {@link #current} is; to compare with a file's owner. */
    public static String name() {
        String name = invoke("com.sun.security.auth.module.UnixSystem", "getUsername");
        if (name == null) {
            name = invoke("com.sun.security.auth.module.NTSystem", "getName");
        }
        return name != null ? name : System.getProperty("user.name", "?");
    }

    private static String invoke(String type, String method) {
        try {
            Class<?> system = Class.forName(type);
            Object value = system.getMethod(method).invoke(system.getConstructor().newInstance());
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    // Reflection: these classes live in jdk.security.auth, which a trimmed runtime may leave out.
    private static String fromUnixSystem() {
        try {
            Class<?> type = Class.forName("com.sun.security.auth.module.UnixSystem");
            Object system = type.getConstructor().newInstance();
            Object name = type.getMethod("getUsername").invoke(system);
            Object uid = type.getMethod("getUid").invoke(system);
            return name + " (uid " + uid + ")";
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    private static String fromNtSystem() {
        try {
            Class<?> type = Class.forName("com.sun.security.auth.module.NTSystem");
            Object system = type.getConstructor().newInstance();
            Object domain = type.getMethod("getDomain").invoke(system);
            Object name = type.getMethod("getName").invoke(system);
            return domain == null ? String.valueOf(name) : domain + "\\" + name;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    private static String fromProcStatus() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return "uid " + line.substring(4).trim().split("\\s+")[0];
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("OS account not found this way ({})", e.getClass().getSimpleName());
            return null;
        }
        return null;
    }
}
