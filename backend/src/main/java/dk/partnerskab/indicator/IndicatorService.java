package dk.partnerskab.indicator;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.DateRange;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.indicator.dto.AreaView;
import dk.partnerskab.indicator.dto.IndicatorInput;
import dk.partnerskab.indicator.dto.IndicatorPage;
import dk.partnerskab.indicator.dto.IndicatorView;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.parties.PartyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A partnership's indicators: define them, with their areas, baseline and target; their status comes from the values. */
@ApplicationScoped
public class IndicatorService {

    static final String ENTITY = "INDICATOR";
    static final String WHOLE = "I alt";
    public static final Set<String> SORTS = Set.of("code");

    private final IndicatorRepository indicators;
    private final IndicatorAreaRepository indicatorAreas;
    private final MeasurementRepository measurements;
    private final PartyService parties;
    private final OrganisationService organisations;
    private final PartnershipAccess access;
    private final AuditTrail audit;

    public IndicatorService(
            IndicatorRepository indicators,
            IndicatorAreaRepository indicatorAreas,
            MeasurementRepository measurements,
            PartyService parties,
            OrganisationService organisations,
            PartnershipAccess access,
            AuditTrail audit) {
        this.indicators = indicators;
        this.indicatorAreas = indicatorAreas;
        this.measurements = measurements;
        this.parties = parties;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public IndicatorPage list(UUID partnershipId, PageRequest page) {
        Membership viewer = access.membership(partnershipId);
        long total = indicators.countIn(partnershipId);
        List<Indicator> found = total == 0 ? List.of() : indicators.pageIn(partnershipId, page);
        return page.envelope(views(viewer, found), total, IndicatorPage::new);
    }

    @Transactional
    public IndicatorView get(UUID partnershipId, UUID id) {
        Membership viewer = access.membership(partnershipId);
        return views(viewer, List.of(require(partnershipId, id))).get(0);
    }

    @Transactional
    public IndicatorView create(UUID partnershipId, IndicatorInput input) {
        access.requireEditor(partnershipId);
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.partnershipId = partnershipId;
        apply(indicator, input);
        requireUniqueCode(partnershipId, indicator.code, null);
        indicators.persist(indicator);
        List<String> names = areaNames(input);
        for (int i = 0; i < names.size(); i++) {
            addArea(indicator.id, names.get(i), i);
        }
        indicators.flush();
        IndicatorView view = get(partnershipId, indicator.id);
        audit.record(
                partnershipId,
                ENTITY,
                indicator.id,
                AuditAction.CREATED,
                indicator.code + " " + indicator.name,
                null,
                view);
        return view;
    }

    /**
     * Changes the definition. Areas are matched by name: new names are added, and an area may only
     * go when it has no values.
     *
     * @throws ProblemException {@code validation-failed} on {@code frequency} when values exist
     *         (their periods would no longer fit), or on {@code areas} when a dropped area has values
     */
    @Transactional
    public IndicatorView update(UUID partnershipId, UUID id, long expectedVersion, IndicatorInput input) {
        access.requireEditor(partnershipId);
        Indicator indicator = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, indicator.version);
        IndicatorView before = get(partnershipId, id);
        long values = measurements.countOfIndicator(id);
        if (values > 0 && input.frequency() != indicator.frequency) {
            throw ProblemException.invalid(List.of(new Violation(
                    "frequency", "body", "cannot change while the indicator has values (" + values + ")")));
        }
        apply(indicator, input);
        requireUniqueCode(partnershipId, indicator.code, id);
        List<IndicatorArea> current = areasOf(List.of(id)).getOrDefault(id, List.of());
        Map<String, IndicatorArea> byName =
                current.stream().collect(Collectors.toMap(a -> key(a.name), Function.identity()));
        List<String> names = areaNames(input);
        Set<String> wanted = names.stream().map(IndicatorService::key).collect(Collectors.toSet());
        for (IndicatorArea area : current) {
            if (!wanted.contains(key(area.name))) {
                long inArea = measurements.countInArea(area.id);
                if (inArea > 0) {
                    throw ProblemException.invalid(List.of(new Violation(
                            "areas", "body", "\"" + area.name + "\" has " + inArea + " values and cannot be removed")));
                }
                indicatorAreas.delete(area);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            IndicatorArea existing = byName.get(key(names.get(i)));
            if (existing == null) {
                addArea(id, names.get(i), i);
            } else {
                existing.name = names.get(i);
                existing.position = i;
            }
        }
        indicators.flush();
        IndicatorView after = get(partnershipId, id);
        audit.record(
                partnershipId, ENTITY, id, AuditAction.UPDATED, indicator.code + " " + indicator.name, before, after);
        return after;
    }

    /** Deletes softly: its values stay, and the history can tell what it was. */
    @Transactional
    public void delete(UUID partnershipId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        Indicator indicator = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, indicator.version);
        IndicatorView before = get(partnershipId, id);
        indicator.softDelete();
        indicators.flush();
        audit.record(
                partnershipId, ENTITY, id, AuditAction.DELETED, indicator.code + " " + indicator.name, before, null);
    }

    Indicator require(UUID partnershipId, UUID id) {
        return indicators
                .findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No indicator with this id in this partnership."));
    }

    /**
     * Whether the caller enters values: the chair, secretariat and admins, and members from the
     * organisation that owns the indicator. Observers read.
     */
    /** Whether every one of {@code ids} is a (living) indicator of the partnership. */
    public boolean allIn(UUID partnershipId, java.util.Collection<UUID> ids) {
        return ids.isEmpty()
                || indicators.countAmong(partnershipId, Set.copyOf(ids))
                        == Set.copyOf(ids).size();
    }

    /** "Code name" of those of {@code ids} that are living indicators, by code. */
    public Map<UUID, String> labels(java.util.Collection<UUID> ids) {
        Map<UUID, String> labels = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            indicators.byCode(ids).forEach(i -> labels.put(i.id, i.code + " " + i.name));
        }
        return labels;
    }

    /** The views of those of {@code ids} that are living indicators, as {@code viewer} sees them, by code. */
    public List<IndicatorView> viewsOf(Membership viewer, java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : views(viewer, indicators.byCode(ids));
    }

    static boolean canReport(Membership viewer, Indicator indicator) {
        return viewer.reportsFor(indicator.ownerOrganisationId);
    }

    /** Views with areas, latest values and status for a page of indicators, in a fixed number of queries. */
    public List<IndicatorView> views(Membership viewer, List<Indicator> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = shown.stream().map(i -> i.id).toList();
        Map<UUID, List<IndicatorArea>> areas = areasOf(ids);
        Map<UUID, OrganisationRef> owners = organisations.refs(
                shown.stream().map(i -> i.ownerOrganisationId).toList());
        Map<UUID, Headline.Result> headlines = headlines(shown, areas);
        boolean editor = viewer.editor();
        List<IndicatorView> views = new ArrayList<>();
        for (Indicator i : shown) {
            Headline.Result h = headlines.get(i.id);
            Headline.Total l = h.latest();
            OrganisationRef owner = i.ownerOrganisationId == null ? null : owners.get(i.ownerOrganisationId);
            views.add(new IndicatorView(
                    i.id,
                    i.partnershipId,
                    i.code,
                    i.name,
                    i.description,
                    i.unit,
                    i.upIsGood,
                    i.frequency,
                    i.aggregation,
                    i.allowNegative,
                    new IndicatorView.Plan(
                            plain(i.baselineValue), i.baselinePeriod, plain(i.targetValue), i.targetPeriod),
                    i.dataSource,
                    owner,
                    areas.getOrDefault(i.id, List.of()).stream()
                            .map(a -> new AreaView(a.id, a.name))
                            .toList(),
                    new IndicatorView.Latest(
                            l == null ? null : l.period().toString(),
                            l == null ? null : plain(l.value()),
                            l == null ? null : l.completeness(),
                            h.status(),
                            h.statusPeriod() == null ? null : h.statusPeriod().toString(),
                            h.preliminaryStatus()),
                    canReport(viewer, i),
                    editor,
                    i.version));
        }
        return views;
    }

    /** Each indicator's {@link Headline}, from one query over its newest and newest complete periods. */
    private Map<UUID, Headline.Result> headlines(List<Indicator> shown, Map<UUID, List<IndicatorArea>> areas) {
        Map<UUID, Map<String, List<BigDecimal>>> newest = new HashMap<>();
        Map<UUID, Map<String, List<BigDecimal>>> settled = new HashMap<>();
        for (MeasurementRepository.HeadlineValue r :
                measurements.forHeadlines(shown.stream().map(i -> i.id).toList())) {
            if (r.newest()) {
                newest.computeIfAbsent(r.indicatorId(), k -> new HashMap<>())
                        .computeIfAbsent(r.period(), k -> new ArrayList<>())
                        .add(r.value());
            }
            if (r.complete()) {
                settled.computeIfAbsent(r.indicatorId(), k -> new HashMap<>())
                        .computeIfAbsent(r.period(), k -> new ArrayList<>())
                        .add(r.value());
            }
        }
        Map<UUID, Headline.Result> headlines = new HashMap<>();
        for (Indicator i : shown) {
            int expected = areas.getOrDefault(i.id, List.of()).size();
            Headline.Plan plan = new Headline.Plan(
                    i.upIsGood, i.aggregation, i.baselineValue, i.baseline(), i.targetValue, i.target());
            headlines.put(
                    i.id,
                    Headline.of(plan, total(i, newest.get(i.id), expected), total(i, settled.get(i.id), expected)));
        }
        return headlines;
    }

    /** The one period in {@code byPeriod} as a total over its areas, or null. */
    private static Headline.Total total(Indicator i, Map<String, List<BigDecimal>> byPeriod, int expected) {
        if (byPeriod == null || byPeriod.isEmpty()) {
            return null;
        }
        Map.Entry<String, List<BigDecimal>> only =
                byPeriod.entrySet().iterator().next();
        return Period.parse(only.getKey(), i.frequency)
                .map(p -> new Headline.Total(
                        p,
                        Aggregator.acrossAreas(only.getValue(), i.aggregation),
                        Completeness.of(only.getValue().size(), expected)))
                .orElse(null);
    }

    public Map<UUID, List<IndicatorArea>> areasOf(List<UUID> ids) {
        return indicatorAreas.ofIndicators(ids).stream()
                .collect(Collectors.groupingBy(a -> a.indicatorId, LinkedHashMap::new, Collectors.toList()));
    }

    private void addArea(UUID indicatorId, String name, int position) {
        IndicatorArea area = new IndicatorArea();
        area.id = UUID.randomUUID();
        area.indicatorId = indicatorId;
        area.name = name;
        area.position = position;
        indicatorAreas.persist(area);
    }

    private void apply(Indicator indicator, IndicatorInput input) {
        List<Violation> violations = new ArrayList<>();
        Period baseline = period(input.baselinePeriod(), input.frequency(), "baselinePeriod", violations);
        Period target = period(input.targetPeriod(), input.frequency(), "targetPeriod", violations);
        if ((input.baselineValue() == null) != (baseline == null) && violations.isEmpty()) {
            violations.add(new Violation(
                    input.baselineValue() == null ? "baselineValue" : "baselinePeriod",
                    "body",
                    "give both the baseline value and its period, or neither"));
        }
        if ((input.targetValue() == null) != (target == null) && violations.isEmpty()) {
            violations.add(new Violation(
                    input.targetValue() == null ? "targetValue" : "targetPeriod",
                    "body",
                    "give both the target value and its period, or neither"));
        }
        if (baseline != null && target != null && target.compareTo(baseline) <= 0) {
            violations.add(new Violation("targetPeriod", "body", "must come after the baseline period"));
        }
        if (input.ownerOrganisationId() != null) {
            parties.whyNotActiveParty(indicator.partnershipId, input.ownerOrganisationId())
                    .ifPresent(message -> violations.add(new Violation("ownerOrganisationId", "body", message)));
        }
        List<String> names = areaNames(input);
        if (names.stream().map(IndicatorService::key).distinct().count() != names.size()) {
            violations.add(new Violation("areas", "body", "names must differ"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        indicator.code = input.code().strip();
        indicator.name = input.name().strip();
        indicator.description = Text.blankToNull(input.description());
        indicator.unit = input.unit().strip();
        indicator.upIsGood = input.upIsGood();
        indicator.frequency = input.frequency();
        indicator.aggregation = input.aggregation();
        indicator.allowNegative = Boolean.TRUE.equals(input.allowNegative());
        indicator.baselineValue = input.baselineValue();
        indicator.baselinePeriod = baseline == null ? null : baseline.toString();
        indicator.targetValue = input.targetValue();
        indicator.targetPeriod = target == null ? null : target.toString();
        indicator.dataSource = Text.blankToNull(input.dataSource());
        indicator.ownerOrganisationId = input.ownerOrganisationId();
        indicator.touch();
    }

    private static Period period(String text, Frequency frequency, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<Period> period = Period.parse(text, frequency);
        if (period.isEmpty()) {
            violations.add(new Violation(
                    field,
                    "body",
                    "must be a " + frequency.name().toLowerCase(Locale.ROOT) + " such as " + example(frequency)));
            return null;
        }
        return period.get();
    }

    /** An example period of the frequency, and the years a period may fall in. */
    static String example(Frequency frequency) {
        String example = switch (frequency) {
            case MONTH -> "2026-03";
            case QUARTER -> "2026-Q1";
            case YEAR -> "2026";
        };
        return example + ", in the years " + DateRange.FIRST_YEAR + " to " + DateRange.LAST_YEAR;
    }

    private static List<String> areaNames(IndicatorInput input) {
        List<String> names = input.areas() == null
                ? List.of()
                : input.areas().stream().map(String::strip).toList();
        return names.isEmpty() ? List.of(WHOLE) : names;
    }

    private void requireUniqueCode(UUID partnershipId, String code, UUID except) {
        boolean taken = indicators.idsWithCode(partnershipId, code).stream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw ProblemException.invalid(
                    List.of(new Violation("code", "body", "is already used by another indicator here")));
        }
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : Aggregator.plain(value);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
