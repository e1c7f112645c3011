package dk.partnerskab.activity;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** An activity; its report's content is read and written with SQL only, so lists never load it. */
@Entity
@Table(name = "activity")
@SQLRestriction("deleted_at is null")
public class Activity extends PartnershipRecord {

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityKind kind;

    public String track;

    @Column(name = "focus_area_id")
    public UUID focusAreaId;

    @Column(name = "target_group")
    public String targetGroup;

    public String responsible;

    @Column(name = "responsible_organisation_id")
    public UUID responsibleOrganisationId;

    @Column(name = "intended_outcome")
    public String intendedOutcome;

    @Column(name = "special_focus", nullable = false)
    public boolean specialFocus;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status;

    @Column(name = "report_filename")
    public String reportFilename;

    @Column(name = "report_content_type")
    public String reportContentType;

    @Column(name = "report_size")
    public Integer reportSize;
}
