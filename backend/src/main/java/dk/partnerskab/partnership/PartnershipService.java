package dk.partnerskab.partnership;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.dto.ChairPeriodView;
import dk.partnerskab.partnership.dto.FocusAreaView;
import dk.partnerskab.partnership.dto.MembershipView;
import dk.partnerskab.partnership.dto.MilestoneView;
import dk.partnerskab.partnership.dto.PartnershipPage;
import dk.partnerskab.partnership.dto.PartnershipSummary;
import dk.partnerskab.partnership.dto.PartnershipView;
import dk.partnerskab.partnership.dto.PartyView;
import dk.partnerskab.partnership.dto.SignatoryView;
import dk.partnerskab.partnership.dto.TermView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads partnerships for the caller, within what {@link PartnershipAccess} lets them see. */
@ApplicationScoped
public class PartnershipService {

    public static final Set<String> SORTS = PartnershipRepository.SORTS.keySet();

    private final PartnershipRepository partnerships;
    private final PartnershipMemberRepository members;
    private final PartnershipAccess access;
    private final Clock clock;

    public PartnershipService(PartnershipRepository partnerships, PartnershipMemberRepository members,
                              PartnershipAccess access, Clock clock) {
        this.partnerships = partnerships;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One page of the partnerships the caller may see. The page's terms, roles and parties are
     * read with one query each, whatever the page size.
     */
    @Transactional
    public PartnershipPage list(PartnershipFilter filter, PageRequest page) {
        UUID member = access.restrictingMember();
        long total = partnerships.count(filter, member);
        List<Partnership> rows = total == 0 ? List.of() : partnerships.page(filter, member, page);
        List<UUID> ids = rows.stream().map(p -> p.id).toList();

        LocalDate today = LocalDate.now(clock);
        Map<UUID, TermView> currentTerms = new HashMap<>();
        Map<UUID, List<String>> partyNames = new HashMap<>();
        Map<UUID, MemberRole> roles = Map.of();
        if (!ids.isEmpty()) {
            partnerships.termsOf(ids).stream().filter(t -> t.covers(today))
                    .forEach(t -> currentTerms.put(t.partnership.id, TermView.of(t)));
            partnerships.partiesOf(ids).forEach(p -> partyNames
                    .computeIfAbsent(p.partnership.id, k -> new ArrayList<>()).add(p.organisation.name));
            roles = members.rolesOf(access.personId(), ids);
        }
        List<PartnershipSummary> items = new ArrayList<>(rows.size());
        for (Partnership p : rows) {
            items.add(new PartnershipSummary(p.id, p.name, p.description, p.status, currentTerms.get(p.id),
                    roles.get(p.id), partyNames.getOrDefault(p.id, List.of())));
        }
        return new PartnershipPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /**
     * The whole partnership.
     *
     * @throws dk.partnerskab.common.problem.ProblemException {@code not-found} when it does not
     *         exist or the caller may not see it
     */
    @Transactional
    public PartnershipView get(UUID id) {
        MemberRole role = access.requireVisible(id).orElse(null);
        Partnership p = partnerships.findByIdOptional(id).orElseThrow(PartnershipAccess::notFound);

        List<Party> parties = partnerships.partiesOf(List.of(id));
        Map<UUID, List<SignatoryView>> signatories = partnerships.signatoriesOf(id).stream()
                .collect(Collectors.groupingBy(s -> s.party.id, Collectors.mapping(
                        s -> new SignatoryView(s.name, s.title, s.termId), Collectors.toList())));
        List<PartyView> partyViews = parties.stream()
                .map(party -> new PartyView(OrganisationRef.of(party.organisation),
                        signatories.getOrDefault(party.id, List.of())))
                .toList();

        return new PartnershipView(p.id, p.name, p.description, p.status, p.minMeetingsPerYear,
                p.rulesOfProcedure, p.economyNotes, List.copyOf(p.purposes), List.copyOf(p.principles), partyViews,
                partnerships.termsOf(List.of(id)).stream().map(TermView::of).toList(),
                partnerships.chairPeriodsOf(id).stream().map(ChairPeriodView::of).toList(),
                partnerships.focusAreasOf(id).stream().map(FocusAreaView::of).toList(),
                partnerships.milestonesOf(id).stream().map(MilestoneView::of).toList(),
                role, p.version);
    }

    /** The partnerships a person is a member of, with their role, by name. */
    @Transactional
    public List<MembershipView> membershipsOf(UUID personId) {
        return members.membershipsOf(personId).stream()
                .map(row -> new MembershipView((UUID) row[0], (String) row[1], (MemberRole) row[2]))
                .toList();
    }
}
