package dk.partnerskab.indicator;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.indicator.dto.MeasurementInput;
import dk.partnerskab.indicator.dto.MeasurementRevisionView;
import dk.partnerskab.indicator.dto.MeasurementView;
import dk.partnerskab.indicator.dto.SeriesView;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Values of indicators: entering and correcting them, their history, and series for charts and tables. */
@ApplicationScoped
public class MeasurementService {

    /** A value more than this many times the median of the area's recent values asks for confirmation. */
    static final int OUTLIER_FACTOR = 5;
    /** How many of the area's latest values make "recent". */
    static final int RECENT = 12;

    private final EntityManager em;
    private final IndicatorService indicators;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public MeasurementService(
            EntityManager em, IndicatorService indicators, PartnershipAccess access, AuditTrail audit, Clock clock) {
        this.em = em;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What {@link #record} did: created a value, corrected one, or found it unchanged. */
    public enum Outcome {
        CREATED,
        CORRECTED,
        UNCHANGED
    }

    public record Recorded(MeasurementView measurement, Outcome outcome) {}

    /**
     * Enters one value; the same period and area again corrects it, keeping the old value.
     *
     * @throws ProblemException {@code forbidden} unless the caller reports for the indicator;
     *         {@code validation-failed} on {@code period}, {@code areaId} or {@code value};
     *         {@code confirmation-required} when the value is far above the area's recent ones
     */
    @Transactional
    public Recorded record(UUID partnershipId, UUID indicatorId, MeasurementInput input) {
        Membership viewer = access.membership(partnershipId);
        Indicator indicator = indicators.require(partnershipId, indicatorId);
        if (!IndicatorService.canReport(viewer, indicator)) {
            throw new ProblemException(
                    ProblemKey.FORBIDDEN,
                    "Values are entered by the secretariat and by members from the "
                            + "organisation that owns the indicator.");
        }
        Period period = check(indicator, input);
        Optional<Measurement> existing = em.createQuery(
                        "select m from Measurement m where m.indicatorId = :i and m.areaId = :a " + "and m.period = :p",
                        Measurement.class)
                .setParameter("i", indicatorId)
                .setParameter("a", input.areaId())
                .setParameter("p", period.toString())
                .getResultStream()
                .findFirst();
        if (!Boolean.TRUE.equals(input.confirmed())) {
            requirePlausible(indicator, input.areaId(), period, input.value());
        }
        String source = Text.blankToNull(input.source());
        String note = Text.blankToNull(input.note());
        Instant now = clock.instant();
        if (existing.isPresent()) {
            Measurement m = existing.get();
            if (m.value.compareTo(input.value()) == 0
                    && java.util.Objects.equals(m.source, source)
                    && java.util.Objects.equals(m.note, note)) {
                return new Recorded(view(m, revisions(List.of(m.id)).getOrDefault(m.id, 0)), Outcome.UNCHANGED);
            }
            em.createNativeQuery(
                            "insert into measurement_revision (id, measurement_id, old_value, old_source, old_note, "
                                    + "old_entered_at, old_entered_by, revised_at, revised_by) values (:id, :m, :v, :s, :n, :at, :by, :now, :me)")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("m", m.id)
                    .setParameter("v", m.value)
                    .setParameter("s", m.source)
                    .setParameter("n", m.note)
                    .setParameter("at", Timestamp.from(m.enteredAt))
                    .setParameter("by", m.enteredBy)
                    .setParameter("now", Timestamp.from(now))
                    .setParameter("me", access.actorName())
                    .executeUpdate();
            Map<String, Object> before = fields(m);
            m.value = input.value();
            m.source = source;
            m.note = note;
            m.enteredAt = now;
            m.enteredBy = access.actorName();
            em.flush();
            audit.record(
                    partnershipId,
                    "MEASUREMENT",
                    m.id,
                    AuditAction.UPDATED,
                    indicator.code + " " + m.period,
                    before,
                    fields(m));
            return new Recorded(view(m, revisions(List.of(m.id)).getOrDefault(m.id, 0)), Outcome.CORRECTED);
        }
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.indicatorId = indicatorId;
        m.areaId = input.areaId();
        m.period = period.toString();
        m.periodStart = period.start();
        m.value = input.value();
        m.source = source;
        m.note = note;
        m.enteredAt = now;
        m.enteredBy = access.actorName();
        em.persist(m);
        em.flush();
        audit.record(
                partnershipId,
                "MEASUREMENT",
                m.id,
                AuditAction.CREATED,
                indicator.code + " " + m.period,
                null,
                fields(m));
        return new Recorded(view(m, 0), Outcome.CREATED);
    }

    /** The earlier values of one period and area, newest correction first. */
    @Transactional
    public List<MeasurementRevisionView> revisions(UUID partnershipId, UUID indicatorId, UUID measurementId) {
        access.membership(partnershipId);
        indicators.require(partnershipId, indicatorId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select r.old_value, r.old_source, r.old_note, r.old_entered_at, r.old_entered_by, "
                                + "r.revised_at, r.revised_by from measurement_revision r join measurement m on m.id = r.measurement_id "
                                + "where r.measurement_id = :m and m.indicator_id = :i order by r.revised_at desc")
                .setParameter("m", measurementId)
                .setParameter("i", indicatorId)
                .getResultList();
        return rows.stream()
                .map(r -> new MeasurementRevisionView(
                        Aggregator.plain((BigDecimal) r[0]),
                        (String) r[1],
                        (String) r[2],
                        time(r[3]),
                        (String) r[4],
                        time(r[5]),
                        (String) r[6]))
                .toList();
    }

    /**
     * The values with who entered them, newest period first, for the table under a chart; by
     * default from two years back to next year.
     *
     * @throws ProblemException {@code validation-failed} on {@code from} or {@code to} when not a period of the indicator
     */
    @Transactional
    public List<MeasurementView> values(UUID partnershipId, UUID indicatorId, String fromText, String toText) {
        access.membership(partnershipId);
        Indicator indicator = indicators.require(partnershipId, indicatorId);
        int year = LocalDate.now(clock).getYear();
        Period from = Optional.ofNullable(period(fromText, indicator.frequency, "from"))
                .orElse(Period.year(year - 2).firstOf(indicator.frequency));
        Period to = Optional.ofNullable(period(toText, indicator.frequency, "to"))
                .orElse(Period.year(year + 1).firstOf(indicator.frequency));
        List<Measurement> rows = em.createQuery(
                        "select m from Measurement m where m.indicatorId = :i and m.periodStart >= :from "
                                + "and m.periodStart <= :to order by m.periodStart desc, m.areaId",
                        Measurement.class)
                .setParameter("i", indicatorId)
                .setParameter("from", from.start())
                .setParameter("to", to.start())
                .setMaxResults(5000)
                .getResultList();
        Map<UUID, Integer> counts = revisions(rows.stream().map(m -> m.id).toList());
        return rows.stream().map(m -> view(m, counts.getOrDefault(m.id, 0))).toList();
    }

    /**
     * The series per area and in total, at the indicator's frequency or added up to a coarser one.
     *
     * @throws ProblemException {@code validation-failed} on {@code aggregate} when it is finer than the indicator
     */
    @Transactional
    public SeriesView series(
            UUID partnershipId, UUID indicatorId, Frequency aggregate, String fromText, String toText) {
        access.membership(partnershipId);
        Indicator indicator = indicators.require(partnershipId, indicatorId);
        Period from = period(fromText, indicator.frequency, "from");
        Period to = period(toText, indicator.frequency, "to");
        Frequency target = aggregate == null ? indicator.frequency : aggregate;
        if (!indicator.frequency.aggregatesTo(target)) {
            throw ProblemException.invalid(List.of(new Violation(
                    "aggregate", "query", "must be " + indicator.frequency + " or coarser for this indicator")));
        }
        List<IndicatorArea> areas = indicators.areasOf(List.of(indicatorId)).getOrDefault(indicatorId, List.of());
        StringBuilder sql = new StringBuilder("select area_id, period, value from measurement where indicator_id = :i");
        if (from != null) {
            sql.append(" and period_start >= :from");
        }
        if (to != null) {
            sql.append(" and period_start <= :to");
        }
        var query = em.createNativeQuery(
                        sql.append(" order by period_start, area_id").toString())
                .setParameter("i", indicatorId);
        if (from != null) {
            query.setParameter("from", from.start());
        }
        if (to != null) {
            query.setParameter("to", to.start());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Map<Period, BigDecimal>> byArea = new LinkedHashMap<>();
        Map<Period, List<BigDecimal>> byPeriod = new TreeMap<>();
        for (Object[] r : rows) {
            Period p = Period.parse((String) r[1], indicator.frequency).orElseThrow();
            byArea.computeIfAbsent((UUID) r[0], k -> new TreeMap<>()).put(p, (BigDecimal) r[2]);
            byPeriod.computeIfAbsent(p, k -> new ArrayList<>()).add((BigDecimal) r[2]);
        }
        List<SeriesView.AreaSeries> perArea = new ArrayList<>();
        for (IndicatorArea area : areas) {
            perArea.add(new SeriesView.AreaSeries(
                    area.id,
                    area.name,
                    points(byArea.getOrDefault(area.id, Map.of()), indicator.aggregation, target, null)));
        }
        // The total of a period is complete when every area has a value in it.
        Map<Period, BigDecimal> totals = new TreeMap<>();
        Map<Period, Boolean> allAreas = new HashMap<>();
        byPeriod.forEach((p, values) -> {
            totals.put(p, Aggregator.acrossAreas(values, indicator.aggregation));
            allAreas.put(p, values.size() == areas.size());
        });
        return new SeriesView(
                target,
                perArea,
                points(totals, indicator.aggregation, target, allAreas),
                IndicatorService.plain(indicator.baselineValue),
                indicator.baselinePeriod,
                IndicatorService.plain(indicator.targetValue),
                indicator.targetPeriod);
    }

    /** A query parameter's period in the indicator's frequency, or null when not given. */
    private static Period period(String raw, Frequency frequency, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Period.parse(raw, frequency)
                .orElseThrow(() -> ProblemException.invalid(List.of(new Violation(
                        name, "query", "must be a period such as " + IndicatorService.example(frequency)))));
    }

    private static List<SeriesView.Point> points(
            Map<Period, BigDecimal> values, Aggregation aggregation, Frequency target, Map<Period, Boolean> allAreas) {
        List<SeriesView.Point> points = new ArrayList<>();
        for (Aggregator.Point p : Aggregator.aggregate(values, aggregation, target)) {
            boolean areasComplete = allAreas == null
                    || values.keySet().stream()
                            .filter(k -> k.within(target).equals(p.period()))
                            .allMatch(k -> allAreas.getOrDefault(k, false));
            points.add(new SeriesView.Point(p.period().toString(), p.value(), p.complete() && areasComplete));
        }
        return points;
    }

    private Period check(Indicator indicator, MeasurementInput input) {
        List<Violation> violations = new ArrayList<>();
        Optional<Period> period = Period.parse(input.period(), indicator.frequency);
        if (period.isEmpty()) {
            violations.add(new Violation(
                    "period",
                    "body",
                    "must be a period of this " + indicator.frequency.name().toLowerCase() + "ly indicator, such as "
                            + IndicatorService.example(indicator.frequency)));
        }
        boolean area = !em.createQuery("select a.id from IndicatorArea a where a.id = :a and a.indicatorId = :i")
                .setParameter("a", input.areaId())
                .setParameter("i", indicator.id)
                .getResultList()
                .isEmpty();
        if (!area) {
            violations.add(new Violation("areaId", "body", "must be one of the indicator's areas"));
        }
        if (!indicator.allowNegative && input.value().signum() < 0) {
            violations.add(new Violation("value", "body", "must not be negative for " + indicator.unit));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return period.get();
    }

    /**
     * A value far above the area's recent ones is more often a typing error (an extra zero) than
     * news; the caller confirms it to store it.
     */
    private void requirePlausible(Indicator indicator, UUID areaId, Period period, BigDecimal value) {
        @SuppressWarnings("unchecked")
        List<BigDecimal> recent = em.createNativeQuery(
                        "select value from measurement where indicator_id = :i and area_id = :a "
                                + "and period <> :p order by period_start desc")
                .setParameter("i", indicator.id)
                .setParameter("a", areaId)
                .setParameter("p", period.toString())
                .setMaxResults(RECENT)
                .getResultList();
        if (recent.size() < 3) {
            return;
        }
        List<BigDecimal> sorted = recent.stream().sorted().toList();
        BigDecimal median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : sorted.get(sorted.size() / 2 - 1)
                        .add(sorted.get(sorted.size() / 2))
                        .divide(BigDecimal.valueOf(2));
        if (median.signum() > 0 && value.compareTo(median.multiply(BigDecimal.valueOf(OUTLIER_FACTOR))) > 0) {
            throw new ProblemException(
                    ProblemKey.CONFIRMATION_REQUIRED,
                    "The value " + value.toPlainString() + " is more than "
                            + OUTLIER_FACTOR + " times the median ("
                            + Aggregator.plain(median).toPlainString() + ") of the area's latest "
                            + recent.size()
                            + " values. Check it, and send it again with confirmed: true if it is right.");
        }
    }

    private Map<UUID, Integer> revisions(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select measurement_id, count(*) from measurement_revision "
                        + "where measurement_id = any(:ids) group by measurement_id")
                .setParameter("ids", ids.toArray(new UUID[0]))
                .getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    private MeasurementView view(Measurement m, int revisions) {
        return new MeasurementView(
                m.id,
                m.areaId,
                m.period,
                Aggregator.plain(m.value),
                m.source,
                m.note,
                time(m.enteredAt),
                m.enteredBy,
                revisions);
    }

    private static Map<String, Object> fields(Measurement m) {
        Map<String, Object> f = new HashMap<>();
        f.put("areaId", m.areaId);
        f.put("period", m.period);
        f.put("value", m.value);
        f.put("source", m.source);
        f.put("note", m.note);
        return f;
    }

    private OffsetDateTime time(Object value) {
        return DbTimes.at(value, clock.getZone());
    }
}
