package dk.partnerskab.archfixture.beta;

import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The fixture's feature beta owns the table widget. Mapped by its table alone, not as an entity, so
 * that the test application's persistence unit never picks it up.
 */
@Table(name = "widget")
public class Widget {

    public UUID id;
}
