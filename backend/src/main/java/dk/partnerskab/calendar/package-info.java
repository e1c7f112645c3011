/** Meetings in calendar programs: iCalendar events and each person's secret calendar feed. */
@OwnsTables({"calendar_feed"})
package dk.partnerskab.calendar;

import dk.partnerskab.common.persistence.OwnsTables;
