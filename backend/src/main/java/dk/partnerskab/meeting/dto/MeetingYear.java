package dk.partnerskab.meeting.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many meetings a calendar year has against the agreement's minimum.")
public record MeetingYear(
        @Schema(required = true, examples = "2027") int year,

        @Schema(
                required = true,
                description = "Meetings planned or held (cancelled ones do not count).",
                examples = "3")
        long meetings,

        @Schema(required = true, description = "Of those, meetings held.", examples = "1")
        long held,

        @Schema(required = true, description = "The agreement's minimum meetings a year.", examples = "4")
        int minimum,

        @Schema(required = true, description = "Fewer meetings than the minimum.")
        boolean belowMinimum) {}
