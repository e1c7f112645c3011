package dk.partnerskab.person;

import java.util.UUID;

/**
 * A person as other features show them: name and e-mail, and whether they have logged in yet.
 *
 * @param invited true until the person's first login binds them to a login
 */
public record PersonProfile(UUID id, String name, String email, boolean invited) {

    static PersonProfile of(Person p) {
        return new PersonProfile(p.id, p.displayName, p.email, p.subject == null);
    }
}
