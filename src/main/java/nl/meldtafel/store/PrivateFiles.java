package nl.meldtafel.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The log names missing persons and suspects: on POSIX its folders are 700 and its files 600 from
 * the moment they exist. On Windows the data folder sits in the user's profile, whose ACL already
 * keeps other users out; nothing is changed there.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder (and missing parents) with the last one private; an existing folder is left as it is. */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            return POSIX ? Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER)) : Files.createDirectory(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return folder; // made meanwhile by a second desk on the same folder
        }
    }

    /** Creates an empty file that only its owner can read. */
    public static Path createFile(Path file) throws IOException {
        FileAttribute<?>[] attributes = POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        return Files.createFile(file, attributes);
    }

    /** Makes an existing file or folder of ours private (files made by an older version were 644). */
    public static void restrict(Path path) throws IOException {
        if (POSIX && Files.exists(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }
}
