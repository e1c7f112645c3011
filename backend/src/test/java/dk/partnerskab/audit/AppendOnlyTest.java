package dk.partnerskab.audit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database itself keeps the audit trail append-only, against the application's own role: a
 * bug or a stolen connection cannot rewrite history. Every attempt runs in a transaction that is
 * rolled back, so should the guard ever fail, the suites sharing this database keep their trail.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AppendOnlyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void truncateIsRefused() {
        assertRefused("TRUNCATE audit_event");
        assertRefused("TRUNCATE audit_event CASCADE");
    }

    @Test
    void rowsCanBeAddedButNotChangedOrRemoved() throws SQLException {
        UUID id = UUID.randomUUID();
        String insert = "INSERT INTO audit_event (id, occurred_at, actor_name, entity_type, entity_id, action, summary)"
                + " VALUES ('" + id + "', now(), 'Test', 'PARTNERSHIP', '" + UUID.randomUUID()
                + "', 'CREATED', 'Oprettet');";
        assertRefused(insert + "UPDATE audit_event SET summary = 'Ændret' WHERE id = '" + id + "'");
        assertRefused(insert + "DELETE FROM audit_event WHERE id = '" + id + "'");
    }

    private void assertRefused(String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } finally {
                    connection.rollback();
                }
            }
        });
        assertTrue(refused.getMessage().contains("audit_event is append-only"), refused.getMessage());
    }
}
