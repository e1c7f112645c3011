/** The append-only audit trail of every write, and each partnership's history read from it. */
@OwnsTables({"audit_event"})
package dk.partnerskab.audit;

import dk.partnerskab.common.persistence.OwnsTables;
