package dk.partnerskab.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * The people the suites act as. Tokens are real JWTs signed with the OIDC test server's key, with
 * the claims Keycloak puts in ours (realm roles, e-mail, organisation).
 */
public enum Persona {
    ADMIN("admin-subject", "admin", "admin@test.example", "Portalen", List.of("admin", "user")),
    SECRETARIAT("sek-subject", "sekretariat", "sekretariat@test.example", "Alfa Kommune", List.of("user")),
    MEMBER("medlem-subject", "medlem", "medlem@test.example", "Alfa Kommune", List.of("user")),
    OBSERVER("observator-subject", "observator", "observator@test.example", "Alfa Lokalråd", List.of("user")),
    OTHER_MEMBER("anden-subject", "anden", "anden@test.example", "Beta Kommune", List.of("user")),
    INTEGRATION("integration-subject", "service-account-partnerskab-integration", null, null, List.of("integration")),
    NO_ROLE("norole-subject", "udenrolle", "udenrolle@test.example", null, List.of("offline_access"));

    public static final String ALFA = "00000000-0000-4000-b000-000000000001";
    public static final String BETA = "00000000-0000-4000-b000-000000000002";

    private final String subject;
    private final String username;
    private final String email;
    private final String organisation;
    private final List<String> roles;

    Persona(String subject, String username, String email, String organisation, List<String> roles) {
        this.subject = subject;
        this.username = username;
        this.email = email;
        this.organisation = organisation;
        this.roles = roles;
    }

    private String cached;

    /** The persona's usual token, signed once per run (signing per request made the suites slow). */
    public synchronized String token() {
        if (cached == null) {
            cached = claims().expiresIn(java.time.Duration.ofHours(2)).sign();
        }
        return cached;
    }

    public String username() {
        return username;
    }

    /** A token for this persona with another subject or e-mail, for binding scenarios. */
    public String token(String subject, String email, boolean emailVerified) {
        return claims(subject, email, emailVerified).sign();
    }

    /** This persona's claims, to be altered (audience, issuer, expiry) before signing. */
    public JwtClaimsBuilder claims() {
        return claims(subject, email, true);
    }

    private JwtClaimsBuilder claims(String subject, String email, boolean emailVerified) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer("https://server.example.com")
                .audience("partnerskab-api")
                .subject(subject)
                .claim("preferred_username", username)
                .claim("name", "Test " + username)
                .claim("realm_access", Map.of("roles", roles));
        if (email != null) {
            claims.claim("email", email).claim("email_verified", emailVerified);
        }
        if (organisation != null) {
            claims.claim("organization", organisation);
        }
        return claims;
    }
}
