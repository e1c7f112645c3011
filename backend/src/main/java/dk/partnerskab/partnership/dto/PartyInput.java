package dk.partnerskab.partnership.dto;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation to add as a party to the agreement.")
public record PartyInput(@Schema(required = true) @NotNull UUID organisationId) {}
