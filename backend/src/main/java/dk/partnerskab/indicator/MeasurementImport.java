package dk.partnerskab.indicator;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.NoCprNumberValidator;
import dk.partnerskab.indicator.dto.ImportReport;
import dk.partnerskab.indicator.dto.ImportRow;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Imports values from CSV or .xlsx: a preview says per row what will be created, corrected or
 * rejected (and why); the import itself stores all rows or none. Importing the same file again
 * changes nothing.
 */
@ApplicationScoped
public class MeasurementImport {

    static final int REPORTED_ROWS = 2000;

    private final EntityManager em;
    private final IndicatorService indicators;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public MeasurementImport(
            EntityManager em, IndicatorService indicators, PartnershipAccess access, AuditTrail audit, Clock clock) {
        this.em = em;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A row that passed the checks, with what it will do. */
    private record Planned(
            MeasurementFile.Raw raw,
            Indicator indicator,
            UUID areaId,
            Period period,
            BigDecimal value,
            Existing existing,
            ImportOutcome outcome) {}

    private record Existing(
            UUID id, BigDecimal value, String source, String note, Instant enteredAt, String enteredBy) {}

    /**
     * @throws ProblemException {@code validation-failed} on {@code file} for an unreadable file;
     *         when not a dry run, naming every rejected row
     */
    @Transactional
    public ImportReport run(UUID partnershipId, byte[] content, String contentType, String filename, boolean dryRun) {
        Membership viewer = access.membership(partnershipId);
        if (content == null || content.length == 0) {
            throw ProblemException.invalid(List.of(new Violation("file", "body", "is empty")));
        }
        List<MeasurementFile.Raw> raws = MeasurementFile.read(content, contentType, filename);
        if (raws.isEmpty()) {
            throw ProblemException.invalid(List.of(new Violation("file", "body", "has no rows under its header")));
        }
        Map<String, Indicator> byCode = new HashMap<>();
        em.createQuery("select i from Indicator i where i.partnershipId = :p", Indicator.class)
                .setParameter("p", partnershipId)
                .getResultList()
                .forEach(i -> byCode.put(i.code.toLowerCase(Locale.ROOT), i));
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
        Map<String, Existing> existing = existing(fileIndicators, filePeriods);
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
            Existing before = existing.get(indicator.id + "|" + areaId + "|" + period);
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
        List<ImportRow> shown = new ArrayList<>(
                report.stream().filter(r -> r.outcome() == ImportOutcome.REJECT).toList());
        report.stream()
                .filter(r -> r.outcome() != ImportOutcome.REJECT)
                .limit(Math.max(0, REPORTED_ROWS - shown.size()))
                .forEach(shown::add);
        shown.sort(java.util.Comparator.comparingInt(ImportRow::row));
        if (!dryRun && rejected > 0) {
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
                dryRun, stored, created, corrected, unchanged, rejected, shown, report.size() - shown.size());
    }

    /** Inserts and corrects in JDBC batches: an import of tens of thousands of rows is one round trip per thousand. */
    private void store(List<Planned> rows) {
        Instant now = clock.instant();
        String me = access.actorName();
        em.flush();
        em.unwrap(Session.class).doWork(connection -> write(connection, rows, now, me));
    }

    private static void write(Connection connection, List<Planned> rows, Instant now, String me) throws SQLException {
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement insert = connection.prepareStatement(
                        "insert into measurement (id, indicator_id, area_id, period, "
                                + "period_start, value, source, note, entered_at, entered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement revision = connection.prepareStatement(
                        "insert into measurement_revision (id, measurement_id, old_value, "
                                + "old_source, old_note, old_entered_at, old_entered_by, revised_at, revised_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update =
                        connection.prepareStatement("update measurement set value = ?, source = ?, note = ?, "
                                + "entered_at = ?, entered_by = ?, version = version + 1 where id = ?")) {
            int pending = 0;
            for (Planned p : rows) {
                if (p.outcome() == ImportOutcome.CREATE) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, p.indicator().id);
                    insert.setObject(3, p.areaId());
                    insert.setString(4, p.period().toString());
                    insert.setDate(5, Date.valueOf(p.period().start()));
                    insert.setBigDecimal(6, p.value());
                    insert.setString(7, blank(p.raw().source()));
                    insert.setString(8, blank(p.raw().note()));
                    insert.setTimestamp(9, at);
                    insert.setString(10, me);
                    insert.addBatch();
                } else if (p.outcome() == ImportOutcome.CORRECT) {
                    Existing e = p.existing();
                    revision.setObject(1, UUID.randomUUID());
                    revision.setObject(2, e.id());
                    revision.setBigDecimal(3, e.value());
                    revision.setString(4, e.source());
                    revision.setString(5, e.note());
                    revision.setTimestamp(6, Timestamp.from(e.enteredAt()));
                    revision.setString(7, e.enteredBy());
                    revision.setTimestamp(8, at);
                    revision.setString(9, me);
                    revision.addBatch();
                    update.setBigDecimal(1, p.value());
                    update.setString(2, blank(p.raw().source()));
                    update.setString(3, blank(p.raw().note()));
                    update.setTimestamp(4, at);
                    update.setString(5, me);
                    update.setObject(6, e.id());
                    update.addBatch();
                } else {
                    continue;
                }
                if (++pending % 1000 == 0) {
                    insert.executeBatch();
                    revision.executeBatch();
                    update.executeBatch();
                }
            }
            insert.executeBatch();
            revision.executeBatch();
            update.executeBatch();
        }
    }

    /** The stored values of these indicators in these periods, by indicator|area|period, in one query. */
    private Map<String, Existing> existing(java.util.Set<UUID> indicatorIds, java.util.Set<String> periods) {
        Map<String, Existing> existing = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return existing;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select indicator_id, area_id, period, id, value, source, note, entered_at, entered_by "
                                + "from measurement where indicator_id = any(:ids) and period = any(:periods)")
                .setParameter("ids", indicatorIds.toArray(UUID[]::new))
                .setParameter("periods", periods.toArray(String[]::new))
                .getResultList();
        for (Object[] r : rows) {
            Instant entered = r[7] instanceof Instant i
                    ? i
                    : r[7] instanceof java.time.OffsetDateTime o ? o.toInstant() : ((Timestamp) r[7]).toInstant();
            existing.put(
                    r[0] + "|" + r[1] + "|" + r[2],
                    new Existing((UUID) r[3], (BigDecimal) r[4], (String) r[5], (String) r[6], entered, (String) r[8]));
        }
        return existing;
    }

    private static Period period(MeasurementFile.Raw raw, Frequency frequency) {
        if (raw.periodDate() != null) {
            if (raw.periodDate().getYear() < 1900 || raw.periodDate().getYear() > 2200) {
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
