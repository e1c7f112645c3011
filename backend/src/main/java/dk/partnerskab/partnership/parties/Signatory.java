package dk.partnerskab.partnership.parties;

import dk.partnerskab.common.persistence.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person who signed the agreement for a party, optionally for one specific term. */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
@Table(name = "signatory")
public class Signatory extends Tracked {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Column(name = "term_id")
    public UUID termId;

    public int position;

    @Column(nullable = false)
    public String name;

    public String title;
}
