/** Partnerships: the agreement, its terms and chair periods, parties and signatories, members and focus areas. */
@OwnsTables({"agreement_document"})
package dk.partnerskab.partnership;

import dk.partnerskab.common.persistence.OwnsTables;
