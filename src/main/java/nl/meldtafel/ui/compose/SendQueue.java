package nl.meldtafel.ui.compose;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Alerts copied while the database cannot record them yet ({@code send-queue.jsonl} in the data
 * folder), and closings given while the server is away: one JSON line per alert, per confirmation and
 * per closing, each forced to disk before the call returns, so before the text reaches the clipboard.
 * Append-only: a kill mid-write leaves at most an unfinished last line, which is ignored, and that
 * alert was never copied. Holds message text, like the drafts; it is deleted once all is in the log.
 */
public final class SendQueue {

    private static final Logger LOG = LoggerFactory.getLogger(SendQueue.class);

    static final String FILE = "send-queue.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What waits in the queue, in the order the officer did it: copied alerts and closings. */
    public sealed interface Item permits Entry, Closing, Confirmation {
        String key();
    }

    /**
     * One queued alert; {@code confirmedBy} and {@code confirmedAt} are set once the officer said it was
     * posted ({@code confirmedAt} null in a queue written before those times were kept).
     */
    public record Entry(String key, long provisionalId, Instant queuedAt, NewAlert alert, Officer composer,
                        Officer confirmedBy, Instant confirmedAt) implements Item {
    }

    /** "Sluiten zonder bericht" given while the server could not be reached: the alert, category, reason, who and when. */
    public record Closing(String key, long alertId, CloseCategory category, String reason, Officer officer, Instant at)
            implements Item {
    }

    /** "Ja, geplaatst" for an alert already in the log, given while the server could not be reached: who and when. */
    public record Confirmation(String key, long alertId, Officer officer, Instant at) implements Item {
    }

    private final Path file;

    /** The queue of the log in the data folder. */
    public SendQueue(Path dataFolder) {
        this(dataFolder, Optional.empty());
    }

    /**
     * The queue of one log: a desk moved to another server must not record there what it copied for the
     * first one (other officers' ids, another team's log), so each server has its own file.
     *
     * @param server the server's {@code host:port/database}; empty for the log in the data folder
     */
    public SendQueue(Path dataFolder, Optional<String> server) {
        this.file = dataFolder.resolve(server.map(name -> "send-queue-" + name.replaceAll("[^A-Za-z0-9.-]", "_") + ".jsonl")
                .orElse(FILE));
    }

    /** Where the queue is kept, for tests and messages. */
    public Path file() {
        return file;
    }

    /** Queues an alert and forces it to disk; its provisional id is negative and stays the same across restarts. */
    public synchronized Entry add(NewAlert alert, Officer composer, Instant now) {
        long provisional = -(entries().size() + 1L);
        String key = UUID.randomUUID().toString();
        ObjectNode line = JSON.createObjectNode().put("type", "alert").put("key", key).put("queuedAt", now.toEpochMilli());
        line.put("kind", alert.kind().name()).put("templateId", alert.templateId()).put("templateHash", alert.templateHash())
                .put("values", alert.valuesJson()).put("text", alert.text());
        if (alert.parentId() != null) {
            line.put("parentId", alert.parentId());
        }
        FollowUpPolicy p = alert.followUp();
        line.put("awaitsClosure", p.awaitsClosure());
        if (p.due() != null) {
            line.put("dueMs", p.due().toMillis());
        }
        if (p.repeat() != null) {
            line.put("repeatMs", p.repeat().toMillis());
        }
        alert.groupIds().forEach(line.putArray("groups")::add);
        line.set("officer", officer(composer));
        append(line);
        return new Entry(key, provisional, now, alert, composer, null, null);
    }

    /** Queues a closing of a logged alert and forces it to disk before the officer is told it is kept. */
    public synchronized Closing addClosing(long alertId, CloseCategory category, String reason, Officer officer, Instant now) {
        String key = UUID.randomUUID().toString();
        ObjectNode line = JSON.createObjectNode().put("type", "close").put("key", key).put("alertId", alertId)
                .put("category", category.name()).put("reason", reason).put("at", now.toEpochMilli());
        append(line.set("officer", officer(officer)));
        return new Closing(key, alertId, category, reason, officer, now);
    }

    /** Queues the confirmation of a logged alert and forces it to disk before the officer is told it is kept. */
    public synchronized Confirmation addConfirmation(long alertId, Officer officer, Instant now) {
        String key = UUID.randomUUID().toString();
        ObjectNode line = JSON.createObjectNode().put("type", "posted").put("key", key).put("alertId", alertId)
                .put("at", now.toEpochMilli());
        append(line.set("officer", officer(officer)));
        return new Confirmation(key, alertId, officer, now);
    }

    /** Records that a queued alert was posted, and when; false when no such alert waits. */
    public synchronized boolean confirm(long provisionalId, Officer officer, Instant now) {
        Entry entry = entries().stream().filter(e -> e.provisionalId() == provisionalId).findFirst().orElse(null);
        if (entry == null) {
            return false;
        }
        if (entry.confirmedBy() == null) {
            ObjectNode line = JSON.createObjectNode().put("type", "confirm").put("key", entry.key()).put("at", now.toEpochMilli());
            append(line.set("officer", officer(officer)));
        }
        return true;
    }

    /** The queued alerts in the order they were copied. */
    public synchronized List<Entry> entries() {
        return items().stream().filter(Entry.class::isInstance).map(Entry.class::cast).toList();
    }

    /** Everything queued, alerts, confirmations and closings, in the order the officer did it. */
    public synchronized List<Item> items() {
        if (!Files.exists(file)) {
            return List.of();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the send queue " + file, e);
        }
        String content = new String(bytes, StandardCharsets.UTF_8);
        // only lines that end in a newline were completely written (and forced) before the clipboard was set
        int complete = content.lastIndexOf('\n') + 1;
        Map<String, Item> byKey = new LinkedHashMap<>();
        int alerts = 0;
        for (String text : content.substring(0, complete).split("\n")) {
            JsonNode line = parse(text);
            if (line == null) {
                continue;
            }
            String key = line.path("key").asText();
            switch (line.path("type").asText()) {
                case "alert" -> byKey.put(key, new Entry(key, -(++alerts), Instant.ofEpochMilli(line.path("queuedAt").asLong()),
                        alertOf(line), officerOf(line.path("officer")), null, null));
                case "confirm" -> {
                    if (byKey.get(key) instanceof Entry e) {
                        Instant at = line.hasNonNull("at") ? Instant.ofEpochMilli(line.get("at").asLong()) : null;
                        byKey.put(key, new Entry(key, e.provisionalId(), e.queuedAt(), e.alert(), e.composer(),
                                officerOf(line.path("officer")), at));
                    }
                }
                case "close" -> byKey.put(key, new Closing(key, line.path("alertId").asLong(),
                        CloseCategory.valueOf(line.path("category").asText()), line.path("reason").asText(),
                        officerOf(line.path("officer")), Instant.ofEpochMilli(line.path("at").asLong())));
                case "posted" -> byKey.put(key, new Confirmation(key, line.path("alertId").asLong(),
                        officerOf(line.path("officer")), Instant.ofEpochMilli(line.path("at").asLong())));
                default -> LOG.warn("A line of an unknown type in the send queue is skipped");
            }
        }
        return List.copyOf(byKey.values());
    }

    public synchronized boolean isEmpty() {
        return items().isEmpty();
    }

    /** Called once every entry is in the log. */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
            forceFolder();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the send queue " + file, e);
        }
    }

    private void append(ObjectNode line) {
        try {
            boolean created = !Files.exists(file);
            byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (created) {
                forceFolder(); // the new file's name must survive a power cut too
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the send queue " + file, e);
        }
    }

    private void forceFolder() {
        try (FileChannel folder = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; NTFS journals the name itself
            LOG.debug("Folder of the send queue not forced ({})", e.getClass().getSimpleName());
        }
    }

    private static JsonNode parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            LOG.warn("An unreadable line in the send queue is skipped ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    private static ObjectNode officer(Officer o) {
        return JSON.createObjectNode().put("id", o.id()).put("name", o.name()).put("number", o.personnelNumber());
    }

    private static Officer officerOf(JsonNode o) {
        return new Officer(o.path("id").asLong(), o.path("name").asText(), o.path("number").asText());
    }

    private static NewAlert alertOf(JsonNode line) {
        boolean awaits = line.path("awaitsClosure").asBoolean();
        FollowUpPolicy followUp = awaits ? new FollowUpPolicy(true, millis(line, "dueMs"), millis(line, "repeatMs")) : FollowUpPolicy.NONE;
        List<Long> groups = new ArrayList<>();
        line.path("groups").forEach(g -> groups.add(g.asLong()));
        return new NewAlert(MessageKind.valueOf(line.path("kind").asText()), line.path("templateId").asText(),
                line.path("templateHash").asText(), line.path("values").asText(), line.path("text").asText(),
                line.hasNonNull("parentId") ? line.get("parentId").asLong() : null, followUp, groups);
    }

    private static Duration millis(JsonNode line, String field) {
        return line.hasNonNull(field) ? Duration.ofMillis(line.get(field).asLong()) : null;
    }
}
