package dk.partnerskab.partnership.dto;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "All of the partnership's focus areas in their new order; they are renumbered 1, 2, 3 …")
public record FocusAreaOrder(
        @Schema(required = true) @NotNull List<@NotNull UUID> ids) {}
