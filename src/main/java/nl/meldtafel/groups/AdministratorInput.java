package nl.meldtafel.groups;

import java.util.Locale;
import nl.meldtafel.alert.TextChecks;

/** A person as typed in the register form; the phone is normalised when recognised, kept as typed otherwise. */
public record AdministratorInput(String name, String phone, String email) {

    public AdministratorInput {
        name = TextChecks.requireWellFormed("administrator name", Names.clean(name));
        String typed = TextChecks.requireWellFormed("phone", Names.clean(phone));
        phone = PhoneNumbers.normalise(typed).orElse(typed);
        email = TextChecks.requireWellFormed("email", Names.clean(email)).toLowerCase(Locale.ROOT);
        if (name.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("An administrator needs a name, phone or email");
        }
    }
}
