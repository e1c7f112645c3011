package dk.partnerskab.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One clock for the application, in the partnerships' zone, so tests can replace "now". */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "partnerskab.time-zone") ZoneId zone) {
        return Clock.system(zone);
    }
}
