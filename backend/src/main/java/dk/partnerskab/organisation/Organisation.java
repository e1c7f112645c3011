package dk.partnerskab.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A party to partnerships: a kommune, a politikreds, a boligorganisation, a forening or other. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Column(columnDefinition = "bpchar(8)")
    public String cvr;

    public boolean active;

    @Version
    public long version;
}
