package nl.meldtafel.ui.compose;

import javafx.beans.InvalidationListener;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.Problem;
import nl.meldtafel.template.TemplateDefinition;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The form of one template: its items in template order, turned into {@link FieldValues} on demand. */
public final class FormModel {

    private final TemplateDefinition template;
    private final List<FormItem> items;

    FormModel(TemplateDefinition template, Clock clock, InvalidationListener onChange) {
        this.template = template;
        this.items = FieldModel.createAll(template.fields(), clock, onChange);
    }

    public TemplateDefinition template() {
        return template;
    }

    public List<FormItem> items() {
        return items;
    }

    public Optional<FieldModel> field(String key) {
        return items.stream().filter(i -> i instanceof FieldModel && i.definition().key().equals(key))
                .map(FieldModel.class::cast).findFirst();
    }

    public Optional<GroupModel> group(String key) {
        return items.stream().filter(i -> i instanceof GroupModel && i.definition().key().equals(key))
                .map(GroupModel.class::cast).findFirst();
    }

    /** The same JSON shape as the {@code render} command: groups as arrays of objects, yes/no as booleans. */
    public FieldValues values() {
        FieldValues.Builder builder = FieldValues.builder();
        items.forEach(item -> item.contributeTo(builder));
        return builder.build();
    }

    void apply(FieldValues values) {
        items.forEach(item -> item.apply(values));
    }

    void reset() {
        items.forEach(FormItem::reset);
    }

    boolean isFilled() {
        return items.stream().anyMatch(FormItem::isFilled);
    }

    /** Hands each field the renderer's problem for its key ("delict", "verdachten.2.leeftijd"). */
    void showProblems(List<Problem> problems) {
        Map<String, String> byKey = new HashMap<>();
        problems.forEach(p -> byKey.putIfAbsent(p.fieldKey(), p.message()));
        for (FormItem item : items) {
            if (item instanceof FieldModel field) {
                field.setProblem(byKey.get(field.definition().key()));
            } else if (item instanceof GroupModel group) {
                for (int i = 0; i < group.entries().size(); i++) {
                    String prefix = group.definition().key() + "." + (i + 1) + ".";
                    group.entries().get(i).fields().forEach(f -> f.setProblem(byKey.get(prefix + f.definition().key())));
                }
            }
        }
    }
}
