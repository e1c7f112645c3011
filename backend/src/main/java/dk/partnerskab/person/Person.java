package dk.partnerskab.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A user of the system (member, secretariat, admin or an integration's service account). */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    public String subject;

    public String username;

    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String organisation;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Version
    public long version;
}
