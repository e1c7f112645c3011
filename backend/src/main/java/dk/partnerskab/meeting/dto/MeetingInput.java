package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.common.validation.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A meeting to plan, or its new time and place (moving it).")
public record MeetingInput(
        @Schema(required = true, maxLength = 300, examples = "Partnerskabsmøde – 1. kvartal 2027")
        @NotBlank
        @Size(max = 300)
        @NoCprNumber
        String title,

        @Schema(
                required = true,
                description = "Start, with its UTC offset; shown in Europe/Copenhagen.",
                examples = "2027-03-09T13:00:00+01:00")
        @NotNull
        @PlausibleDate
        OffsetDateTime startsAt,

        @Schema(required = true, minimum = "5", maximum = "1440", examples = "120") @NotNull @Min(5) @Max(1440)
        Integer durationMinutes,

        @Schema(maxLength = 300, examples = "Herlev Rådhus, mødelokale 1") @Size(max = 300) @NoCprNumber
        String place,

        @Schema(
                maxLength = 1000,
                description = "A link to join online (http or https).",
                examples = "https://møde.example/partnerskab")
        @Size(max = 1000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https link")
        String onlineUrl,

        @Schema(description = "For a meeting of one of the partnership's working groups; its members are invited.")
        java.util.UUID workingGroupId) {}
