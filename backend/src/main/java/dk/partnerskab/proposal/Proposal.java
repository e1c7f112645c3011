package dk.partnerskab.proposal;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "proposal")
public class Proposal extends PartnershipRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalKind kind;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "proposed_by", nullable = false)
    public UUID proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    @Column(name = "agenda_item_id")
    public UUID agendaItemId;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "answer_reason")
    public String answerReason;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
