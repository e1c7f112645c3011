package dk.partnerskab.partnership;

import dk.partnerskab.common.persistence.Tracked;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A partnership agreement between kommuner, politi and other parties. */
@Entity
@Table(name = "partnership")
public class Partnership extends Tracked {

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
}
