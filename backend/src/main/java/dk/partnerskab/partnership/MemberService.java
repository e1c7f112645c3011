package dk.partnerskab.partnership;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.organisation.Organisation;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.dto.MemberInput;
import dk.partnerskab.partnership.dto.MemberPage;
import dk.partnerskab.partnership.dto.MemberUpdate;
import dk.partnerskab.partnership.dto.MemberView;
import dk.partnerskab.person.Person;
import dk.partnerskab.person.PersonRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Who is a member of a partnership, with which role. Members read the list; editors change it. */
@ApplicationScoped
public class MemberService {

    static final String ENTITY = "MEMBER";

    private final PartnershipMemberRepository members;
    private final PartnershipAccess access;
    private final PersonRegistry people;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    public MemberService(PartnershipMemberRepository members, PartnershipAccess access, PersonRegistry people,
                         OrganisationService organisations, AuditTrail audit, Clock clock) {
        this.members = members;
        this.access = access;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MemberPage list(UUID partnershipId, PageRequest page) {
        access.requireVisible(partnershipId);
        long total = members.count("partnershipId", partnershipId);
        List<MemberView> items = members.pageWithPeople(partnershipId, page).stream()
                .map(row -> view((PartnershipMember) row[0], (Person) row[1], (Organisation) row[2]))
                .toList();
        return new MemberPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /**
     * Adds a person by e-mail, inviting them when they have never logged in.
     *
     * @throws ProblemException {@code validation-failed} on {@code email} when already a member
     */
    @Transactional
    public MemberView add(UUID partnershipId, MemberInput input) {
        access.requireEditor(partnershipId);
        Organisation organisation = input.organisationId() == null ? null
                : organisations.requireActive(input.organisationId(), "organisationId");
        Person person = people.findOrInvite(input.email(), input.name());
        if (members.roleOf(person.id, partnershipId).isPresent()) {
            throw ProblemException.invalid(List.of(new Violation("email", "body", "is already a member of this partnership")));
        }
        PartnershipMember member = new PartnershipMember();
        member.id = UUID.randomUUID();
        member.partnershipId = partnershipId;
        member.personId = person.id;
        member.role = input.role();
        member.organisationId = organisation == null ? null : organisation.id;
        member.keepsSecretariatRights = Boolean.TRUE.equals(input.keepsSecretariatRights());
        member.createdAt = clock.instant();
        member.updatedAt = member.createdAt;
        members.persist(member);
        members.flush();
        MemberView view = view(member, person, organisation);
        audit.record(partnershipId, ENTITY, member.id, AuditAction.CREATED, person.displayName, null, view);
        return view;
    }

    @Transactional
    public MemberView update(UUID partnershipId, UUID memberId, long expectedVersion, MemberUpdate input) {
        access.requireEditor(partnershipId);
        PartnershipMember member = require(partnershipId, memberId);
        Preconditions.requireVersion(expectedVersion, member.version);
        Person person = members.getEntityManager().find(Person.class, member.personId);
        MemberView before = view(member, person, organisations.find(member.organisationId));
        Organisation organisation = input.organisationId() == null ? null
                : organisations.requireActive(input.organisationId(), "organisationId");
        if (!isSteward(input.role())) {
            requireAnotherSteward(member);
        }
        member.role = input.role();
        member.organisationId = organisation == null ? null : organisation.id;
        member.keepsSecretariatRights = Boolean.TRUE.equals(input.keepsSecretariatRights());
        member.updatedAt = clock.instant();
        members.flush();
        MemberView after = view(member, person, organisation);
        audit.record(partnershipId, ENTITY, memberId, AuditAction.UPDATED, person.displayName, before, after);
        return after;
    }

    /** Removes softly: the secretariat can restore the membership from the history. */
    @Transactional
    public void remove(UUID partnershipId, UUID memberId, long expectedVersion) {
        access.requireEditor(partnershipId);
        PartnershipMember member = require(partnershipId, memberId);
        Preconditions.requireVersion(expectedVersion, member.version);
        Person person = members.getEntityManager().find(Person.class, member.personId);
        requireAnotherSteward(member);
        MemberView before = view(member, person, organisations.find(member.organisationId));
        member.deletedAt = clock.instant();
        member.updatedAt = member.deletedAt;
        audit.record(partnershipId, ENTITY, memberId, AuditAction.DELETED, person.displayName, before, null);
    }

    /**
     * @throws ProblemException {@code not-found} without such a removed membership,
     *         {@code validation-failed} when the person has been added again meanwhile
     */
    @Transactional
    public MemberView restore(UUID partnershipId, UUID memberId) {
        access.requireEditor(partnershipId);
        UUID personId = members.removedPerson(partnershipId, memberId)
                .orElseThrow(() -> ProblemException.notFound("No removed membership with this id in this partnership."));
        if (members.roleOf(personId, partnershipId).isPresent()) {
            throw ProblemException.invalid(List.of(new Violation("memberId", "path", "the person is a member again already")));
        }
        members.undelete(memberId);
        members.getEntityManager().clear();
        PartnershipMember member = require(partnershipId, memberId);
        Person person = members.getEntityManager().find(Person.class, member.personId);
        MemberView view = view(member, person, organisations.find(member.organisationId));
        audit.record(partnershipId, ENTITY, memberId, AuditAction.RESTORED, person.displayName, null, view);
        return view;
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
    private void requireAnotherSteward(PartnershipMember member) {
        if (isSteward(member.role) && members.otherStewards(member.partnershipId, member.id) == 0) {
            throw new ProblemException(ProblemKey.LAST_STEWARD,
                    "This is the partnership's last chair or secretariat member. Give someone else that role first.");
        }
    }

    private PartnershipMember require(UUID partnershipId, UUID memberId) {
        return members.find("id = ?1 and partnershipId = ?2", memberId, partnershipId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No member with this id in this partnership."));
    }

    private static MemberView view(PartnershipMember m, Person p, Organisation o) {
        return new MemberView(m.id, p.id, p.displayName, p.email, o == null ? null : OrganisationRef.of(o), m.role,
                p.subject == null, m.keepsSecretariatRights, m.version);
    }
}
