package dk.partnerskab.partnership.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The agreement's own fields, to create or change a partnership.")
public record PartnershipInput(
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) @NoCprNumber
        String name,

        @Schema(maxLength = 5000) @Size(max = 5000) @NoCprNumber
        String description,

        @Schema(required = true, maxItems = 20) @NotNull @Size(max = 20)
        List<@NotBlank @Size(max = 2000) @NoCprNumber String> purposes,

        @Schema(required = true, maxItems = 20) @NotNull @Size(max = 20)
        List<@NotBlank @Size(max = 200) @NoCprNumber String> principles,

        @Schema(
                maxLength = 50000,
                description = "Rules of procedure as HTML; only a safe subset is kept (no scripts, styles or events).")
        @Size(max = 50000)
        @NoCprNumber
        String rulesOfProcedure,

        @Schema(maxLength = 5000) @Size(max = 5000) @NoCprNumber
        String economyNotes,

        @Schema(required = true, minimum = "0", maximum = "52", examples = "4") @NotNull @Min(0) @Max(52)
        Integer minMeetingsPerYear) {}
