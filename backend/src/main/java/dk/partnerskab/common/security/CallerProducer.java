package dk.partnerskab.common.security;

import dk.partnerskab.common.validation.Text;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonString;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the caller from the verified access token. */
@ApplicationScoped
public class CallerProducer {

    // Dependent: records cannot be proxied; CurrentPerson (request scoped) holds the one instance.
    @Produces
    Caller caller(SecurityIdentity identity, JsonWebToken token) {
        String username = firstNonBlank(token.getClaim("preferred_username"), token.getName(), token.getSubject());
        String name = firstNonBlank(
                token.getClaim("name"), joined(token.getClaim("given_name"), token.getClaim("family_name")), username);
        Object verified = token.getClaim("email_verified");
        boolean emailVerified = verified != null && Boolean.parseBoolean(verified.toString());
        String email = blankToNull(token.getClaim("email"));
        return new Caller(
                token.getSubject(),
                Text.cut(username, Caller.USERNAME_LENGTH),
                Text.cut(name, Caller.NAME_LENGTH),
                // A cut address would be someone else's; one this long is no address at all.
                email != null && email.length() > Caller.EMAIL_LENGTH ? null : email,
                emailVerified,
                Text.cut(blankToNull(token.getClaim("organization")), Caller.ORGANISATION_LENGTH),
                Set.copyOf(identity.getRoles()));
    }

    private static String joined(Object first, Object last) {
        String f = first == null ? "" : text(first);
        String l = last == null ? "" : text(last);
        return (f + " " + l).trim();
    }

    private static String blankToNull(Object value) {
        return value == null || text(value).isBlank() ? null : text(value);
    }

    private static String firstNonBlank(Object... values) {
        for (Object v : values) {
            if (v != null && !text(v).isBlank()) {
                return text(v);
            }
        }
        return null;
    }

    // Custom claims may surface as JSON-P values, whose toString() keeps the quotes.
    private static String text(Object value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
