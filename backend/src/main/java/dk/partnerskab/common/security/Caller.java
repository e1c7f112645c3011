package dk.partnerskab.common.security;

import java.util.Set;

/**
 * Who is calling, as the verified token says.
 *
 * <p>The name, username, e-mail and organisation fit the columns that keep them, whatever the
 * identity provider let its users type: the name is written into every row the caller changes.
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

    public static final int USERNAME_LENGTH = 255;
    public static final int NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 320;
    public static final int ORGANISATION_LENGTH = 200;

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
