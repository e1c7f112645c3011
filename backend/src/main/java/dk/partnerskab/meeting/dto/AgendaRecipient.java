package dk.partnerskab.meeting.dto;

import dk.partnerskab.organisation.OrganisationRef;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member the agenda's e-mail goes to.")
public record AgendaRecipient(
        @Schema(required = true) UUID personId,
        @Schema(required = true, examples = "Bo Ballerup") String name,

        @Schema(required = true, nullable = true, description = "The organisation the member represents.")
        OrganisationRef organisation) {}
