package dk.partnerskab.meeting.dto;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "All of the agenda's items in their new order.")
public record AgendaOrder(@Schema(required = true) @NotNull List<@NotNull UUID> ids) {}
