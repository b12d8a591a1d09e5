package nl.meldtafel.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.ChangedMeanwhileException;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Page;
import nl.meldtafel.groups.Administrator;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupDetail;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupListItem;
import nl.meldtafel.groups.ImportPreview;
import nl.meldtafel.groups.ImportResult;
import nl.meldtafel.groups.NeighbourhoodGroup;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Groepen screen and its import rely on from {@link nl.meldtafel.groups.GroupRegister}. */
class GroupRegisterContractTest extends ServiceContract {

    private long merenwijk;
    private long centrum;

    @BeforeEach
    void groups() {
        merenwijk = register.addGroup(new GroupInput("Beheerders Merenwijk", "Merenwijk", "Leiden", true, ""), null);
        centrum = register.addGroup(new GroupInput("Beheerders Centrum", "Centrum", "Leiden", true, "sleutel bij balie"), null);
        register.addGroup(new GroupInput("Beheerders Oud", "Oud", "Oegstgeest", false, ""), null);
    }

    @Test
    void searchMatchesEveryWordInGroupsTheirBuurtgroepenAndAdministrators() {
        long buurt = register.addNeighbourhoodGroup(merenwijk, new NeighbourhoodInput("Buurtpreventie Vondellaan", "Merenwijk", "Leiden"), null);
        register.addAdministrator(buurt, new AdministratorInput("Ria Smit", "06-12345678", "ria@example.nl"), null);

        assertEquals(List.of("Beheerders Centrum", "Beheerders Merenwijk"), names(register.search("", false)));
        assertEquals(List.of("Beheerders Centrum", "Beheerders Merenwijk", "Beheerders Oud"), names(register.search(" ", true)));
        assertEquals(List.of("Beheerders Merenwijk"), names(register.search("vondellaan", false)));
        assertEquals(List.of("Beheerders Merenwijk"), names(register.search("ria 0612345678", false)));
        assertEquals(List.of("Beheerders Centrum"), names(register.search("sleutel", false)));
        assertEquals(List.of(), names(register.search("ria centrum", false)));
        GroupListItem item = register.search("merenwijk", false).get(0);
        assertEquals(1, item.neighbourhoodGroups());
        assertEquals(1, item.administrators());
        assertEquals(List.of("Leiden", "Oegstgeest"), register.gemeenten());
        assertEquals(List.of("Centrum", "Merenwijk"), register.wijken("leiden").stream().sorted().toList());
    }

    @Test
    void refsNameEveryGroupInactiveOnesTooInRegisterOrderAsTheFullListDoes() {
        Actor jan = officer("J. de Vries", "123456");
        long oud = register.addGroup(new GroupInput("Beheerders Oud", "Oud", "Leiden", true, ""), jan);
        register.setActive(oud, register.detail(oud).version(), false, jan);

        List<nl.meldtafel.groups.GroupRef> refs = register.refs();
        assertEquals(register.search("", true).stream().map(i -> i.group().ref()).toList(), refs);
        assertTrue(refs.stream().anyMatch(r -> r.id() == oud && !r.active()), "the log keeps an inactive group's alerts");
    }

    @Test
    void aNameIsTakenOncePerGemeenteAndARefusedChangeChangesNothing() {
        Actor jan = officer("J. de Vries", "123456");
        assertThrows(IllegalArgumentException.class,
                () -> register.addGroup(new GroupInput("beheerders  MERENWIJK", "", "Leiden", true, ""), null));
        assertThrows(IllegalArgumentException.class, () -> register.updateGroup(centrum, 1,
                new GroupInput("Beheerders Merenwijk", "Centrum", "Leiden", true, ""), jan));
        assertThrows(IllegalArgumentException.class, () -> register.detail(centrum + 1000));
        assertEquals(1, register.detail(centrum).version(), "a refused change raises no version");

        register.addGroup(new GroupInput("Beheerders Merenwijk", "", "Oegstgeest", true, ""), null);
        register.setActive(centrum, 1, false, jan);

        assertEquals(List.of("Beheerders Merenwijk"), names(register.search("", false)).stream().distinct().toList());
        assertEquals("Beheerders Centrum", register.detail(centrum).group().name());
        assertFalse(register.detail(centrum).group().active());
        assertEquals("sleutel bij balie", register.detail(centrum).group().notes());
    }

    @Test
    void aGroupEditBasedOnAnOlderVersionIsRefusedWithWhoChangedItAndWhen() {
        Actor jan = officer("J. de Vries", "123456");
        Actor piet = officer("P. de Boer", "654321");
        GroupDetail seenByJan = register.detail(centrum);
        GroupDetail seenByPiet = register.detail(centrum);
        clock.advance(Duration.ofMinutes(3));
        register.updateGroup(centrum, seenByPiet.version(), new GroupInput("Beheerders Centrum", "Centrum", "Leiden", true,
                "sleutel bij wachtcommandant"), piet);

        ChangedMeanwhileException refused = assertThrows(ChangedMeanwhileException.class, () -> register.updateGroup(centrum,
                seenByJan.version(), new GroupInput("Beheerders Binnenstad", "Centrum", "Leiden", true, "sleutel bij balie"), jan));
        assertEquals(ChangedMeanwhileException.Subject.GROUP, refused.subject());
        assertEquals(centrum, refused.id());
        assertEquals(Optional.of("P. de Boer"), refused.current().changedBy());
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(3))), refused.current().changedAt());
        assertThrows(ChangedMeanwhileException.class, () -> register.setActive(centrum, seenByJan.version(), false, jan),
                "deactivating from the old view too");
        GroupDetail now = register.detail(centrum);
        assertEquals("Beheerders Centrum", now.group().name(), "Piet's change stands");
        assertEquals("sleutel bij wachtcommandant", now.group().notes());
        assertTrue(now.group().active());
        assertEquals(seenByJan.version() + 1, now.version());

        register.updateGroup(centrum, now.version(), new GroupInput("Beheerders Binnenstad", "Centrum", "Leiden", true,
                now.group().notes()), jan);
        assertEquals("Beheerders Binnenstad", register.detail(centrum).group().name(), "based on the new version it goes through");
        assertEquals(Optional.of("J. de Vries"), register.detail(centrum).group().version().changedBy());
    }

    @Test
    void buurtgroepAndAdministratorEditsBasedOnAnOlderVersionAreRefusedToo() {
        Actor jan = officer("J. de Vries", "123456");
        Actor piet = officer("P. de Boer", "654321");
        long vondel = register.addNeighbourhoodGroup(merenwijk, new NeighbourhoodInput("Vondellaan", "Merenwijk", "Leiden"), null);
        long ria = register.addAdministrator(vondel, new AdministratorInput("Ria Smit", "06-12345678", ""), null);
        NeighbourhoodGroup seen = register.detail(merenwijk).neighbourhoodGroups().get(0);
        Administrator person = seen.administrators().get(0);

        register.updateNeighbourhoodGroup(vondel, seen.version().number(), merenwijk,
                new NeighbourhoodInput("Vondellaan-Noord", "Merenwijk", "Leiden"), piet);
        register.updateAdministrator(ria, person.version().number(), new AdministratorInput("Ria Smit", "06-12345678",
                "ria@example.nl"), piet);

        ChangedMeanwhileException buurt = assertThrows(ChangedMeanwhileException.class, () -> register.updateNeighbourhoodGroup(
                vondel, seen.version().number(), merenwijk, new NeighbourhoodInput("Vondellaan-Zuid", "Merenwijk", "Leiden"), jan));
        assertEquals(ChangedMeanwhileException.Subject.NEIGHBOURHOOD_GROUP, buurt.subject());
        assertEquals(Optional.of("P. de Boer"), buurt.current().changedBy());
        ChangedMeanwhileException admin = assertThrows(ChangedMeanwhileException.class, () -> register.updateAdministrator(
                ria, person.version().number(), new AdministratorInput("R. Smit", "06-12345678", ""), jan));
        assertEquals(ChangedMeanwhileException.Subject.ADMINISTRATOR, admin.subject());
        assertEquals(Optional.of("P. de Boer"), admin.current().changedBy());
        NeighbourhoodGroup now = register.detail(merenwijk).neighbourhoodGroups().get(0);
        assertEquals("Vondellaan-Noord", now.name());
        assertEquals("ria@example.nl", now.administrators().get(0).email());
        assertEquals(1, register.detail(merenwijk).version(), "the beheerdersgroep itself was not changed");
    }

    @Test
    void anAdministratorOfManyGroupsIsOnePersonAndLeavesWithTheLastGroup() {
        long vondel = register.addNeighbourhoodGroup(merenwijk, new NeighbourhoodInput("Vondellaan", "Merenwijk", "Leiden"), null);
        long kern = register.addNeighbourhoodGroup(centrum, new NeighbourhoodInput("Breestraat", "Centrum", "Leiden"), null);
        long ria = register.addAdministrator(vondel, new AdministratorInput("Ria Smit", "06-12345678", ""), null);

        assertEquals(ria, register.addAdministrator(kern, new AdministratorInput("R. Smit", "0612345678", ""), null));
        assertThrows(IllegalArgumentException.class,
                () -> register.addNeighbourhoodGroup(merenwijk, new NeighbourhoodInput("vondellaan", "", "Leiden"), null));

        register.updateAdministrator(ria, 1, new AdministratorInput("Ria Smit-de Boer", "06-12345678", "ria@example.nl"),
                officer("J. de Vries", "123456"));
        GroupDetail detail = register.detail(centrum);
        assertEquals(List.of("Breestraat"), detail.neighbourhoodGroups().stream().map(NeighbourhoodGroup::name).toList());
        Administrator person = detail.neighbourhoodGroups().get(0).administrators().get(0);
        assertEquals("Ria Smit-de Boer", person.name());
        assertEquals("ria@example.nl", person.email());

        register.removeAdministrator(vondel, ria, null);
        assertEquals(List.of("Beheerders Centrum"), names(register.search("ria", false)), "she still runs the Breestraat");
        register.removeNeighbourhoodGroup(kern, null);
        assertEquals(List.of(), register.search("ria", false), "someone who runs no group is not kept");
        assertEquals(List.of(), register.detail(centrum).neighbourhoodGroups());
    }

    @Test
    void aGroupThatReceivedAnAlertIsNeverDeletedAndListsItNewestFirst() {
        Actor jan = officer("J. de Vries", "123456");
        long first = sentTo(merenwijk, "*WAARSCHUWING*\nBabbeltrucs.", jan);
        clock.advance(Duration.ofMinutes(10));
        long second = sentTo(merenwijk, "*WAARSCHUWING*\nNepagenten.", jan);

        assertFalse(register.canDelete(merenwijk));
        assertThrows(IllegalStateException.class, () -> register.delete(merenwijk, null));
        assertEquals(1, register.search("Beheerders Merenwijk", true).size());
        Page<AlertRow> page = register.alertsReceived(merenwijk, null);
        assertEquals(List.of(second, first), page.items().stream().map(AlertRow::id).toList());
        assertEquals(List.of(), register.alertsReceived(centrum, null).items());

        assertTrue(register.canDelete(centrum));
        register.delete(centrum, null);
        assertEquals(List.of("Beheerders Merenwijk"), names(register.search("", false)));
    }

    private long sentTo(long group, String text, Actor by) {
        long id = alerts.recordPending(new NewAlert(MessageKind.WAARSCHUWING, "waarschuwing", "h", "{}", text, null,
                FollowUpPolicy.NONE, List.of(group)), by);
        alerts.confirmSent(id, by);
        return id;
    }

    @Test
    void anImportIsPreviewedWithoutWritingThenWrittenWholeAndNotTwice() {
        byte[] csv = ("Groepsnaam;Kern;Beheerder;Telefoon\n"
                + "Vondellaan;Leiden;Ria Smit;0612345678\n"
                + "Dorpsstraat;Warmond;Kees Bos;0687654321\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = register.previewImport("register.csv", csv, "");
        assertEquals(List.of("Beheerders Centrum", "Beheerders Merenwijk"), names(register.search("", false)), "nothing written yet");

        ImportResult result = register.applyImport(preview, null);

        assertEquals(2, result.added());
        assertFalse(register.search("Vondellaan Ria", true).isEmpty());
        assertFalse(register.search("Kees Bos 0687654321", true).isEmpty());
        assertTrue(register.gemeenten().contains("Warmond"));
        assertThrows(IllegalStateException.class, () -> register.applyImport(preview, null), "the register changed since the preview");
        ImportResult again = register.applyImport(register.previewImport("register.csv", csv, ""), null);
        assertEquals(new ImportResult(0, 0, 0), again, "the same file adds nothing");
    }

    @Test
    void theExportHoldsEveryBuurtgroepWithItsAdministrators() throws Exception {
        long buurt = register.addNeighbourhoodGroup(merenwijk, new NeighbourhoodInput("Vondellaan", "Merenwijk", "Leiden"), null);
        register.addAdministrator(buurt, new AdministratorInput("Ria Smit", "06-12345678", "ria@example.nl"), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        register.exportCsv(out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "with a BOM for Excel");
        assertTrue(csv.contains("Vondellaan"), csv);
        assertTrue(csv.contains("Ria Smit"), csv);
        assertTrue(csv.contains("Beheerders Centrum"), csv);
    }

    private static List<String> names(List<GroupListItem> items) {
        return items.stream().map(i -> i.group().name()).toList();
    }
}
