package dk.partnerskab.indicator;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
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
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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

    private final MeasurementRepository measurements;
    private final IndicatorAreaRepository indicatorAreas;
    private final IndicatorService indicators;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public MeasurementService(
            MeasurementRepository measurements,
            IndicatorAreaRepository indicatorAreas,
            IndicatorService indicators,
            PartnershipAccess access,
            AuditTrail audit,
            Clock clock) {
        this.measurements = measurements;
        this.indicatorAreas = indicatorAreas;
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
     *         {@code confirmation-required} when the value is far above the area's recent ones;
     *         {@code precondition-required} or {@code version-mismatch} when correcting a value
     *         without the version it is based on, or with an older one
     */
    @Transactional
    public Recorded record(UUID partnershipId, UUID indicatorId, MeasurementInput input, String ifMatch) {
        Membership viewer = access.membership(partnershipId);
        Indicator indicator = indicators.require(partnershipId, indicatorId);
        if (!IndicatorService.canReport(viewer, indicator)) {
            throw new ProblemException(
                    ProblemKey.FORBIDDEN,
                    "Values are entered by the secretariat and by members from the "
                            + "organisation that owns the indicator.");
        }
        List<Violation> violations = violations(indicator, input);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Period period = Period.parse(input.period(), indicator.frequency).orElseThrow();
        Optional<Measurement> existing = measurements.findInPeriod(indicatorId, input.areaId(), period.toString());
        if (!Boolean.TRUE.equals(input.confirmed())) {
            Optional<String> doubt = implausible(indicator, input.areaId(), period, input.value());
            if (doubt.isPresent()) {
                throw new ProblemException(ProblemKey.CONFIRMATION_REQUIRED, doubt.get());
            }
        }
        if (existing.isPresent()) {
            // A correction is based on the value the user saw, like every other change.
            Preconditions.requireVersion(Preconditions.expectedVersion(ifMatch), existing.get().version);
        }
        return write(partnershipId, indicator, period, input, existing.orElse(null));
    }

    /**
     * Stores one checked value: a new one, or a correction of {@code existing} that keeps the old
     * value as a revision; both audited. Shared by single entry and a period's values at once, so
     * that a value has the same history however it was entered.
     */
    Recorded write(
            UUID partnershipId, Indicator indicator, Period period, MeasurementInput input, Measurement existing) {
        String source = Text.blankToNull(input.source());
        String note = Text.blankToNull(input.note());
        Instant now = clock.instant();
        if (existing != null) {
            Measurement m = existing;
            if (m.value.compareTo(input.value()) == 0
                    && java.util.Objects.equals(m.source, source)
                    && java.util.Objects.equals(m.note, note)) {
                return new Recorded(view(m, revisions(List.of(m.id)).getOrDefault(m.id, 0)), Outcome.UNCHANGED);
            }
            measurements.keepRevision(m, now, access.actorName());
            Map<String, Object> before = fields(m);
            m.value = input.value();
            m.source = source;
            m.note = note;
            m.enteredAt = now;
            m.enteredBy = access.actorName();
            measurements.flush();
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
        m.indicatorId = indicator.id;
        m.areaId = input.areaId();
        m.period = period.toString();
        m.periodStart = period.start();
        m.value = input.value();
        m.source = source;
        m.note = note;
        m.enteredAt = now;
        m.enteredBy = access.actorName();
        measurements.persist(m);
        measurements.flush();
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
        return measurements.revisionsOf(measurementId, indicatorId).stream()
                .map(r -> new MeasurementRevisionView(
                        Aggregator.plain(r.oldValue()),
                        r.oldSource(),
                        r.oldNote(),
                        time(r.oldEnteredAt()),
                        r.oldEnteredBy(),
                        time(r.revisedAt()),
                        r.revisedBy()))
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
        List<Measurement> rows = measurements.between(indicatorId, from.start(), to.start(), 5000);
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
        Map<UUID, Map<Period, BigDecimal>> byArea = new LinkedHashMap<>();
        Map<Period, List<BigDecimal>> byPeriod = new TreeMap<>();
        for (MeasurementRepository.AreaValue r :
                measurements.series(indicatorId, from == null ? null : from.start(), to == null ? null : to.start())) {
            Period p = Period.parse(r.period(), indicator.frequency).orElseThrow();
            byArea.computeIfAbsent(r.areaId(), k -> new TreeMap<>()).put(p, r.value());
            byPeriod.computeIfAbsent(p, k -> new ArrayList<>()).add(r.value());
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
            allAreas.put(p, Completeness.of(values.size(), areas.size()).complete());
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

    /** What is wrong with a value for the indicator, by field of {@link MeasurementInput}; empty when nothing. */
    List<Violation> violations(Indicator indicator, MeasurementInput input) {
        List<Violation> violations = new ArrayList<>();
        if (Period.parse(input.period(), indicator.frequency).isEmpty()) {
            violations.add(new Violation(
                    "period",
                    "body",
                    "must be a period of this " + indicator.frequency.name().toLowerCase() + "ly indicator, such as "
                            + IndicatorService.example(indicator.frequency)));
        }
        if (!indicatorAreas.isAreaOf(input.areaId(), indicator.id)) {
            violations.add(new Violation("areaId", "body", "must be one of the indicator's areas"));
        }
        if (!indicator.allowNegative && input.value().signum() < 0) {
            violations.add(new Violation("value", "body", "must not be negative for " + indicator.unit));
        }
        return violations;
    }

    /**
     * A value far above the area's recent ones is more often a typing error (an extra zero) than
     * news; the caller confirms it to store it.
     *
     * @return why the value needs confirming, empty when it is plausible
     */
    Optional<String> implausible(Indicator indicator, UUID areaId, Period period, BigDecimal value) {
        List<BigDecimal> recent = measurements.recentValues(indicator.id, areaId, period.toString(), RECENT);
        if (recent.size() < 3) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = recent.stream().sorted().toList();
        BigDecimal median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : sorted.get(sorted.size() / 2 - 1)
                        .add(sorted.get(sorted.size() / 2))
                        .divide(BigDecimal.valueOf(2));
        if (median.signum() > 0 && value.compareTo(median.multiply(BigDecimal.valueOf(OUTLIER_FACTOR))) > 0) {
            return Optional.of("The value " + value.toPlainString() + " is more than "
                    + OUTLIER_FACTOR + " times the median ("
                    + Aggregator.plain(median).toPlainString() + ") of the area's latest "
                    + recent.size()
                    + " values. Check it, and send it again with confirmed: true if it is right.");
        }
        return Optional.empty();
    }

    private Map<UUID, Integer> revisions(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return measurements.revisionCounts(ids);
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
                revisions,
                m.version);
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
