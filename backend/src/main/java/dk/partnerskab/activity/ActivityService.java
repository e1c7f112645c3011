package dk.partnerskab.activity;

import dk.partnerskab.activity.dto.ActivityInput;
import dk.partnerskab.activity.dto.ActivityPage;
import dk.partnerskab.activity.dto.ActivityView;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.files.Checksums;
import dk.partnerskab.common.files.FileKind;
import dk.partnerskab.common.files.StorageQuota;
import dk.partnerskab.common.files.StoredFiles;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.goal.GoalService;
import dk.partnerskab.indicator.IndicatorService;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import dk.partnerskab.partnership.focusareas.FocusAreaService;
import dk.partnerskab.partnership.parties.PartyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Activities (indsatser) with their goals and indicators, and the report of e.g. a safety walk. */
@ApplicationScoped
public class ActivityService implements StoredFiles {

    static final String ENTITY = "ACTIVITY";
    public static final int MAX_REPORT_BYTES = 10 * 1024 * 1024;
    private static final Map<String, byte[]> REPORT_TYPES = Map.of(
            "application/pdf",
            "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            new byte[] {'P', 'K', 3, 4});

    private final ActivityRepository activities;
    private final GoalService goals;
    private final IndicatorService indicators;
    private final FocusAreaService focusAreas;
    private final PartyService parties;
    private final OrganisationService organisations;
    private final PartnershipAccess access;
    private final StorageQuota quota;
    private final AuditTrail audit;

    public ActivityService(
            ActivityRepository activities,
            GoalService goals,
            IndicatorService indicators,
            FocusAreaService focusAreas,
            PartyService parties,
            OrganisationService organisations,
            PartnershipAccess access,
            StorageQuota quota,
            AuditTrail audit) {
        this.activities = activities;
        this.goals = goals;
        this.indicators = indicators;
        this.focusAreas = focusAreas;
        this.parties = parties;
        this.organisations = organisations;
        this.access = access;
        this.quota = quota;
        this.audit = audit;
    }

    @Override
    public FileKind kind() {
        return FileKind.ACTIVITY_REPORTS;
    }

    /** Reports of deleted activities do not count: deleting the activity is how a report is removed. */
    @Override
    public long bytesUsed(UUID partnershipId) {
        return activities.reportBytesIn(partnershipId);
    }

    @Transactional
    public ActivityPage list(UUID partnershipId, PageRequest page) {
        Membership viewer = access.membership(partnershipId);
        long total = activities.countIn(partnershipId);
        List<Activity> found = total == 0 ? List.of() : activities.pageIn(partnershipId, page);
        return page.envelope(views(found, viewer.editor()), total, ActivityPage::new);
    }

    @Transactional
    public ActivityView get(UUID partnershipId, UUID id) {
        Membership viewer = access.membership(partnershipId);
        return views(List.of(require(partnershipId, id)), viewer.editor()).get(0);
    }

    @Transactional
    public ActivityView create(UUID partnershipId, ActivityInput input) {
        access.requireEditor(partnershipId);
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.partnershipId = partnershipId;
        apply(partnershipId, activity, input);
        activities.persist(activity);
        links(partnershipId, activity.id, input);
        activities.flush();
        ActivityView view = get(partnershipId, activity.id);
        audit.record(partnershipId, ENTITY, activity.id, AuditAction.CREATED, activity.title, null, view);
        return view;
    }

    @Transactional
    public ActivityView update(UUID partnershipId, UUID id, long expectedVersion, ActivityInput input) {
        access.requireEditor(partnershipId);
        Activity activity = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, activity.version);
        ActivityView before = get(partnershipId, id);
        apply(partnershipId, activity, input);
        links(partnershipId, id, input);
        activities.flush();
        ActivityView after = get(partnershipId, id);
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, activity.title, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID partnershipId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        Activity activity = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, activity.version);
        ActivityView before = get(partnershipId, id);
        activity.softDelete();
        activities.flush();
        audit.record(partnershipId, ENTITY, id, AuditAction.DELETED, activity.title, before, null);
    }

    /**
     * Stores the activity's report (PDF or .docx, 10 MiB), replacing an earlier one; moves the
     * activity's version.
     *
     * @throws ProblemException {@code storage-quota-exceeded} when it would take the partnership
     *         over its quota, the replaced report counted as freed
     */
    @Transactional
    public ActivityView attachReport(
            UUID partnershipId, UUID id, long expectedVersion, String contentType, String filename, byte[] content) {
        access.requireEditor(partnershipId);
        Activity activity = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, activity.version);
        if (filename == null || filename.isBlank() || filename.length() > 255) {
            throw invalid("filename", "query", "give the file's name, at most 255 characters");
        }
        if (content == null || content.length == 0) {
            throw invalid("file", "body", "is empty");
        }
        if (content.length > MAX_REPORT_BYTES) {
            throw invalid("file", "body", "is larger than 10 MiB");
        }
        String type =
                contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        byte[] magic = REPORT_TYPES.get(type);
        boolean matches = magic != null && content.length >= magic.length;
        for (int i = 0; matches && i < magic.length; i++) {
            matches = content[i] == magic[i];
        }
        if (!matches) {
            throw invalid("file", "body", "must be a PDF or a Word document (.docx)");
        }
        quota.requireRoom(partnershipId, content.length, activity.reportSize == null ? 0 : activity.reportSize);
        // The replaced report is not kept, so the history keeps what identifies it: name, size and checksum.
        Map<String, Object> replaced = activity.reportFilename == null
                ? null
                : reportFields(activity.reportFilename, activity.reportSize, activities.reportSha256(id));
        activities.storeReportContent(id, content);
        activity.reportFilename = filename.strip();
        activity.reportContentType = type;
        activity.reportSize = content.length;
        activity.touch();
        activities.flush();
        audit.record(
                partnershipId,
                ENTITY,
                id,
                AuditAction.UPDATED,
                activity.title + ": " + activity.reportFilename,
                replaced,
                reportFields(activity.reportFilename, activity.reportSize, Checksums.sha256(content)));
        return get(partnershipId, id);
    }

    private static Map<String, Object> reportFields(String filename, Integer size, String sha256) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("report", filename);
        fields.put("sizeBytes", size);
        fields.put("sha256", sha256);
        return fields;
    }

    /** A report to download. */
    public record Report(String filename, String contentType, byte[] content) {}

    @Transactional
    public Report report(UUID partnershipId, UUID id) {
        access.membership(partnershipId);
        Activity activity = require(partnershipId, id);
        if (activity.reportFilename == null) {
            throw ProblemException.notFound("The activity has no report.");
        }
        return new Report(activity.reportFilename, activity.reportContentType, activities.reportContent(id));
    }

    private Activity require(UUID partnershipId, UUID id) {
        return activities
                .findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No activity with this id in this partnership."));
    }

    private void apply(UUID partnershipId, Activity a, ActivityInput input) {
        List<Violation> violations = new ArrayList<>();
        if (input.focusAreaId() != null) {
            focusAreas
                    .whyNotIn(partnershipId, input.focusAreaId())
                    .ifPresent(message -> violations.add(new Violation("focusAreaId", "body", message)));
        }
        if (input.responsibleOrganisationId() != null) {
            parties.whyNotActiveParty(partnershipId, input.responsibleOrganisationId())
                    .ifPresent(message -> violations.add(new Violation("responsibleOrganisationId", "body", message)));
        }
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            violations.add(new Violation("endsOn", "body", "must not be before startsOn"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        a.title = input.title().strip();
        a.description = Text.blankToNull(input.description());
        a.kind = input.kind();
        a.track = Text.blankToNull(input.track());
        a.focusAreaId = input.focusAreaId();
        a.targetGroup = Text.blankToNull(input.targetGroup());
        a.responsible = Text.blankToNull(input.responsible());
        a.responsibleOrganisationId = input.responsibleOrganisationId();
        a.intendedOutcome = Text.blankToNull(input.intendedOutcome());
        a.specialFocus = Boolean.TRUE.equals(input.specialFocus());
        a.startsOn = input.startsOn();
        a.endsOn = input.endsOn();
        a.status = input.status() == null ? ActivityStatus.PLANNED : input.status();
        a.touch();
    }

    private void links(UUID partnershipId, UUID id, ActivityInput input) {
        Set<UUID> goalIds = input.goalIds() == null ? Set.of() : new LinkedHashSet<>(input.goalIds());
        if (!goals.allIn(partnershipId, goalIds)) {
            throw invalid("goalIds", "body", "must be goals of this partnership");
        }
        Set<UUID> indicatorIds = input.indicatorIds() == null ? Set.of() : new LinkedHashSet<>(input.indicatorIds());
        if (!indicators.allIn(partnershipId, indicatorIds)) {
            throw invalid("indicatorIds", "body", "must be indicators of this partnership");
        }
        activities.replaceGoals(id, goalIds);
        activities.replaceIndicators(id, indicatorIds);
    }

    private List<ActivityView> views(List<Activity> shown, boolean canEdit) {
        if (shown.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = shown.stream().map(a -> a.id).toList();
        Map<UUID, List<ActivityView.Ref>> goals = refs(activities.goalLinks(ids), this.goals::titles);
        Map<UUID, List<ActivityView.Ref>> indicators = refs(activities.indicatorLinks(ids), this.indicators::labels);
        Map<UUID, FocusAreaRef> areas =
                focusAreas.refs(shown.stream().map(a -> a.focusAreaId).toList());
        Map<UUID, OrganisationRef> organisations = this.organisations.refs(
                shown.stream().map(a -> a.responsibleOrganisationId).toList());
        return shown.stream()
                .map(a -> new ActivityView(
                        a.id,
                        a.partnershipId,
                        a.title,
                        a.description,
                        a.kind,
                        a.track,
                        a.focusAreaId == null ? null : areas.get(a.focusAreaId),
                        a.targetGroup,
                        a.responsible,
                        a.responsibleOrganisationId == null ? null : organisations.get(a.responsibleOrganisationId),
                        a.intendedOutcome,
                        a.specialFocus,
                        new ActivityView.Period(a.startsOn, a.endsOn, a.status),
                        goals.getOrDefault(a.id, List.of()),
                        indicators.getOrDefault(a.id, List.of()),
                        a.reportFilename == null
                                ? null
                                : new ActivityView.Report(a.reportFilename, a.reportContentType, a.reportSize),
                        canEdit,
                        a.version))
                .toList();
    }

    /**
     * The activities' links as references, labelled and ordered by the owning feature, which leaves
     * out deleted targets.
     */
    private Map<UUID, List<ActivityView.Ref>> refs(
            List<ActivityRepository.Link> links,
            java.util.function.Function<java.util.Collection<UUID>, Map<UUID, String>> labels) {
        Map<UUID, String> labelled = labels.apply(
                links.stream().map(ActivityRepository.Link::targetId).collect(java.util.stream.Collectors.toSet()));
        Map<UUID, List<UUID>> targetsByActivity = new HashMap<>();
        links.forEach(l -> targetsByActivity
                .computeIfAbsent(l.activityId(), k -> new ArrayList<>())
                .add(l.targetId()));
        Map<UUID, List<ActivityView.Ref>> refs = new HashMap<>();
        // The labels come in the owner's order; each activity's references keep it.
        labelled.forEach((target, label) -> targetsByActivity.forEach((activity, targets) -> {
            if (targets.contains(target)) {
                refs.computeIfAbsent(activity, k -> new ArrayList<>()).add(new ActivityView.Ref(target, label));
            }
        }));
        return refs;
    }

    private static ProblemException invalid(String field, String in, String message) {
        return ProblemException.invalid(List.of(new Violation(field, in, message)));
    }
}
