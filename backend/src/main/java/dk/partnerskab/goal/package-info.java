/** Goals with their success criteria, whose status rolls up from their indicators. */
@OwnsTables({"goal_indicator"})
package dk.partnerskab.goal;

import dk.partnerskab.common.persistence.OwnsTables;
