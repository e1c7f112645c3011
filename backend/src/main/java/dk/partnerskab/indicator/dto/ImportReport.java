package dk.partnerskab.indicator.dto;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The preview or the result of an import. Nothing is stored unless every row is accepted.")
public record ImportReport(
        @Schema(required = true, description = "Whether this was only a preview.")
        boolean dryRun,

        @Schema(required = true, description = "Whether the values were stored.")
        boolean stored,

        @Schema(required = true) int created,
        @Schema(required = true) int corrected,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int rejected,

        @Schema(
                required = true,
                description = "The first 500 rejected rows, and the others up to 2,000 rows in all, in file order.")
        List<ImportRow> rows,

        @Schema(required = true, description = "Rows left out of the list above.")
        int rowsOmitted,

        @Schema(
                required = true,
                description = "When the stored values were read. Send it as previewedAt when storing the "
                        + "previewed file: a value entered or corrected after it is reported (409), not overwritten.")
        OffsetDateTime previewedAt) {}
