package dk.partnerskab.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Suites that create partnerships run under their own profile: Quarkus restarts between profiles
 * and Flyway cleans the database at start, so the read-only suites always see the bare fixtures.
 */
public class WritesProfile implements QuarkusTestProfile {}
