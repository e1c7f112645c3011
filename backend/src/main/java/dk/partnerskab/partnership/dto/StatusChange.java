package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.PartnershipStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Move the partnership to another status: DRAFT → ACTIVE → UNDER_EVALUATION → RENEWED or ENDED; RENEWED → UNDER_EVALUATION.")
public record StatusChange(@Schema(required = true) @NotNull PartnershipStatus status) {}
