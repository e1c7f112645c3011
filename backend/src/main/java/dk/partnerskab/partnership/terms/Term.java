package dk.partnerskab.partnership.terms;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An agreement period (aftaleperiode): the first one or a renewal. Deleted ones are kept for restoring. */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
@Table(name = "term")
public class Term extends PartnershipRecord {

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

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
