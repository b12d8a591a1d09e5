package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.FieldDefinition;

/** One input of a form in template order: a single field or a repeating group. */
public sealed interface FormItem permits FieldModel, GroupModel {

    FieldDefinition definition();

    void reset();

    /** Whether the officer entered something beyond the defaults, so clearing needs a question first. */
    boolean isFilled();

    void contributeTo(FieldValues.Builder values);

    void apply(FieldValues values);
}
