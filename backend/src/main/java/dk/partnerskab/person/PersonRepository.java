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

    /** The person holding this e-mail (case-insensitive), bound to a login or only invited. */
    public Optional<Person> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }
}
