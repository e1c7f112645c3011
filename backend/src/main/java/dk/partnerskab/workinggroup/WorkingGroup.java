package dk.partnerskab.workinggroup;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

@Entity
@Table(name = "working_group")
@SQLRestriction("deleted_at is null")
public class WorkingGroup extends PartnershipRecord {

    @Column(nullable = false)
    public String name;

    public String mandate;

    @Column(name = "focus_area_id")
    public UUID focusAreaId;

    @Column(name = "lead_organisation_id")
    public UUID leadOrganisationId;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkingGroupStatus status;

    @Column(name = "closing_report")
    public String closingReport;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "decision_id")
    public UUID decisionId;
}
