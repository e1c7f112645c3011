package dk.partnerskab.indicator;

import dk.partnerskab.indicator.dto.AreaView;
import dk.partnerskab.indicator.dto.ReportingDue;
import dk.partnerskab.partnership.PartnershipService;
import dk.partnerskab.partnership.members.MemberService;
import dk.partnerskab.person.CurrentPerson;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final IndicatorRepository repository;
    private final CurrentPerson me;
    private final MemberService members;
    private final PartnershipService partnerships;
    private final Clock clock;

    public ReportingService(
            IndicatorRepository repository,
            CurrentPerson me,
            MemberService members,
            PartnershipService partnerships,
            Clock clock) {
        this.repository = repository;
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
        List<IndicatorRepository.MissingArea> rows = repository.missingAreas(
                owing,
                due(Frequency.MONTH, today).toString(),
                due(Frequency.QUARTER, today).toString(),
                due(Frequency.YEAR, today).toString(),
                MAX * 10);
        // By partnership name, as the partnership feature orders them, then by code and area.
        Map<UUID, String> names = partnerships.names(owing.keySet());
        List<UUID> byName = partnerships.byName(owing.keySet());
        List<IndicatorRepository.MissingArea> ordered = rows.stream()
                .sorted(java.util.Comparator.comparingInt(r -> byName.indexOf(r.partnershipId())))
                .toList();
        Map<UUID, ReportingDue> due = new LinkedHashMap<>();
        for (IndicatorRepository.MissingArea r : ordered) {
            ReportingDue entry = due.computeIfAbsent(
                    r.indicatorId(),
                    id -> new ReportingDue(
                            r.partnershipId(),
                            names.get(r.partnershipId()),
                            id,
                            r.code(),
                            r.name(),
                            due(r.frequency(), today).toString(),
                            new ArrayList<>()));
            entry.missingAreas().add(new AreaView(r.areaId(), r.areaName()));
        }
        return due.values().stream().limit(MAX).toList();
    }
}
