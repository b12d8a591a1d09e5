package nl.meldtafel.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The officers and the register as the second-form entries say they are: started from the form marker,
 * changed by each officer and register event in order. An event that does not follow from the state
 * before it (a group created twice, a rename from a name it did not have) is a replayed or forged entry.
 */
final class ChainReplay {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Long, Officer> officers = new HashMap<>();
    private final Map<Long, RegisterFacts.Group> groups = new HashMap<>();
    private final Set<RegisterFacts.AdminLink> links = new HashSet<>();
    private final Map<Long, AccountFacts> accounts = new HashMap<>();

    static JsonNode read(String details) {
        try {
            return JSON.readTree(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    void start(JsonNode form) {
        form.path("officers").forEach(o -> officers.put(o.get(0).asLong(),
                new Officer(o.get(0).asLong(), o.get(2).asText(), o.get(1).asText())));
        form.path("groups").forEach(g -> groups.put(g.get(0).asLong(),
                new RegisterFacts.Group(g.get(1).asText(), text(g.get(2)), g.get(3).asBoolean())));
        form.path("admins").forEach(l -> links.add(new RegisterFacts.AdminLink(l.get(0).asLong(), l.get(1).asLong(), l.get(2).asLong())));
    }

    /** Applies one officer or register event; the reason it cannot, if it does not follow. */
    Optional<String> apply(AuditRecord r) {
        JsonNode d = read(r.details());
        long id = r.subjectId();
        RegisterFacts.Group group = groups.get(id);
        switch (r.event()) {
            case OFFICER_ADDED -> {
                if (officers.containsKey(id)) {
                    return Optional.of("officer " + id + " is added a second time (a replayed entry)");
                }
                officers.put(id, new Officer(id, d.path("name").asText(), d.path("number").asText()));
            }
            case OFFICER_RENAMED -> {
                Officer was = officers.get(id);
                if (was == null || !was.name().equals(d.path("from").asText())) {
                    return Optional.of("officer " + id + " is renamed from a name the log does not have (a replayed or forged entry)");
                }
                officers.put(id, new Officer(id, d.path("name").asText(), was.personnelNumber()));
            }
            case GROUP_CREATED -> {
                if (group != null) {
                    return Optional.of("group " + id + " is created a second time (a replayed entry)");
                }
                groups.put(id, new RegisterFacts.Group(d.path("name").asText(), text(d.get("gemeente")), true));
            }
            case GROUP_RENAMED -> {
                if (group == null || !group.name().equals(d.path("from").asText())
                        || !Objects.equals(group.gemeente(), text(d.get("fromGemeente")))) {
                    return Optional.of("group " + id + " is renamed from a name the log does not have (a replayed or forged entry)");
                }
                groups.put(id, new RegisterFacts.Group(d.path("name").asText(), text(d.get("gemeente")), group.active()));
            }
            case GROUP_DEACTIVATED, GROUP_REACTIVATED -> {
                boolean active = r.event() == AuditEvent.GROUP_REACTIVATED;
                if (group == null || group.active() == active) {
                    return Optional.of("group " + id + " is " + (active ? "reactivated" : "deactivated")
                            + " but the log does not have it " + (active ? "inactive" : "active") + " (a replayed entry)");
                }
                groups.put(id, new RegisterFacts.Group(group.name(), group.gemeente(), active));
            }
            case GROUP_REMOVED -> {
                if (groups.remove(id) == null) {
                    return Optional.of("group " + id + " is removed but the log does not have it (a replayed entry)");
                }
            }
            case ADMIN_ADDED, ADMIN_REMOVED -> {
                RegisterFacts.AdminLink link = new RegisterFacts.AdminLink(id, d.path("administratorId").asLong(),
                        d.path("groupId").asLong());
                boolean added = r.event() == AuditEvent.ADMIN_ADDED;
                if (added ? !links.add(link) : !links.remove(link)) {
                    return Optional.of("administrator " + link.administratorId() + " of neighbourhood group " + id + " is "
                            + (added ? "added" : "removed") + " twice (a replayed entry)");
                }
            }
            case ACCOUNT_CREATED -> {
                if (!officers.containsKey(id) || accounts.containsKey(id)) {
                    return Optional.of("officer " + id + " gets an account " + (accounts.containsKey(id) ? "a second time"
                            : "but the log does not have the officer") + " (a replayed or forged entry)");
                }
                accounts.put(id, new AccountFacts(strings(d.path("roles")), strings(d.path("wijken")), true));
            }
            case ACCOUNT_CHANGED -> {
                AccountFacts from = new AccountFacts(strings(d.path("fromRoles")), strings(d.path("fromWijken")),
                        d.path("fromActive").asBoolean());
                if (!from.equals(accounts.get(id))) {
                    return Optional.of("the account of officer " + id + " is changed from roles the log does not have "
                            + "(a replayed or forged entry)");
                }
                accounts.put(id, new AccountFacts(strings(d.path("roles")), strings(d.path("wijken")), d.path("active").asBoolean()));
            }
            case PASSWORD_SET, ACCOUNT_LOCKED, SIGN_IN_FAILED -> {
                if (id != 0 && !accounts.containsKey(id)) {
                    return Optional.of("a " + r.event() + " entry for officer " + id + ", who has no account in the log "
                            + "(a forged entry)");
                }
            }
            default -> throw new IllegalArgumentException("not an officer, account or register event: " + r.event());
        }
        return Optional.empty();
    }

    /** Where the database differs from what the log says, e.g. a name or a role changed outside Meldtafel. */
    Optional<String> compareWith(Map<Long, Officer> actualOfficers, Map<Long, AccountFacts> actualAccounts, RegisterFacts actual) {
        for (Officer o : actualOfficers.values()) {
            Officer logged = officers.get(o.id());
            if (logged == null) {
                return Optional.of("officer " + o.personnelNumber() + " (" + o.name() + ") is not in the log (added outside Meldtafel)");
            }
            if (!logged.name().equals(o.name()) || !logged.personnelNumber().equals(o.personnelNumber())) {
                return Optional.of("officer " + o.id() + " is '" + o.name() + "' (" + o.personnelNumber() + ") in the database but '"
                        + logged.name() + "' (" + logged.personnelNumber() + ") in the log (changed outside Meldtafel)");
            }
        }
        if (officers.size() != actualOfficers.size()) {
            return Optional.of((officers.size() - actualOfficers.size()) + " officer(s) of the log are gone from the database");
        }
        for (Map.Entry<Long, AccountFacts> e : actualAccounts.entrySet()) {
            AccountFacts logged = accounts.get(e.getKey());
            if (!e.getValue().equals(logged)) {
                return Optional.of("the account of officer " + e.getKey() + " has roles " + e.getValue().roles()
                        + (e.getValue().active() ? "" : " (inactive)") + " in the database but "
                        + (logged == null ? "no account" : logged.roles() + (logged.active() ? "" : " (inactive)"))
                        + " in the log (changed outside Meldtafel)");
            }
        }
        if (accounts.size() != actualAccounts.size()) {
            return Optional.of((accounts.size() - actualAccounts.size()) + " account(s) of the log are gone from the database");
        }
        for (Map.Entry<Long, RegisterFacts.Group> e : actual.groups().entrySet()) {
            RegisterFacts.Group logged = groups.get(e.getKey());
            if (!e.getValue().equals(logged)) {
                return Optional.of("group " + e.getKey() + " is " + describe(e.getValue()) + " in the register but "
                        + (logged == null ? "not in the log" : describe(logged) + " in the log") + " (changed outside Meldtafel)");
            }
        }
        if (groups.size() != actual.groups().size()) {
            return Optional.of((groups.size() - actual.groups().size()) + " group(s) of the log are gone from the register");
        }
        if (!links.equals(actual.links())) {
            return Optional.of("the administrators of the neighbourhood groups differ from the log (changed outside Meldtafel)");
        }
        return Optional.empty();
    }

    private static String describe(RegisterFacts.Group g) {
        return "'" + g.name() + "' (" + g.gemeente() + (g.active() ? "" : ", inactive") + ")";
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
