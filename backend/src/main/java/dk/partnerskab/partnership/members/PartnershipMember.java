package dk.partnerskab.partnership.members;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A person's membership of a partnership, with their role there. Removed ones are kept for restoring. */
@Entity
@Table(name = "partnership_member")
@SQLRestriction("deleted_at is null")
public class PartnershipMember extends PartnershipRecord {

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Column(name = "organisation_id")
    public UUID organisationId;

    /** A secretariat member who keeps the rights when another organisation takes the chair. */
    @Column(name = "keeps_secretariat_rights", nullable = false)
    public boolean keepsSecretariatRights;
}
