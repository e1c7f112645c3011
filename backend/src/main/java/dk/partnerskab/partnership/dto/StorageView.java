package dk.partnerskab.partnership.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "What the partnership's files take up against its storage quota, in bytes. "
                + "Files of deleted terms, agenda items and activities are not counted.")
public record StorageView(
        @Schema(required = true, description = "All kinds together.", examples = "12897485")
        long usedBytes,

        @Schema(required = true, description = "The most the partnership's files may take up.", examples = "524288000")
        long quotaBytes,

        @Schema(required = true, description = "The terms' signed agreements.", examples = "482133")
        long agreementDocuments,

        @Schema(required = true, description = "The files on agenda items.", examples = "11902544")
        long agendaAttachments,

        @Schema(required = true, description = "The activities' reports.", examples = "512808")
        long activityReports) {}
