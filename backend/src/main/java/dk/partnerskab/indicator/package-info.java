/** Indicators, their values per period and area with corrections, imports, exports and status. */
@OwnsTables({"measurement_revision", "import_lock"})
package dk.partnerskab.indicator;

import dk.partnerskab.common.persistence.OwnsTables;
