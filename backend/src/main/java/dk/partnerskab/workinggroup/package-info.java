/** Working groups set up from a decision or directly, with mandate, members and deadline. */
@OwnsTables({"working_group_member"})
package dk.partnerskab.workinggroup;

import dk.partnerskab.common.persistence.OwnsTables;
