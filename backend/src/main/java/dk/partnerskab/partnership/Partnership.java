package dk.partnerskab.partnership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A partnership agreement between kommuner, politi and other parties. */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipStatus status;

    @Column(name = "min_meetings_per_year", nullable = false)
    public int minMeetingsPerYear;

    @Column(name = "rules_of_procedure")
    public String rulesOfProcedure;

    @Column(name = "economy_notes")
    public String economyNotes;

    @ElementCollection
    @CollectionTable(name = "partnership_purpose", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    public List<String> purposes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "partnership_principle", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    public List<String> principles = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
