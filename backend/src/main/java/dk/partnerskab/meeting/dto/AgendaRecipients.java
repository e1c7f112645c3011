package dk.partnerskab.meeting.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who the e-mail about the agenda goes to if it is sent now.")
public record AgendaRecipients(
        @Schema(required = true, description = "The members who get the e-mail, by name.")
        List<AgendaRecipient> items,

        @Schema(
                required = true,
                description = "Members who are invited but get no e-mail, because no address is known for them.")
        List<AgendaRecipient> withoutAddress) {}
