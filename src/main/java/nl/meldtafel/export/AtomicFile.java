package nl.meldtafel.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import nl.meldtafel.store.PrivateFiles;

/**
 * Writes a file so that it is either complete or not there: into a temporary file beside it, synced,
 * then moved over the target. A failure leaves the target as it was and removes the temporary file,
 * so Excel never opens half an export and a scheduled job never mails a half-written PDF.
 */
public final class AtomicFile {

    /** Writes the content to a stream and says what it wrote (or null); the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Returns what {@code content} returned. */
    public static <T> T write(Path target, Content<T> content) throws IOException {
        Path file = target.toAbsolutePath();
        Path tmp = temporaryBeside(file);
        T result;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                result = content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** A new empty file next to the target; made with createFile so it gets the usual permissions, as the target would. */
    private static Path temporaryBeside(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                // an export holds personal data: only its owner may read it (600 on POSIX)
                return PrivateFiles.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }
}
