/** A feature of the architecture test's fixture; never deployed. */
@OwnsTables({"widget_part"})
package dk.partnerskab.archfixture.beta;

import dk.partnerskab.common.persistence.OwnsTables;
