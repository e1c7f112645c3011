package dk.partnerskab.common.security;

/** Keycloak realm roles. They stay coarse; roles inside a partnership are rows in the database. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String USER = "user";
    public static final String INTEGRATION = "integration";
    public static final java.util.Set<String> ALL = java.util.Set.of(ADMIN, USER, INTEGRATION);

    private Roles() {}
}
