package dk.partnerskab.indicator;

import dk.partnerskab.indicator.dto.AreaView;
import dk.partnerskab.indicator.dto.ReportingDue;
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
    private final Clock clock;

    public ReportingService(EntityManager em, CurrentPerson me, Clock clock) {
        this.em = em;
        this.me = me;
        this.clock = clock;
    }

    /** The latest finished period of a frequency: last month, last quarter or last year. */
    static Period due(Frequency frequency, LocalDate today) {
        Period current = Period.month(today.getYear(), today.getMonthValue());
        Period now = frequency == Frequency.MONTH ? current : current.within(frequency);
        return now.ordinal() == 0 ? now : previous(now);
    }

    private static Period previous(Period p) {
        return p.index() == 1 ? new Period(p.frequency(), p.year() - 1, p.frequency().perYear()) : new Period(p.frequency(), p.year(), p.index() - 1);
    }

    /**
     * Indicators of the caller's partnerships owned by the organisation they represent there,
     * with the areas that have no value for the latest finished period; observers owe nothing.
     */
    @Transactional
    public List<ReportingDue> mine() {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.partnership_id, p.name, i.id, i.code, i.name, i.frequency, a.id, a.name "
                        + "from indicator i join partnership p on p.id = i.partnership_id "
                        + "join partnership_member pm on pm.partnership_id = i.partnership_id and pm.organisation_id = i.owner_organisation_id "
                        + "and pm.person_id = :me and pm.deleted_at is null and pm.role <> 'OBSERVER' "
                        + "join indicator_area a on a.indicator_id = i.id "
                        + "where i.deleted_at is null and not exists (select 1 from measurement m where m.area_id = a.id "
                        + "and m.period = case i.frequency when 'MONTH' then :month when 'QUARTER' then :quarter else :year end) "
                        + "order by p.name, lower(i.code), a.position")
                .setParameter("me", me.id())
                .setParameter("month", due(Frequency.MONTH, today).toString())
                .setParameter("quarter", due(Frequency.QUARTER, today).toString())
                .setParameter("year", due(Frequency.YEAR, today).toString())
                .setMaxResults(MAX * 10).getResultList();
        Map<UUID, ReportingDue> due = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID indicator = (UUID) r[2];
            ReportingDue entry = due.computeIfAbsent(indicator, id -> new ReportingDue((UUID) r[0], (String) r[1], id, (String) r[3],
                    (String) r[4], due(Frequency.valueOf((String) r[5]), today).toString(), new ArrayList<>()));
            entry.missingAreas().add(new AreaView((UUID) r[6], (String) r[7]));
        }
        return due.values().stream().limit(MAX).toList();
    }
}
