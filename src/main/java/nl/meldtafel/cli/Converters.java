package nl.meldtafel.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.meldtafel.store.postgres.ServerAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Typed option values shared by the commands; a value that does not convert is a usage error (exit 2). */
final class Converters {

    private Converters() {
    }

    /** A day written as YYYY-MM-DD; also refuses days that do not exist, such as 2026-02-30. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-16");
            }
        }
    }

    /** A file or folder name; an empty one would silently mean the working directory. */
    static final class FileName implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("give a name, not an empty value");
            }
            return Path.of(value);
        }
    }

    /** A whole number; underscores may group the digits (1_000_000). */
    static final class Count implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number");
            }
        }
    }

    /** A PostgreSQL server as psql takes it: postgresql://USER@HOST:PORT/DB, without a password. */
    static final class Server implements ITypeConverter<ServerAddress> {
        @Override
        public ServerAddress convert(String value) {
            try {
                return ServerAddress.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
