package dk.partnerskab.indicator.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AreaView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Herlev") String name) {}
