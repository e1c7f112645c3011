package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.common.validation.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A year's series of meetings in one step: the first on firstDate, the next ones every "
                + "monthsBetween months on the same weekday, all at startTime Copenhagen time.")
public record MeetingSeriesInput(
        @Schema(
                required = true,
                maxLength = 250,
                description = "Each meeting gets this title followed by its quarter, e.g. \"– 1. kvartal 2027\".",
                examples = "Partnerskabsmøde")
        @NotBlank
        @Size(max = 250)
        @NoCprNumber
        String title,

        @Schema(required = true, examples = "2027-03-09") @NotNull @PlausibleDate
        LocalDate firstDate,

        @Schema(required = true, description = "Local time in Europe/Copenhagen, such as 13:00.") @NotNull
        LocalTime startTime,

        @Schema(required = true, minimum = "5", maximum = "1440", examples = "120") @NotNull @Min(5) @Max(1440)
        Integer durationMinutes,

        @Schema(minimum = "1", maximum = "12", defaultValue = "4", description = "How many meetings; default 4.")
        @Min(1)
        @Max(12)
        Integer count,

        @Schema(
                minimum = "1",
                maximum = "12",
                defaultValue = "3",
                description = "Months between meetings; default 3 (quarterly).")
        @Min(1)
        @Max(12)
        Integer monthsBetween,

        @Schema(maxLength = 300) @Size(max = 300) @NoCprNumber
        String place,

        @Schema(maxLength = 1000)
        @Size(max = 1000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https link")
        String onlineUrl) {}
