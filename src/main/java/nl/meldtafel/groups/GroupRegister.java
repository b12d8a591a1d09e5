package nl.meldtafel.groups;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.ChangedMeanwhileException;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.Page;
import nl.meldtafel.i18n.Texts;

/**
 * The register of beheerdersgroepen: search, detail, edits, import and export. Names are unique per
 * gemeente, a group that received alerts is never deleted, and administrators who run no group are not
 * kept. Each change is all-or-nothing; calls may block, so run them off the FX thread.
 *
 * <p>Every change names its officer ({@code by}), who must be allowed to change the register (a teamchef once the
 * log has accounts); the chain records who it was. {@code by} is null only where no officer is known: a log
 * without accounts changed from the command line or by the demo.
 */
public interface GroupRegister {

    /**
     * Groups whose name, wijk, gemeente, notes, neighbourhood groups or administrators (name, phone,
     * email) match every word of {@code text}; blank text lists all.
     */
    List<GroupListItem> search(String text, boolean includeInactive);

    GroupDetail detail(long groupId);

    /** The alerts a group received, newest first, a page at a time ({@code after} null for the first page). */
    Page<AlertRow> alertsReceived(long groupId, LogCursor after);

    /**
     * Every beheerdersgroep, inactive ones too, as the log and the filters name them: without their buurtgroepen
     * and administrators, so a list read every half minute stays cheap.
     */
    List<GroupRef> refs();

    /** Distinct gemeenten in the register, for filters. */
    List<String> gemeenten();

    /** Distinct wijken of a gemeente in the register, for filters. */
    List<String> wijken(String gemeente);

    /** Adds a group; refused when its gemeente already has one of that name. */
    long addGroup(GroupInput group, Actor by);

    /**
     * Changes a group as the officer's form has it.
     *
     * @param basedOn the group's version when the form was loaded ({@link GroupDetail#version()})
     * @throws ChangedMeanwhileException when the group has a newer version: someone else changed it first
     */
    void updateGroup(long id, long basedOn, GroupInput group, Actor by);

    /**
     * A group no longer posted in stays in the register (and the log) but leaves the pickers.
     *
     * @throws ChangedMeanwhileException when the group has a newer version than {@code basedOn}
     */
    void setActive(long id, long basedOn, boolean active, Actor by);

    /** Deletes a group entered by mistake; one that ever had an alert can only be deactivated. */
    void delete(long id, Actor by);

    boolean canDelete(long id);

    long addNeighbourhoodGroup(long groupId, NeighbourhoodInput n, Actor by);

    /**
     * Changes a neighbourhood group, or moves it to another beheerdersgroep.
     *
     * @param basedOn the neighbourhood group's version when the form was loaded
     * @throws ChangedMeanwhileException when it has a newer version: someone else changed it first
     */
    void updateNeighbourhoodGroup(long id, long basedOn, long groupId, NeighbourhoodInput n, Actor by);

    void removeNeighbourhoodGroup(long id, Actor by);

    /**
     * Adds a person as administrator of a neighbourhood group; someone already in the register with
     * the same phone or email is reused, so a coordinator of many groups is one person.
     */
    long addAdministrator(long neighbourhoodGroupId, AdministratorInput person, Actor by);

    /**
     * Changes a person's details everywhere they are administrator.
     *
     * @param basedOn the person's version when the form was loaded
     * @throws ChangedMeanwhileException when it has a newer version: someone else changed it first
     */
    void updateAdministrator(long id, long basedOn, AdministratorInput person, Actor by);

    /** Takes a person off a neighbourhood group; someone who runs no group any more is removed entirely. */
    void removeAdministrator(long neighbourhoodGroupId, long administratorId, Actor by);

    /**
     * Reads a municipal register CSV and compares it with the register; writes nothing.
     *
     * @param defaultGemeente the gemeente for rows without one (a file without a gemeente column); may be blank
     */
    default ImportPreview previewImport(byte[] csv, String defaultGemeente) {
        return previewImport(Texts.get("groups.import.thisFile"), csv, defaultGemeente);
    }

    /**
     * Reads a register file after checking its size, so a file too large is refused before it is read.
     *
     * @throws ImportFileException when the file is refused as a whole (too large, unknown encoding)
     * @throws IOException         when it cannot be read
     */
    default ImportPreview previewImport(Path file, String defaultGemeente) throws IOException {
        return previewImport(file, defaultGemeente, ImportProgress.NONE);
    }

    /**
     * As {@link #previewImport(Path, String)}, reporting progress; a progress that throws
     * {@link java.util.concurrent.CancellationException} stops the reading (nothing is ever written here).
     */
    ImportPreview previewImport(Path file, String defaultGemeente, ImportProgress progress) throws IOException;

    /**
     * @param fileName for the message when the file is refused as a whole
     * @throws ImportFileException when the file is refused as a whole; nothing is read or written
     */
    ImportPreview previewImport(String fileName, byte[] csv, String defaultGemeente);

    /**
     * Writes a previewed import, all of it or (on any failure) nothing.
     *
     * @throws IllegalStateException when the register changed after the preview; preview again
     */
    ImportResult applyImport(ImportPreview preview, Actor by);

    /** The register as CSV for Excel: ';' separated, UTF-8 with BOM, one line per neighbourhood group. */
    void exportCsv(OutputStream out) throws IOException;
}
