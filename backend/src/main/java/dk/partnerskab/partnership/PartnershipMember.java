package dk.partnerskab.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A person's membership of a partnership, with their role there. */
@Entity
@Table(name = "partnership_member")
public class PartnershipMember {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Version
    public long version;
}
