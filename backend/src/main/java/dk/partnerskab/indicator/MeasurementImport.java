package dk.partnerskab.indicator;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.DateRange;
import dk.partnerskab.common.validation.NoCprNumberValidator;
import dk.partnerskab.indicator.dto.ImportReport;
import dk.partnerskab.indicator.dto.ImportRow;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Imports values from CSV or .xlsx: a preview says per row what will be created, corrected or
 * rejected (and why); the import itself stores all rows or none. Importing the same file again
 * changes nothing.
 */
@ApplicationScoped
public class MeasurementImport {

    static final int REPORTED_ROWS = 2000;
    /** Rejected rows listed in full; a file rejected throughout is counted, not echoed back. */
    static final int REPORTED_REJECTIONS = 500;

    private final IndicatorRepository indicatorRepository;
    private final MeasurementRepository measurements;
    private final IndicatorService indicators;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final ImportLockRepository locks;
    private final Clock clock;

    public MeasurementImport(
            IndicatorRepository indicatorRepository,
            MeasurementRepository measurements,
            IndicatorService indicators,
            PartnershipAccess access,
            AuditTrail audit,
            ImportLockRepository locks,
            Clock clock) {
        this.indicatorRepository = indicatorRepository;
        this.measurements = measurements;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    /** A row that passed the checks, with what it will do. */
    private record Planned(
            MeasurementFile.Raw raw,
            Indicator indicator,
            UUID areaId,
            Period period,
            BigDecimal value,
            MeasurementRepository.Stored existing,
            ImportOutcome outcome) {}

    /**
     * Checks that the caller may import at all, reads the file outside any transaction (a large
     * one takes seconds, and holds no connection meanwhile), then plans and, unless a dry run,
     * stores it in one transaction. One import per partnership runs at a time.
     *
     * @param previewedAt when the preview the caller saw was made, or null: a value entered or
     *        corrected after it is reported instead of overwritten
     * @throws ProblemException {@code forbidden} unless the caller reports values;
     *         {@code import-in-progress} while another import of the partnership runs;
     *         {@code validation-failed} on {@code file} for an unreadable file, and when not a dry
     *         run naming every rejected row; {@code conflict} naming the rows whose values someone
     *         changed after the preview or while the import was stored
     */
    public ImportReport run(
            UUID partnershipId,
            byte[] content,
            String contentType,
            String filename,
            boolean dryRun,
            Instant previewedAt) {
        Membership viewer = QuarkusTransaction.joiningExisting().call(() -> access.membership(partnershipId));
        if (!viewer.reportsAny()) {
            throw new ProblemException(
                    ProblemKey.FORBIDDEN,
                    "Only the chair, the secretariat and members who report values for their organisation import values.");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid(List.of(new Violation("file", "body", "is empty")));
        }
        Instant started = locks.acquire(partnershipId, access.actorName());
        try {
            List<MeasurementFile.Raw> raws = MeasurementFile.read(content, contentType, filename);
            if (raws.isEmpty()) {
                throw ProblemException.invalid(List.of(new Violation("file", "body", "has no rows under its header")));
            }
            return QuarkusTransaction.requiringNew()
                    .call(() -> apply(partnershipId, viewer, raws, filename, dryRun, previewedAt));
        } finally {
            locks.release(partnershipId, started);
        }
    }

    private ImportReport apply(
            UUID partnershipId,
            Membership viewer,
            List<MeasurementFile.Raw> raws,
            String filename,
            boolean dryRun,
            Instant previewedAt) {
        Instant readAt = clock.instant();
        Map<String, Indicator> byCode = new HashMap<>();
        indicatorRepository.allOf(partnershipId).forEach(i -> byCode.put(i.code.toLowerCase(Locale.ROOT), i));
        Map<UUID, Boolean> reporting = new HashMap<>();
        Map<UUID, Map<String, UUID>> areas = new HashMap<>();
        if (!byCode.isEmpty()) {
            indicators.areasOf(byCode.values().stream().map(i -> i.id).toList()).forEach((id, list) -> {
                Map<String, UUID> names = new HashMap<>();
                list.forEach(a -> names.put(a.name.toLowerCase(Locale.ROOT), a.id));
                areas.put(id, names);
            });
        }
        // Only the stored values the file can touch: a partnership may hold millions.
        java.util.Set<UUID> fileIndicators = new java.util.HashSet<>();
        java.util.Set<String> filePeriods = new java.util.HashSet<>();
        for (MeasurementFile.Raw raw : raws) {
            Indicator indicator =
                    raw.code() == null ? null : byCode.get(raw.code().toLowerCase(Locale.ROOT));
            Period period = indicator == null ? null : period(raw, indicator.frequency);
            if (period != null) {
                fileIndicators.add(indicator.id);
                filePeriods.add(period.toString());
            }
        }
        Map<String, MeasurementRepository.Stored> existing = existing(fileIndicators, filePeriods);
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> report = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        int created = 0;
        int corrected = 0;
        int unchanged = 0;
        int rejected = 0;
        for (MeasurementFile.Raw raw : raws) {
            ImportRejection rejection = null;
            String problem = null;
            Indicator indicator =
                    raw.code() == null ? null : byCode.get(raw.code().toLowerCase(Locale.ROOT));
            UUID areaId = null;
            Period period = null;
            if (raw.code() == null) {
                rejection = ImportRejection.MISSING_INDICATOR;
                problem = "no indicator code";
            } else if (indicator == null) {
                rejection = ImportRejection.UNKNOWN_INDICATOR;
                problem = "no indicator with code " + raw.code() + " in this partnership";
            } else if (!reporting.computeIfAbsent(indicator.id, id -> IndicatorService.canReport(viewer, indicator))) {
                rejection = ImportRejection.NOT_REPORTER;
                problem = "you do not enter values for " + indicator.code;
            } else {
                areaId = raw.area() == null
                        ? null
                        : areas.getOrDefault(indicator.id, Map.of())
                                .get(raw.area().toLowerCase(Locale.ROOT));
                period = period(raw, indicator.frequency);
                if (areaId == null) {
                    rejection = raw.area() == null ? ImportRejection.MISSING_AREA : ImportRejection.UNKNOWN_AREA;
                    problem = raw.area() == null ? "no area" : "the indicator has no area " + raw.area();
                } else if (period == null) {
                    rejection = ImportRejection.BAD_PERIOD;
                    problem = "the period "
                            + (raw.period() == null
                                    ? "is missing"
                                    : raw.period() + " is not a "
                                            + indicator.frequency.name().toLowerCase(Locale.ROOT) + " such as "
                                            + IndicatorService.example(indicator.frequency));
                } else if (raw.number() == null) {
                    rejection = raw.value() == null ? ImportRejection.MISSING_VALUE : ImportRejection.NOT_A_NUMBER;
                    problem = raw.value() == null ? "no value" : raw.value() + " is not a number";
                } else if (raw.number().signum() < 0 && !indicator.allowNegative) {
                    rejection = ImportRejection.NEGATIVE;
                    problem = "the value must not be negative";
                } else if (raw.number().abs().compareTo(new BigDecimal("1e12")) > 0) {
                    rejection = ImportRejection.TOO_LARGE;
                    problem = "the value is too large";
                } else if ((raw.source() != null && raw.source().length() > 300)
                        || (raw.note() != null && raw.note().length() > 1000)) {
                    rejection = ImportRejection.TEXT_TOO_LONG;
                    problem = "kilde may hold 300 characters and note 1000";
                } else if (NoCprNumberValidator.containsCpr(Objects.toString(raw.source(), ""))
                        || NoCprNumberValidator.containsCpr(Objects.toString(raw.note(), ""))) {
                    rejection = ImportRejection.PERSONAL_DATA;
                    problem =
                            "kilde or note holds something shaped like a CPR number; personal data about citizens is not allowed";
                }
            }
            if (problem == null) {
                String key = indicator.id + "|" + areaId + "|" + period;
                Integer earlier = seen.putIfAbsent(key, raw.row());
                if (earlier != null) {
                    rejection = ImportRejection.DUPLICATE;
                    problem = "repeats row " + earlier + " (same indicator, area and period)";
                }
            }
            MeasurementRepository.Stored before =
                    problem == null ? existing.get(indicator.id + "|" + areaId + "|" + period) : null;
            if (problem == null
                    && previewedAt != null
                    && before != null
                    && before.enteredAt().isAfter(previewedAt)) {
                rejection = ImportRejection.CHANGED_SINCE_PREVIEW;
                problem = "the value was entered or corrected by " + before.enteredBy()
                        + " after your preview; preview the file again to see it";
            }
            if (problem != null) {
                rejected++;
                report.add(new ImportRow(
                        raw.row(),
                        raw.code(),
                        raw.area(),
                        raw.period(),
                        raw.number(),
                        ImportOutcome.REJECT,
                        rejection,
                        problem,
                        null));
                continue;
            }
            String source = blank(raw.source());
            String note = blank(raw.note());
            ImportOutcome outcome = before == null
                    ? ImportOutcome.CREATE
                    : before.value().compareTo(raw.number()) == 0
                                    && Objects.equals(before.source(), source)
                                    && Objects.equals(before.note(), note)
                            ? ImportOutcome.UNCHANGED
                            : ImportOutcome.CORRECT;
            switch (outcome) {
                case CREATE -> created++;
                case CORRECT -> corrected++;
                default -> unchanged++;
            }
            planned.add(new Planned(raw, indicator, areaId, period, raw.number(), before, outcome));
            report.add(new ImportRow(
                    raw.row(),
                    indicator.code,
                    raw.area(),
                    period.toString(),
                    Aggregator.plain(raw.number()),
                    outcome,
                    null,
                    null,
                    before == null ? null : Aggregator.plain(before.value())));
        }
        List<ImportRow> shown = new ArrayList<>(report.stream()
                .filter(r -> r.outcome() == ImportOutcome.REJECT)
                .limit(REPORTED_REJECTIONS)
                .toList());
        report.stream()
                .filter(r -> r.outcome() != ImportOutcome.REJECT)
                .limit(Math.max(0, REPORTED_ROWS - shown.size()))
                .forEach(shown::add);
        shown.sort(java.util.Comparator.comparingInt(ImportRow::row));
        if (!dryRun && rejected > 0) {
            List<Violation> changed = report.stream()
                    .filter(r -> r.reason() == ImportRejection.CHANGED_SINCE_PREVIEW)
                    .limit(200)
                    .map(r -> new Violation("row " + r.row(), "body", r.message()))
                    .toList();
            if (!changed.isEmpty()) {
                throw new ProblemException(
                        ProblemKey.CONFLICT,
                        "Values in the file were entered or corrected by someone else after the preview; nothing was stored. "
                                + "Preview the file again.",
                        changed);
            }
            throw ProblemException.invalid(report.stream()
                    .filter(r -> r.outcome() == ImportOutcome.REJECT)
                    .limit(200)
                    .map(r -> new Violation("row " + r.row(), "body", r.message()))
                    .toList());
        }
        boolean stored = false;
        if (!dryRun) {
            store(planned);
            stored = true;
            audit.record(
                    partnershipId,
                    "MEASUREMENT_IMPORT",
                    UUID.randomUUID(),
                    AuditAction.CREATED,
                    (filename == null ? "Import" : filename) + ": " + created + " new, " + corrected + " corrected",
                    null,
                    Map.of("created", created, "corrected", corrected, "unchanged", unchanged));
        }
        return new ImportReport(
                dryRun,
                stored,
                created,
                corrected,
                unchanged,
                rejected,
                shown,
                report.size() - shown.size(),
                readAt.atZone(clock.getZone()).toOffsetDateTime());
    }

    /**
     * Inserts and corrects in JDBC batches: an import of tens of thousands of rows is one round
     * trip per thousand.
     *
     * @throws ProblemException {@code conflict} naming the rows someone else filled or corrected
     *         since they were read; the transaction then stores nothing
     */
    private void store(List<Planned> rows) {
        Instant now = clock.instant();
        String me = access.actorName();
        List<MeasurementRepository.ImportWrite> writes = new ArrayList<>();
        List<Planned> written = new ArrayList<>();
        for (Planned p : rows) {
            if (p.outcome() == ImportOutcome.CREATE) {
                writes.add(new MeasurementRepository.NewValue(
                        p.indicator().id,
                        p.areaId(),
                        p.period().toString(),
                        p.period().start(),
                        p.value(),
                        blank(p.raw().source()),
                        blank(p.raw().note())));
                written.add(p);
            } else if (p.outcome() == ImportOutcome.CORRECT) {
                writes.add(new MeasurementRepository.Correction(
                        p.existing(),
                        p.value(),
                        blank(p.raw().source()),
                        blank(p.raw().note())));
                written.add(p);
            }
        }
        List<Integer> missed = measurements.writeInBatches(writes, now, me);
        if (!missed.isEmpty()) {
            throw new ProblemException(
                    ProblemKey.CONFLICT,
                    "Someone entered or corrected values in the file while it was being stored; nothing was stored. "
                            + "Preview the file again.",
                    missed.stream()
                            .limit(200)
                            .map(i -> new Violation(
                                    "row " + written.get(i).raw().row(),
                                    "body",
                                    "the value was entered or corrected by someone else meanwhile"))
                            .toList());
        }
    }

    /** The stored values of these indicators in these periods, by indicator|area|period, in one query. */
    private Map<String, MeasurementRepository.Stored> existing(
            java.util.Set<UUID> indicatorIds, java.util.Set<String> periods) {
        Map<String, MeasurementRepository.Stored> existing = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return existing;
        }
        for (MeasurementRepository.Stored r : measurements.inPeriods(indicatorIds, periods)) {
            existing.put(r.indicatorId() + "|" + r.areaId() + "|" + r.period(), r);
        }
        return existing;
    }

    private static Period period(MeasurementFile.Raw raw, Frequency frequency) {
        if (raw.periodDate() != null) {
            if (!DateRange.holds(raw.periodDate().getYear())) {
                return null;
            }
            Period month =
                    Period.month(raw.periodDate().getYear(), raw.periodDate().getMonthValue());
            return frequency == Frequency.MONTH ? month : month.within(frequency);
        }
        return raw.period() == null
                ? null
                : Period.parse(raw.period(), frequency).orElse(null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
