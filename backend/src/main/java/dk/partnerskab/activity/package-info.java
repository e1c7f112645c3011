/** Activities (indsatser) in the shape of the partnerships' activity tables, with their goals, indicators and reports. */
@OwnsTables({"activity_goal", "activity_indicator"})
package dk.partnerskab.activity;

import dk.partnerskab.common.persistence.OwnsTables;
