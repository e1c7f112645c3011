package dk.partnerskab.partnership.members;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.persistence.PartnershipLocks;
import dk.partnerskab.common.persistence.SoftDeletes;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.dto.MemberInput;
import dk.partnerskab.partnership.dto.MemberPage;
import dk.partnerskab.partnership.dto.MemberUpdate;
import dk.partnerskab.partnership.dto.MemberView;
import dk.partnerskab.person.PersonProfile;
import dk.partnerskab.person.PersonRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who is a member of a partnership, with which role. Members read the list; editors change it. */
@ApplicationScoped
public class MemberService {

    static final String ENTITY = "MEMBER";
    /** Members see each other's e-mail addresses; observers and integrations do not. */
    private static final String EMAIL = "email";

    private final PartnershipMemberRepository members;
    private final PartnershipAccess access;
    private final PersonRegistry people;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final SoftDeletes softDeletes;
    private final PartnershipLocks locks;

    public MemberService(
            PartnershipMemberRepository members,
            PartnershipAccess access,
            PersonRegistry people,
            OrganisationService organisations,
            AuditTrail audit,
            SoftDeletes softDeletes,
            PartnershipLocks locks) {
        this.members = members;
        this.locks = locks;
        this.access = access;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.softDeletes = softDeletes;
    }

    @Transactional
    public MemberPage list(UUID partnershipId, PageRequest page) {
        Membership viewer = access.membership(partnershipId);
        // A partnership has tens of members: its people are paged by name by the person feature.
        List<UUID> everyone = members.personIdsOf(partnershipId);
        List<UUID> onPage = people.byName(everyone, page.offset(), page.size());
        Map<UUID, PartnershipMember> memberships = new HashMap<>();
        members.ofPeople(partnershipId, onPage).forEach(m -> memberships.put(m.personId, m));
        Map<UUID, PersonProfile> profiles = people.profiles(onPage);
        Map<UUID, OrganisationRef> organisationRefs = organisations.refs(
                memberships.values().stream().map(m -> m.organisationId).toList());
        long total = everyone.size();
        List<MemberView> items = onPage.stream()
                .map(person -> {
                    PartnershipMember m = memberships.get(person);
                    return view(m, profiles.get(person), organisationRefs.get(m.organisationId), viewer);
                })
                .toList();
        return page.envelope(items, total, MemberPage::new);
    }

    /**
     * Adds a person by e-mail, inviting them when they have never logged in.
     *
     * @throws ProblemException {@code validation-failed} on {@code email} when already a member
     */
    @Transactional
    public MemberView add(UUID partnershipId, MemberInput input) {
        access.requireEditor(partnershipId);
        OrganisationRef organisation = input.organisationId() == null
                ? null
                : organisations.requireActive(input.organisationId(), "organisationId");
        PersonProfile person = people.findOrInvite(input.email(), input.name());
        if (members.roleOf(person.id(), partnershipId).isPresent()) {
            throw ProblemException.invalid(
                    List.of(new Violation("email", "body", "is already a member of this partnership")));
        }
        PartnershipMember member = new PartnershipMember();
        member.id = UUID.randomUUID();
        member.partnershipId = partnershipId;
        member.personId = person.id();
        member.role = input.role();
        member.organisationId = organisation == null ? null : organisation.id();
        member.keepsSecretariatRights = Boolean.TRUE.equals(input.keepsSecretariatRights());
        members.persist(member);
        members.flush();
        MemberView view = view(member, person, organisation);
        audit.record(
                Audience.PARTICIPANTS,
                partnershipId,
                ENTITY,
                member.id,
                AuditAction.CREATED,
                person.name(),
                null,
                view,
                EMAIL);
        return view;
    }

    @Transactional
    public MemberView update(UUID partnershipId, UUID memberId, long expectedVersion, MemberUpdate input) {
        access.requireEditor(partnershipId);
        PartnershipMember member = require(partnershipId, memberId);
        Preconditions.requireVersion(expectedVersion, member.version);
        PersonProfile person = people.profile(member.personId);
        MemberView before = view(member, person, organisations.ref(member.organisationId));
        OrganisationRef organisation = input.organisationId() == null
                ? null
                : organisations.requireActive(input.organisationId(), "organisationId");
        boolean keeps = Boolean.TRUE.equals(input.keepsSecretariatRights());
        if (member.personId.equals(access.personId())
                && (member.role != input.role() || member.keepsSecretariatRights != keeps)) {
            // Rights are given by someone else: the secretariat cannot make itself chair, nor keep
            // its rights when the chair changes.
            throw new ProblemException(
                    ProblemKey.FORBIDDEN,
                    "Nobody changes their own role or secretariat rights. Ask the chair or another member of the "
                            + "secretariat.");
        }
        if (!isSteward(input.role())) {
            requireAnotherSteward(member);
        }
        member.role = input.role();
        member.organisationId = organisation == null ? null : organisation.id();
        member.keepsSecretariatRights = keeps;
        member.touch();
        members.flush();
        MemberView after = view(member, person, organisation);
        audit.record(
                Audience.PARTICIPANTS,
                partnershipId,
                ENTITY,
                memberId,
                AuditAction.UPDATED,
                person.name(),
                before,
                after,
                EMAIL);
        return after;
    }

    /** Removes softly: the secretariat can restore the membership from the history. */
    @Transactional
    public void remove(UUID partnershipId, UUID memberId, long expectedVersion) {
        access.requireEditor(partnershipId);
        PartnershipMember member = require(partnershipId, memberId);
        Preconditions.requireVersion(expectedVersion, member.version);
        PersonProfile person = people.profile(member.personId);
        requireAnotherSteward(member);
        MemberView before = view(member, person, organisations.ref(member.organisationId));
        member.softDelete();
        audit.record(
                Audience.PARTICIPANTS,
                partnershipId,
                ENTITY,
                memberId,
                AuditAction.DELETED,
                person.name(),
                before,
                null,
                EMAIL);
    }

    /**
     * @throws ProblemException {@code not-found} without such a removed membership,
     *         {@code validation-failed} when the person has been added again meanwhile
     */
    @Transactional
    public MemberView restore(UUID partnershipId, UUID memberId) {
        access.requireEditor(partnershipId);
        UUID personId = softDeletes
                .deletedValue(PartnershipMember.class, memberId, "partnership_id", partnershipId, "person_id")
                .map(UUID.class::cast)
                .orElseThrow(
                        () -> ProblemException.notFound("No removed membership with this id in this partnership."));
        if (members.roleOf(personId, partnershipId).isPresent()) {
            throw ProblemException.invalid(
                    List.of(new Violation("memberId", "path", "the person is a member again already")));
        }
        softDeletes.restore(PartnershipMember.class, memberId, "partnership_id", partnershipId, Map.of());
        PartnershipMember member = require(partnershipId, memberId);
        PersonProfile person = people.profile(member.personId);
        MemberView view = view(member, person, organisations.ref(member.organisationId));
        audit.record(
                Audience.PARTICIPANTS,
                partnershipId,
                ENTITY,
                memberId,
                AuditAction.RESTORED,
                person.name(),
                null,
                view,
                EMAIL);
        return view;
    }

    /** A member to invite to a meeting: the person and the organisation they represent there (or null). */
    public record Invitee(UUID personId, UUID organisationId) {}

    /**
     * The members to invite to a meeting of the partnership.
     *
     * @param group the members of the working group whose meeting it is, or null for a meeting of the
     *              whole partnership; the chair and secretariat who run the group's meetings come too
     */
    public List<Invitee> invitees(UUID partnershipId, java.util.Set<UUID> group) {
        return members.list("partnershipId", partnershipId).stream()
                .filter(m -> group == null || isSteward(m.role) || group.contains(m.personId))
                .map(m -> new Invitee(m.personId, m.organisationId))
                .toList();
    }

    /** The members who represent the organisation in the partnership. */
    public List<UUID> representativesOf(UUID partnershipId, UUID organisationId) {
        return members.list("partnershipId = ?1 and organisationId = ?2", partnershipId, organisationId).stream()
                .map(m -> m.personId)
                .toList();
    }

    /**
     * The partnerships where the person reports figures for an organisation: those where they
     * represent one and are not an observer, with that organisation.
     */
    public Map<UUID, UUID> reportingFor(UUID personId) {
        Map<UUID, UUID> reporting = new HashMap<>();
        members.list("personId = ?1 and organisationId is not null and role <> ?2", personId, MemberRole.OBSERVER)
                .forEach(m -> reporting.put(m.partnershipId, m.organisationId));
        return reporting;
    }

    /**
     * A person's partnerships split by what they see there: as a member (with the organisation they
     * represent, or null) or as an observer.
     */
    public record Standing(Map<UUID, UUID> asMember, java.util.Set<UUID> asObserver) {

        public boolean isEmpty() {
            return asMember.isEmpty() && asObserver.isEmpty();
        }
    }

    public Standing standing(UUID personId) {
        Map<UUID, UUID> asMember = new HashMap<>();
        java.util.Set<UUID> asObserver = new java.util.HashSet<>();
        members.list("personId", personId).forEach(m -> {
            if (m.role == MemberRole.OBSERVER) {
                asObserver.add(m.partnershipId);
            } else {
                asMember.put(m.partnershipId, m.organisationId);
            }
        });
        return new Standing(asMember, asObserver);
    }

    /** Those of {@code personIds} who are members of the partnership in a role other than observer. */
    public java.util.Set<UUID> insidersAmong(UUID partnershipId, java.util.Collection<UUID> personIds) {
        return personIds.isEmpty()
                ? java.util.Set.of()
                : java.util.Set.copyOf(members.getEntityManager()
                        .createQuery(
                                "select m.personId from PartnershipMember m where m.partnershipId = :p and m.personId in :ids "
                                        + "and m.role <> :observer",
                                UUID.class)
                        .setParameter("p", partnershipId)
                        .setParameter("ids", java.util.Set.copyOf(personIds))
                        .setParameter("observer", MemberRole.OBSERVER)
                        .getResultList());
    }

    /** The person's partnerships, each with the organisation they represent there (null for none). */
    public Map<UUID, UUID> representing(UUID personId) {
        Map<UUID, UUID> representing = new HashMap<>();
        members.list("personId", personId).forEach(m -> representing.put(m.partnershipId, m.organisationId));
        return representing;
    }

    /** Those of {@code personIds} who are members of the partnership. */
    public java.util.Set<UUID> membersAmong(UUID partnershipId, java.util.Collection<UUID> personIds) {
        return personIds.isEmpty()
                ? java.util.Set.of()
                : java.util.Set.copyOf(members.getEntityManager()
                        .createQuery(
                                "select m.personId from PartnershipMember m where m.partnershipId = :p and m.personId in :ids",
                                UUID.class)
                        .setParameter("p", partnershipId)
                        .setParameter("ids", java.util.Set.copyOf(personIds))
                        .getResultList());
    }

    private static boolean isSteward(MemberRole role) {
        return role == MemberRole.CHAIR || role == MemberRole.SECRETARIAT;
    }

    /**
     * Someone must keep running the partnership: its members would otherwise be left without anyone
     * but an administrator to call meetings or change the agreement.
     *
     * @throws ProblemException {@code last-steward} when this is the last chair or secretariat member
     */
    /** Counted while no other change of the partnership's stewards runs, so two cannot both leave none. */
    private void requireAnotherSteward(PartnershipMember member) {
        if (isSteward(member.role)) {
            locks.hold(member.partnershipId, "stewards");
        }
        if (isSteward(member.role) && members.otherStewards(member.partnershipId, member.id) == 0) {
            throw new ProblemException(
                    ProblemKey.LAST_STEWARD,
                    "This is the partnership's last chair or secretariat member. Give someone else that role first.");
        }
    }

    private PartnershipMember require(UUID partnershipId, UUID memberId) {
        return members.find("id = ?1 and partnershipId = ?2", memberId, partnershipId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No member with this id in this partnership."));
    }

    private static MemberView view(PartnershipMember m, PersonProfile p, OrganisationRef o) {
        return view(m, p, o, null);
    }

    /** E-mail addresses are for the members: observers see who takes part, not how to reach them. */
    private static MemberView view(PartnershipMember m, PersonProfile p, OrganisationRef o, Membership viewer) {
        boolean withEmail = viewer == null || viewer.insider() || p.id().equals(viewer.personId());
        return new MemberView(
                m.id,
                p.id(),
                p.name(),
                withEmail ? p.email() : null,
                o,
                m.role,
                p.invited(),
                m.keepsSecretariatRights,
                m.version);
    }
}
