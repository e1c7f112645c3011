package dk.partnerskab.meeting.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person, by name.")
public record PersonRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Bo Ballerup") String name) {}
