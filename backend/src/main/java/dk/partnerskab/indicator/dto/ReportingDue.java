package dk.partnerskab.indicator.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator the caller reports for whose latest finished period lacks values.")
public record ReportingDue(
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) String partnershipName,
        @Schema(required = true) UUID indicatorId,
        @Schema(required = true, examples = "IND-01") String code,
        @Schema(required = true) String name,

        @Schema(
                required = true,
                description = "The latest finished period of the indicator's frequency.",
                examples = "2026-11")
        String period,

        @Schema(required = true, description = "The areas without a value for that period.")
        List<AreaView> missingAreas) {}
