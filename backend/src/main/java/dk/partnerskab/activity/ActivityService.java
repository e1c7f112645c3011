package dk.partnerskab.activity;

import dk.partnerskab.activity.dto.ActivityInput;
import dk.partnerskab.activity.dto.ActivityPage;
import dk.partnerskab.activity.dto.ActivityView;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.dto.FocusAreaRef;
import dk.partnerskab.organisation.Organisation;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Activities (indsatser) with their goals and indicators, and the report of e.g. a safety walk. */
@ApplicationScoped
public class ActivityService {

    static final String ENTITY = "ACTIVITY";
    public static final int MAX_REPORT_BYTES = 10 * 1024 * 1024;
    private static final Map<String, byte[]> REPORT_TYPES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4});

    private final EntityManager em;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public ActivityService(EntityManager em, PartnershipAccess access, AuditTrail audit, Clock clock) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ActivityPage list(UUID partnershipId, PageRequest page) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        long total = em.createQuery("select count(a) from Activity a where a.partnershipId = :p", Long.class)
                .setParameter("p", partnershipId).getSingleResult();
        List<Activity> activities = total == 0 ? List.of() : em.createQuery("select a from Activity a where a.partnershipId = :p "
                        + "order by a.track nulls last, lower(a.title), a.id", Activity.class)
                .setParameter("p", partnershipId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new ActivityPage(views(activities, access.canEdit(partnershipId, role)), page.page(), page.size(), total,
                page.totalPages(total));
    }

    @Transactional
    public ActivityView get(UUID partnershipId, UUID id) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        return views(List.of(require(partnershipId, id)), access.canEdit(partnershipId, role)).get(0);
    }

    @Transactional
    public ActivityView create(UUID partnershipId, ActivityInput input) {
        access.requireEditor(partnershipId);
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.partnershipId = partnershipId;
        activity.createdAt = clock.instant();
        apply(partnershipId, activity, input);
        em.persist(activity);
        links(partnershipId, activity.id, input);
        em.flush();
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
        em.flush();
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
        activity.deletedAt = clock.instant();
        activity.updatedAt = activity.deletedAt;
        em.flush();
        audit.record(partnershipId, ENTITY, id, AuditAction.DELETED, activity.title, before, null);
    }

    /** Stores the activity's report (PDF or .docx, 10 MiB), replacing an earlier one; moves the activity's version. */
    @Transactional
    public ActivityView attachReport(UUID partnershipId, UUID id, long expectedVersion, String contentType, String filename, byte[] content) {
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
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        byte[] magic = REPORT_TYPES.get(type);
        boolean matches = magic != null && content.length >= magic.length;
        for (int i = 0; matches && i < magic.length; i++) {
            matches = content[i] == magic[i];
        }
        if (!matches) {
            throw invalid("file", "body", "must be a PDF or a Word document (.docx)");
        }
        em.createNativeQuery("update activity set report_content = :c where id = :id").setParameter("c", content).setParameter("id", id)
                .executeUpdate();
        activity.reportFilename = filename.strip();
        activity.reportContentType = type;
        activity.reportSize = content.length;
        activity.updatedAt = clock.instant();
        em.flush();
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, activity.title + ": " + activity.reportFilename, null,
                Map.of("report", activity.reportFilename));
        return get(partnershipId, id);
    }

    /** A report to download. */
    public record Report(String filename, String contentType, byte[] content) {
    }

    @Transactional
    public Report report(UUID partnershipId, UUID id) {
        access.requireVisible(partnershipId);
        Activity activity = require(partnershipId, id);
        if (activity.reportFilename == null) {
            throw ProblemException.notFound("The activity has no report.");
        }
        byte[] content = (byte[]) em.createNativeQuery("select report_content from activity where id = :id").setParameter("id", id)
                .getSingleResult();
        return new Report(activity.reportFilename, activity.reportContentType, content);
    }

    private Activity require(UUID partnershipId, UUID id) {
        return em.createQuery("select a from Activity a where a.id = :id and a.partnershipId = :p", Activity.class)
                .setParameter("id", id).setParameter("p", partnershipId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No activity with this id in this partnership."));
    }

    private void apply(UUID partnershipId, Activity a, ActivityInput input) {
        List<Violation> violations = new ArrayList<>();
        if (input.focusAreaId() != null && em.createNativeQuery("select 1 from focus_area where id = :f and partnership_id = :p "
                + "and deleted_at is null").setParameter("f", input.focusAreaId()).setParameter("p", partnershipId).getResultList().isEmpty()) {
            violations.add(new Violation("focusAreaId", "body", "must be one of this partnership's focus areas"));
        }
        if (input.responsibleOrganisationId() != null && em.find(Organisation.class, input.responsibleOrganisationId()) == null) {
            violations.add(new Violation("responsibleOrganisationId", "body", "no such organisation"));
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
        a.updatedAt = clock.instant();
    }

    private void links(UUID partnershipId, UUID id, ActivityInput input) {
        link(partnershipId, id, input.goalIds(), "goal", "goal_id", "activity_goal", "goalIds");
        link(partnershipId, id, input.indicatorIds(), "indicator", "indicator_id", "activity_indicator", "indicatorIds");
    }

    private void link(UUID partnershipId, UUID id, List<UUID> ids, String table, String column, String linkTable, String field) {
        Set<UUID> wanted = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (!wanted.isEmpty()) {
            long found = ((Number) em.createNativeQuery("select count(*) from " + table + " where partnership_id = :p "
                    + "and deleted_at is null and id = any(:ids)").setParameter("p", partnershipId)
                    .setParameter("ids", wanted.toArray(UUID[]::new)).getSingleResult()).longValue();
            if (found != wanted.size()) {
                throw invalid(field, "body", "must be " + table + "s of this partnership");
            }
        }
        em.createNativeQuery("delete from " + linkTable + " where activity_id = :a").setParameter("a", id).executeUpdate();
        for (UUID target : wanted) {
            em.createNativeQuery("insert into " + linkTable + " (activity_id, " + column + ") values (:a, :t)").setParameter("a", id)
                    .setParameter("t", target).executeUpdate();
        }
    }

    private List<ActivityView> views(List<Activity> activities, boolean canEdit) {
        if (activities.isEmpty()) {
            return List.of();
        }
        UUID[] ids = activities.stream().map(a -> a.id).toArray(UUID[]::new);
        Map<UUID, List<ActivityView.Ref>> goals = refs("select l.activity_id, g.id, g.title from activity_goal l join goal g "
                + "on g.id = l.goal_id and g.deleted_at is null where l.activity_id = any(:ids) order by g.title", ids);
        Map<UUID, List<ActivityView.Ref>> indicators = refs("select l.activity_id, i.id, i.code || ' ' || i.name from activity_indicator l "
                + "join indicator i on i.id = l.indicator_id and i.deleted_at is null where l.activity_id = any(:ids) order by i.code", ids);
        Map<UUID, FocusAreaRef> areas = new HashMap<>();
        UUID[] areaIds = activities.stream().map(a -> a.focusAreaId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (areaIds.length > 0) {
            rows("select id, number, title from focus_area where id = any(:ids)", areaIds)
                    .forEach(r -> areas.put((UUID) r[0], new FocusAreaRef((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2])));
        }
        Map<UUID, OrganisationRef> organisations = new HashMap<>();
        List<UUID> orgIds = activities.stream().map(a -> a.responsibleOrganisationId).filter(Objects::nonNull).distinct().toList();
        if (!orgIds.isEmpty()) {
            em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", orgIds)
                    .getResultList().forEach(o -> organisations.put(o.id, OrganisationRef.of(o)));
        }
        return activities.stream().map(a -> new ActivityView(a.id, a.partnershipId, a.title, a.description, a.kind, a.track,
                a.focusAreaId == null ? null : areas.get(a.focusAreaId), a.targetGroup, a.responsible,
                a.responsibleOrganisationId == null ? null : organisations.get(a.responsibleOrganisationId), a.intendedOutcome,
                a.specialFocus, a.startsOn, a.endsOn, a.status, goals.getOrDefault(a.id, List.of()), indicators.getOrDefault(a.id, List.of()),
                a.reportFilename == null ? null : new ActivityView.Report(a.reportFilename, a.reportContentType, a.reportSize),
                canEdit, a.version)).toList();
    }

    private Map<UUID, List<ActivityView.Ref>> refs(String sql, UUID[] ids) {
        Map<UUID, List<ActivityView.Ref>> refs = new HashMap<>();
        rows(sql, ids).forEach(r -> refs.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new ActivityView.Ref((UUID) r[1], (String) r[2])));
        return refs;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID[] ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static ProblemException invalid(String field, String in, String message) {
        return ProblemException.invalid(List.of(new Violation(field, in, message)));
    }
}
