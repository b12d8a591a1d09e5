package nl.meldtafel.groups;

import java.util.List;

/** One row of a municipal register as understood, before comparing it with the register. */
record ParsedRow(int line, String name, String wijk, boolean wijkFromName, String gemeente, String targetGroup,
                 List<Person> administrators) {

    record Person(String name, String phone, String email) {
        String phoneKey() {
            return PhoneNumbers.matchKey(phone);
        }
    }
}
