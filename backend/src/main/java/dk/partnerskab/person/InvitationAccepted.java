package dk.partnerskab.person;

import java.util.UUID;

/**
 * A first login was bound to a person who had been invited by e-mail: from now on the login acts
 * as that person, in every partnership they were invited to.
 */
public record InvitationAccepted(UUID personId, String name, String subject) {}
