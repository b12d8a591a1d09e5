package nl.meldtafel.cli;

import picocli.CommandLine.Option;

/** {@code --as NUMBER}: the account a command signs in as; the password from MELDTAFEL_PASSWORD or the first line of input. */
final class AsOption {

    @Option(names = "--as", paramLabel = "NUMBER",
            description = "Sign in as this personnel number: for changes once the log has accounts, for reading on a server. "
                    + "The password comes from MELDTAFEL_PASSWORD or the first line of input.")
    String number;
}
