package dk.partnerskab.indicator;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.indicator.dto.MeasurementInput;
import dk.partnerskab.indicator.dto.PeriodReportInput;
import dk.partnerskab.indicator.dto.PeriodReportResult;
import dk.partnerskab.indicator.dto.ReportingGrid;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.PartnershipService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A period's values entered in one go, as a form of indicators by areas: the values are checked and
 * stored exactly as single values are ({@link MeasurementService}), but all of them or none.
 */
@ApplicationScoped
public class PeriodReporting {

    private final IndicatorRepository indicatorRepository;
    private final MeasurementRepository measurements;
    private final IndicatorService indicators;
    private final MeasurementService values;
    private final ImportLockRepository locks;
    private final PartnershipAccess access;
    private final PartnershipService partnerships;
    private final Clock clock;

    public PeriodReporting(
            IndicatorRepository indicatorRepository,
            MeasurementRepository measurements,
            IndicatorService indicators,
            MeasurementService values,
            ImportLockRepository locks,
            PartnershipAccess access,
            PartnershipService partnerships,
            Clock clock) {
        this.indicatorRepository = indicatorRepository;
        this.measurements = measurements;
        this.indicators = indicators;
        this.values = values;
        this.locks = locks;
        this.access = access;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /**
     * The caller's indicators of the period's frequency with their areas and stored values; without
     * a period, the latest finished one of the most frequent indicators.
     *
     * @throws ProblemException {@code forbidden} unless the caller reports values in the partnership;
     *         {@code validation-failed} on {@code period} when it is not a month, quarter or year
     */
    @Transactional
    public ReportingGrid grid(UUID partnershipId, String periodText) {
        Membership viewer = requireReporter(partnershipId);
        List<Indicator> mine = indicatorRepository.allOf(partnershipId).stream()
                .filter(i -> IndicatorService.canReport(viewer, i))
                .sorted(Comparator.comparing((Indicator i) -> i.code.toLowerCase(Locale.ROOT))
                        .thenComparing(i -> i.id))
                .toList();
        LocalDate today = LocalDate.now(clock);
        Set<Frequency> frequencies = EnumSet.noneOf(Frequency.class);
        mine.forEach(i -> frequencies.add(i.frequency));
        Period period;
        if (periodText == null || periodText.isBlank()) {
            period = ReportingService.due(
                    frequencies.isEmpty()
                            ? Frequency.MONTH
                            : frequencies.iterator().next(),
                    today);
        } else {
            period = Period.parseAny(periodText)
                    .orElseThrow(() -> ProblemException.invalid(List.of(new Violation(
                            "period", "query", "must be a month, quarter or year such as 2026-03, 2026-Q1 or 2026"))));
        }
        List<Indicator> shown =
                mine.stream().filter(i -> i.frequency == period.frequency()).toList();
        List<UUID> ids = shown.stream().map(i -> i.id).toList();
        Map<UUID, List<IndicatorArea>> areas = ids.isEmpty() ? Map.of() : indicators.areasOf(ids);
        Map<UUID, Measurement> stored = measurements.inPeriod(ids, period.toString()).stream()
                .collect(Collectors.toMap(m -> m.areaId, Function.identity()));
        List<ReportingGrid.Row> rows = new ArrayList<>();
        for (Indicator i : shown) {
            List<ReportingGrid.Cell> cells = new ArrayList<>();
            for (IndicatorArea a : areas.getOrDefault(i.id, List.of())) {
                Measurement m = stored.get(a.id);
                cells.add(new ReportingGrid.Cell(
                        a.id,
                        a.name,
                        m == null ? null : m.id,
                        m == null ? null : Aggregator.plain(m.value),
                        m == null ? null : m.source,
                        m == null ? null : m.note,
                        m == null ? null : m.version));
            }
            rows.add(new ReportingGrid.Row(i.id, i.code, i.name, i.unit, i.allowNegative, i.dataSource, cells));
        }
        return new ReportingGrid(
                partnershipId,
                partnerships.names(List.of(partnershipId)).get(partnershipId),
                period.toString(),
                period.frequency(),
                frequencies.stream()
                        .map(f -> new ReportingGrid.Due(
                                f, ReportingService.due(f, today).toString()))
                        .toList(),
                rows);
    }

    /**
     * Enters or corrects every value of the request for its period, in one transaction. Each value
     * meets the rules of a single value; the first rule any value breaks refuses the request,
     * naming every value that breaks it as {@code values[i].field}, and nothing is stored.
     *
     * @throws ProblemException {@code not-found} for an indicator not in the partnership;
     *         {@code forbidden} unless the caller reports for every indicator sent;
     *         {@code import-in-progress} while an import of the partnership runs;
     *         {@code validation-failed} for values that a single entry would refuse, or a repeated one;
     *         {@code version-mismatch} for values entered or corrected by someone else since read;
     *         {@code confirmation-required} for unconfirmed values far above their area's recent ones
     */
    @Transactional
    public PeriodReportResult save(UUID partnershipId, PeriodReportInput input) {
        Membership viewer = requireReporter(partnershipId);
        List<PeriodReportInput.Value> rows = input.values();
        Map<UUID, Indicator> byId =
                indicatorRepository
                        .among(
                                partnershipId,
                                rows.stream()
                                        .map(PeriodReportInput.Value::indicatorId)
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<Violation> unknown = new ArrayList<>();
        List<Violation> refused = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            Indicator indicator = byId.get(rows.get(n).indicatorId());
            if (indicator == null) {
                unknown.add(new Violation(field(n, "indicatorId"), "body", "is no indicator of this partnership"));
            } else if (!IndicatorService.canReport(viewer, indicator)) {
                refused.add(new Violation(
                        field(n, "indicatorId"), "body", "you do not enter values for " + indicator.code));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    ProblemKey.NOT_FOUND, "No indicator with this id in this partnership.", first(unknown));
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(
                    ProblemKey.FORBIDDEN,
                    "Values are entered by the secretariat and by members from the organisation that owns the indicator.",
                    first(refused));
        }
        if (locks.running(partnershipId)) {
            throw new ProblemException(
                    ProblemKey.IMPORT_IN_PROGRESS,
                    "An import of values into this partnership is running. Try again when it has finished.");
        }

        List<MeasurementInput> inputs = new ArrayList<>();
        List<Violation> invalid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            PeriodReportInput.Value row = rows.get(n);
            MeasurementInput single = new MeasurementInput(
                    row.areaId(), input.period(), row.value(), row.source(), row.note(), row.confirmed());
            inputs.add(single);
            for (Violation v : values.violations(byId.get(row.indicatorId()), single)) {
                invalid.add(new Violation(field(n, v.field()), "body", v.message()));
            }
            Integer earlier = seen.putIfAbsent(row.indicatorId() + "|" + row.areaId(), n);
            if (earlier != null) {
                invalid.add(new Violation(
                        field(n, "areaId"), "body", "repeats values[" + earlier + "] (same indicator and area)"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(first(invalid));
        }

        Period anyPeriod = Period.parseAny(input.period()).orElseThrow();
        Map<String, Measurement> stored = new HashMap<>();
        measurements
                .inPeriod(byId.keySet(), anyPeriod.toString())
                .forEach(m -> stored.put(m.indicatorId + "|" + m.areaId, m));
        List<Violation> stale = new ArrayList<>();
        List<Violation> doubtful = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            PeriodReportInput.Value row = rows.get(n);
            Measurement existing = stored.get(row.indicatorId() + "|" + row.areaId());
            if (existing == null && row.version() != null) {
                stale.add(new Violation(field(n, "version"), "body", "the value is no longer stored"));
            } else if (existing != null && !Long.valueOf(existing.version).equals(row.version())) {
                stale.add(new Violation(
                        field(n, "version"),
                        "body",
                        "the value was entered or corrected by " + existing.enteredBy + " since (version "
                                + existing.version + "); reload the period"));
            }
            if (!Boolean.TRUE.equals(row.confirmed())) {
                Indicator indicator = byId.get(row.indicatorId());
                String at = field(n, "value");
                values.implausible(indicator, row.areaId(), anyPeriod, row.value())
                        .ifPresent(why -> doubtful.add(new Violation(at, "body", why)));
            }
        }
        if (!stale.isEmpty()) {
            throw new ProblemException(
                    ProblemKey.VERSION_MISMATCH,
                    "Someone else entered or corrected values of this period since you read them; nothing was stored. "
                            + "Reload the period and enter yours again.",
                    first(stale));
        }
        if (!doubtful.isEmpty()) {
            throw new ProblemException(
                    ProblemKey.CONFIRMATION_REQUIRED,
                    "Some values are far above their area's recent ones; nothing was stored. Check them, and send them "
                            + "again with confirmed: true if they are right.",
                    first(doubtful));
        }

        int created = 0;
        int corrected = 0;
        int unchanged = 0;
        List<PeriodReportResult.Stored> result = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            PeriodReportInput.Value row = rows.get(n);
            Indicator indicator = byId.get(row.indicatorId());
            MeasurementService.Recorded recorded = values.write(
                    partnershipId,
                    indicator,
                    anyPeriod,
                    inputs.get(n),
                    stored.get(row.indicatorId() + "|" + row.areaId()));
            switch (recorded.outcome()) {
                case CREATED -> created++;
                case CORRECTED -> corrected++;
                default -> unchanged++;
            }
            result.add(new PeriodReportResult.Stored(indicator.id, recorded.measurement()));
        }
        return new PeriodReportResult(anyPeriod.toString(), created, corrected, unchanged, result);
    }

    private Membership requireReporter(UUID partnershipId) {
        Membership viewer = access.membership(partnershipId);
        if (!viewer.reportsAny()) {
            throw new ProblemException(
                    ProblemKey.FORBIDDEN,
                    "Values are entered by the secretariat and by members who represent an organisation.");
        }
        return viewer;
    }

    private static String field(int index, String name) {
        return "values[" + index + "]." + name;
    }

    /** A problem names at most this many values: a form has a few hundred cells at most. */
    private static List<Violation> first(List<Violation> violations) {
        return violations.stream().limit(500).toList();
    }
}
