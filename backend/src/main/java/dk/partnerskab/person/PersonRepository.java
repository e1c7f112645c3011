package dk.partnerskab.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Optional<Person> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** An invited person not yet bound to a login, or bound to a login that no longer exists. */
    public Optional<Person> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }
}
