/** Meetings: the meeting itself, its agenda, attendance and minutes with decisions, follow-ups and versions. */
@OwnsTables({"agenda_attachment", "minutes_version"})
package dk.partnerskab.meeting;

import dk.partnerskab.common.persistence.OwnsTables;
