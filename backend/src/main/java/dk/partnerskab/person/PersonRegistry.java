package dk.partnerskab.person;

import dk.partnerskab.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Turns a token into a person row. People are keyed by the token subject; a person invited by
 * e-mail before their first login is bound to the subject the first time a verified token with
 * that e-mail arrives. A person already bound to a login is never taken over by another login with
 * the same e-mail: that one becomes a new person without the e-mail (and without the memberships).
 */
@ApplicationScoped
public class PersonRegistry {

    private static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(5);

    private final PersonRepository people;
    private final Clock clock;
    private final Event<InvitationAccepted> accepted;

    public PersonRegistry(PersonRepository people, Clock clock, Event<InvitationAccepted> accepted) {
        this.people = people;
        this.clock = clock;
        this.accepted = accepted;
    }

    /**
     * Finds or creates the caller's person and refreshes their profile from the token. Runs in its
     * own transaction so that a lost race on first login (two parallel requests) fails only this
     * step, which the caller retries, and never the business transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID resolve(Caller caller) {
        Instant now = clock.instant();
        Person person = people.findBySubject(caller.subject()).orElse(null);
        boolean emailTaken = false;
        if (person == null && caller.email() != null) {
            Person holder = people.findByEmail(caller.email()).orElse(null);
            if (holder != null && holder.subject == null && caller.emailVerified()) {
                holder.subject = caller.subject();
                person = holder;
                accepted.fire(new InvitationAccepted(holder.id, caller.name(), caller.subject()));
            }
            emailTaken = holder != null && person == null;
        }
        if (person == null) {
            person = new Person();
            person.id = UUID.randomUUID();
            person.subject = caller.subject();
            person.email = caller.emailVerified() && !emailTaken ? caller.email() : null;
            person.displayName = caller.name();
            people.persist(person);
        }
        refreshProfile(person, caller, now);
        return person.id;
    }

    /**
     * The person with this e-mail, or a new invited one (no login yet) who is bound to the first
     * login that presents this verified e-mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonProfile findOrInvite(String email, String name) {
        String normalised = email.strip().toLowerCase(java.util.Locale.ROOT);
        return PersonProfile.of(people.findByEmail(normalised).orElseGet(() -> {
            Person person = new Person();
            person.id = UUID.randomUUID();
            person.email = normalised;
            person.displayName = name == null || name.isBlank() ? normalised : name.strip();
            people.persist(person);
            return person;
        }));
    }

    /** The profiles of the given people, in one query. */
    public java.util.Map<UUID, PersonProfile> profiles(java.util.Collection<UUID> ids) {
        java.util.Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        java.util.Map<UUID, PersonProfile> profiles = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            people.list("id in ?1", wanted).forEach(p -> profiles.put(p.id, PersonProfile.of(p)));
        }
        return profiles;
    }

    /** One person's profile, or null when there is no such person. */
    public PersonProfile profile(UUID id) {
        Person person = id == null ? null : people.findById(id);
        return person == null ? null : PersonProfile.of(person);
    }

    /**
     * One page of {@code ids} in the order of the people's names (case-insensitive), so that another
     * feature can page its rows about people by name without reading the people's table.
     */
    public java.util.List<UUID> byName(java.util.Collection<UUID> ids, int offset, int size) {
        return ids.isEmpty()
                ? java.util.List.of()
                : people.getEntityManager()
                        .createQuery(
                                "select p.id from Person p where p.id in :ids order by lower(p.displayName), p.id",
                                UUID.class)
                        .setParameter("ids", java.util.Set.copyOf(ids))
                        .setFirstResult(offset)
                        .setMaxResults(size)
                        .getResultList();
    }

    /** The display names of the given people, in one query, in the order of the names. */
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        java.util.Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
        if (!wanted.isEmpty()) {
            people.list("id in ?1 order by displayName, id", wanted).forEach(p -> names.put(p.id, p.displayName));
        }
        return names;
    }

    private void refreshProfile(Person person, Caller caller, Instant now) {
        if (!Objects.equals(person.displayName, caller.name())) {
            person.displayName = caller.name();
        }
        if (!Objects.equals(person.username, caller.username())) {
            person.username = caller.username();
        }
        if (caller.organisation() != null && !Objects.equals(person.organisation, caller.organisation())) {
            person.organisation = caller.organisation();
        }
        if (person.lastSeenAt == null || person.lastSeenAt.isBefore(now.minus(LAST_SEEN_RESOLUTION))) {
            person.lastSeenAt = now;
        }
    }
}
