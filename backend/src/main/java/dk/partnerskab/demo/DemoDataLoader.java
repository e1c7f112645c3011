package dk.partnerskab.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data built from the seed documents when {@code partnerskab.demo-data.enabled}
 * is true (only `make run` and the end-to-end stack set it). It runs after Flyway at start-up and
 * is idempotent, so a restart neither fails nor duplicates rows. It is not a Flyway location
 * because Quarkus fixes those at build time, and the same jar must run with and without demo data.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String SCRIPT = "db/demodata/demo-data.sql";

    private final AgroalDataSource dataSource;
    private final boolean enabled;

    public DemoDataLoader(
            AgroalDataSource dataSource, @ConfigProperty(name = "partnerskab.demo-data.enabled") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        String sql = readScript();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(sql);
            connection.commit();
            LOG.info("Demo data loaded (existing rows kept)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load demo data from " + SCRIPT, e);
        }
    }

    private static String readScript() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
