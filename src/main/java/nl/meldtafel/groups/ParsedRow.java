package nl.meldtafel.groups;

import java.util.List;

/**
 * One row of a municipal register as understood, before comparing it with the register.
 *
 * @param key the municipality's own number or code for the group, or ""
 */
record ParsedRow(int line, String name, String wijk, boolean wijkFromName, String gemeente, String targetGroup,
                 List<Person> administrators, String key) {

    record Person(String name, String phone, String email) {
        String phoneKey() {
            return PhoneNumbers.matchKey(phone);
        }
    }
}
