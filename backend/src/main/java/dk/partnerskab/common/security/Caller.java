package dk.partnerskab.common.security;

import java.util.Set;

/**
 * Who is calling, as the verified token says.
 *
 * @param subject the token's {@code sub}, the stable key of a person
 * @param emailVerified whether the identity provider vouches for {@code email}; only then may it
 *                      bind an invited person to this subject
 */
public record Caller(
        String subject,
        String username,
        String name,
        String email,
        boolean emailVerified,
        String organisation,
        Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
