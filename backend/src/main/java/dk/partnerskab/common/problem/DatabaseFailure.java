package dk.partnerskab.common.problem;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * A failure the database reported, found in the chain of causes around it: which kind it is, and
 * for a duplicate the request field it concerns.
 */
record DatabaseFailure(Kind kind, String field) {

    static final String RETRY_AFTER_SECONDS = "5";

    enum Kind {
        /** A row changed by someone else since it was read. */
        STALE,
        /** A unique rule broken by two requests at once. */
        DUPLICATE,
        /** A serialization failure or deadlock: nothing was saved, and trying again works. */
        RETRY,
        /** No connection: the database is down, restarting or out of connections. */
        UNAVAILABLE
    }

    /** The unique rules whose breach a user can act on, by the request field they concern. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("measurement_uk", "period"),
            Map.entry("agreement_document_term_uk", "file"),
            Map.entry("party_organisation_uk", "organisationId"),
            Map.entry("partnership_member_uk", "email"),
            Map.entry("person_email_uk", "email"),
            Map.entry("focus_area_number_uk", "number"),
            Map.entry("indicator_code_uk", "code"),
            Map.entry("indicator_area_name_uk", "areas"),
            Map.entry("organisation_name_uk", "name"));

    static Optional<DatabaseFailure> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return Optional.of(new DatabaseFailure(Kind.STALE, null));
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return Optional.of(new DatabaseFailure(Kind.UNAVAILABLE, null));
            }
            if (t instanceof SQLException sql) {
                Optional<DatabaseFailure> known = of(sql, failure);
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFailure> of(SQLException sql, Throwable failure) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("23505") || state.equals("23P01")) {
            return Optional.of(new DatabaseFailure(Kind.DUPLICATE, field(sql, failure)));
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Optional.of(new DatabaseFailure(Kind.RETRY, null));
        }
        // Class 08 is a broken connection; 57P01–57P03 a server shutting down or starting up.
        if (state.startsWith("08")
                || state.startsWith("57P")
                || sql instanceof java.sql.SQLTransientConnectionException
                // The pool's own words when no connection can be had within its timeout.
                || (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout"))) {
            return Optional.of(new DatabaseFailure(Kind.UNAVAILABLE, null));
        }
        return Optional.empty();
    }

    private static String field(SQLException sql, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null) {
                return FIELDS.get(c.getConstraintName());
            }
        }
        if (sql instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return FIELDS.get(p.getServerErrorMessage().getConstraint());
        }
        return null;
    }
}
