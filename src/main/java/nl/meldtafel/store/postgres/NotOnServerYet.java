package nl.meldtafel.store.postgres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.groups.Administrator;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.GroupRepository;
import nl.meldtafel.groups.NeighbourhoodGroup;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.groups.NotYetPosted;
import nl.meldtafel.groups.Post;
import nl.meldtafel.groups.PostingRepository;
import nl.meldtafel.groups.RegisterGroup;
import nl.meldtafel.retention.ChainMember;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.retention.RetentionRepository;
import nl.meldtafel.stats.AlertFact;
import nl.meldtafel.stats.FactSource;
import nl.meldtafel.template.MessageKind;

/**
 * The repositories the server backend does not have yet (issue 14 builds them one by one). Each call
 * says so instead of returning an empty answer that would look like an empty register or log.
 */
final class NotOnServerYet implements GroupRepository, PostingRepository, RetentionRepository, FactSource {

    private static <T> T missing(String what) {
        throw new UnsupportedOperationException(what + " is not on a PostgreSQL server yet");
    }

    @Override
    public List<RegisterGroup> groups() {
        return missing("The register");
    }

    @Override
    public Optional<RegisterGroup> group(long id) {
        return missing("The register");
    }

    @Override
    public long insertGroup(GroupInput group) {
        return missing("The register");
    }

    @Override
    public void updateGroup(long id, GroupInput group) {
        missing("The register");
    }

    @Override
    public void deleteGroup(long id) {
        missing("The register");
    }

    @Override
    public boolean hasAlerts(long groupId) {
        return missing("The register");
    }

    @Override
    public List<NeighbourhoodGroup> neighbourhoodGroups() {
        return missing("The register");
    }

    @Override
    public long insertNeighbourhoodGroup(long targetGroupId, NeighbourhoodInput group) {
        return missing("The register");
    }

    @Override
    public void updateNeighbourhoodGroup(long id, long targetGroupId, NeighbourhoodInput group) {
        missing("The register");
    }

    @Override
    public void deleteNeighbourhoodGroup(long id) {
        missing("The register");
    }

    @Override
    public List<Administrator> administrators() {
        return missing("The register");
    }

    @Override
    public long insertAdministrator(AdministratorInput person) {
        return missing("The register");
    }

    @Override
    public void updateAdministrator(long id, AdministratorInput person) {
        missing("The register");
    }

    @Override
    public void setAdministrators(long neighbourhoodGroupId, List<Long> administratorIds) {
        missing("The register");
    }

    @Override
    public int deleteAdministratorsWithoutGroup() {
        return missing("The register");
    }

    @Override
    public List<GroupRef> groupsOf(long alertId) {
        return missing("The paste checklist");
    }

    @Override
    public List<Post> posts(long alertId) {
        return missing("The paste checklist");
    }

    @Override
    public void insertPost(long alertId, long groupId, Post.Outcome outcome, Instant at, Actor actor, String reason) {
        missing("The paste checklist");
    }

    @Override
    public List<NotYetPosted> notYetPosted() {
        return missing("The paste checklist");
    }

    @Override
    public List<Long> lastChoice(MessageKind kind) {
        return missing("The target defaults");
    }

    @Override
    public void saveLastChoice(MessageKind kind, List<Long> groupIds) {
        missing("The target defaults");
    }

    @Override
    public RetentionPolicy policy() {
        return missing("Retention");
    }

    @Override
    public void savePolicy(RetentionPolicy policy, long officerId, Instant at) {
        missing("Retention");
    }

    @Override
    public List<Hold> holds() {
        return missing("Retention");
    }

    @Override
    public List<Hold> holdsOf(long alertId) {
        return missing("Retention");
    }

    @Override
    public long placeHold(long alertId, String reason, LocalDate until, long officerId, String osAccount, Instant at) {
        return missing("Retention");
    }

    @Override
    public void liftHold(long holdId, long officerId, Instant at) {
        missing("Retention");
    }

    @Override
    public List<ChainMember> unredactedChains() {
        return missing("Retention");
    }

    @Override
    public void redact(List<Long> ids, Instant at) {
        missing("Retention");
    }

    @Override
    public Optional<Instant> latestRedaction() {
        return missing("Retention");
    }

    @Override
    public int deleteDraftsSavedBefore(Instant before) {
        return missing("Retention");
    }

    @Override
    public List<AlertFact> sentBetween(Instant from, Instant to) {
        return missing("The Overzicht");
    }
}
