package dk.partnerskab.archfixture.beta;

import java.util.Optional;
import java.util.UUID;

/** A repository by name, as the architecture test recognises them besides Panache's. */
public class WidgetRepository {

    public Optional<Widget> find(UUID id) {
        return Optional.empty();
    }
}
