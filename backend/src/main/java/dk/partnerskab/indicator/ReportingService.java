package dk.partnerskab.indicator;

import dk.partnerskab.indicator.dto.AreaView;
import dk.partnerskab.indicator.dto.ReportingDue;
import dk.partnerskab.partnership.PartnershipService;
import dk.partnerskab.partnership.members.MemberService;
import dk.partnerskab.person.CurrentPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** "My reporting": what the caller's organisations owe for the latest finished period. */
@ApplicationScoped
public class ReportingService {

    static final int MAX = 500;

    private final EntityManager em;
    private final CurrentPerson me;
    private final MemberService members;
    private final PartnershipService partnerships;
    private final Clock clock;

    public ReportingService(
            EntityManager em, CurrentPerson me, MemberService members, PartnershipService partnerships, Clock clock) {
        this.em = em;
        this.me = me;
        this.members = members;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** The latest finished period of a frequency: last month, last quarter or last year. */
    static Period due(Frequency frequency, LocalDate today) {
        Period current = Period.month(today.getYear(), today.getMonthValue());
        Period now = frequency == Frequency.MONTH ? current : current.within(frequency);
        return now.ordinal() == 0 ? now : previous(now);
    }

    private static Period previous(Period p) {
        return p.index() == 1
                ? new Period(p.frequency(), p.year() - 1, p.frequency().perYear())
                : new Period(p.frequency(), p.year(), p.index() - 1);
    }

    /**
     * Indicators of the caller's partnerships owned by the organisation they represent there,
     * with the areas that have no value for the latest finished period; observers owe nothing.
     */
    @Transactional
    public List<ReportingDue> mine() {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, UUID> owing = members.reportingFor(me.id());
        if (owing.isEmpty()) {
            return List.of();
        }
        StringBuilder mine = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        owing.forEach((partnership, organisation) -> {
            mine.append(mine.isEmpty() ? "" : " or ")
                    .append("(i.partnership_id = ?")
                    .append(parameters.size() + 4)
                    .append(" and i.owner_organisation_id = ?")
                    .append(parameters.size() + 5)
                    .append(')');
            parameters.add(partnership);
            parameters.add(organisation);
        });
        var query = em.createNativeQuery("select i.partnership_id, i.id, i.code, i.name, i.frequency, a.id, a.name "
                        + "from indicator i join indicator_area a on a.indicator_id = i.id "
                        + "where i.deleted_at is null and (" + mine
                        + ") and not exists (select 1 from measurement m where m.area_id = a.id "
                        + "and m.period = case i.frequency when 'MONTH' then ?1 when 'QUARTER' then ?2 else ?3 end) "
                        + "order by lower(i.code), a.position")
                .setParameter(1, due(Frequency.MONTH, today).toString())
                .setParameter(2, due(Frequency.QUARTER, today).toString())
                .setParameter(3, due(Frequency.YEAR, today).toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 4, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(MAX * 10).getResultList();
        // By partnership name, as the partnership feature orders them, then by code and area.
        Map<UUID, String> names = partnerships.names(owing.keySet());
        List<UUID> byName = partnerships.byName(owing.keySet());
        List<Object[]> ordered = rows.stream()
                .sorted(java.util.Comparator.comparingInt(r -> byName.indexOf((UUID) r[0])))
                .toList();
        Map<UUID, ReportingDue> due = new LinkedHashMap<>();
        for (Object[] r : ordered) {
            UUID indicator = (UUID) r[1];
            ReportingDue entry = due.computeIfAbsent(
                    indicator,
                    id -> new ReportingDue(
                            (UUID) r[0],
                            names.get((UUID) r[0]),
                            id,
                            (String) r[2],
                            (String) r[3],
                            due(Frequency.valueOf((String) r[4]), today).toString(),
                            new ArrayList<>()));
            entry.missingAreas().add(new AreaView((UUID) r[5], (String) r[6]));
        }
        return due.values().stream().limit(MAX).toList();
    }
}
