package dk.partnerskab.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** An agreement period (aftaleperiode): the first one or a renewal. Deleted ones are kept for restoring. */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
@Table(name = "term")
public class Term {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TermKind kind;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "evaluation_outcome")
    public String evaluationOutcome;

    public String note;

    @Column(name = "deleted_at")
    public java.time.Instant deletedAt;

    @Column(name = "updated_at", nullable = false)
    public java.time.Instant updatedAt;

    @Version
    public long version;

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
