package dk.partnerskab.proposal.dto;

import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.proposal.ProposalKind;
import dk.partnerskab.proposal.ProposalStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProposalView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) ProposalKind kind,
        @Schema(required = true) String title,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) PersonRef proposedBy,
        @Schema(required = true) OffsetDateTime proposedAt,
        @Schema(required = true) ProposalStatus status,

        @Schema(required = true, nullable = true, description = "The meeting whose agenda holds it.")
        AgendaRef agenda,

        @Schema(required = true, nullable = true) DecisionRef decision,
        @Schema(required = true, nullable = true) String answerReason,
        @Schema(required = true, nullable = true) OffsetDateTime answeredAt,

        @Schema(required = true, description = "Whether the caller proposed it.")
        boolean mine,

        @Schema(required = true, description = "Whether the caller may put it on an agenda and answer it.")
        boolean canEdit,

        @Schema(required = true, description = "Version for If-Match.")
        long version) {

    public record AgendaRef(
            @Schema(required = true) UUID meetingId,
            @Schema(required = true) String meetingTitle,
            @Schema(required = true) UUID agendaItemId) {}

    public record DecisionRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String text) {}
}
