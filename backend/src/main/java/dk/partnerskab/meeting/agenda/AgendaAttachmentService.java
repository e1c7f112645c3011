package dk.partnerskab.meeting.agenda;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.files.Checksums;
import dk.partnerskab.common.files.FileKind;
import dk.partnerskab.common.files.StorageQuota;
import dk.partnerskab.common.files.StoredFiles;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingRepository;
import dk.partnerskab.meeting.MeetingStatus;
import dk.partnerskab.meeting.dto.AttachmentView;
import dk.partnerskab.meeting.minutes.MinutesStatus;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Files on agenda items. An upload or removal changes the item, so both are checked against and
 * move the item's version; downloads follow the meeting's visibility.
 */
@ApplicationScoped
public class AgendaAttachmentService implements StoredFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PER_ITEM = 20;

    /**
     * The accepted types and how their files begin. Office files are ZIP containers; a declared
     * type that the content contradicts is refused, so a download never surprises the reader.
     */
    private static final Map<String, byte[]> TYPES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4},
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", new byte[] {'P', 'K', 3, 4},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final AgendaAttachmentRepository attachments;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final PartnershipAccess access;
    private final StorageQuota quota;
    private final AuditTrail audit;
    private final Clock clock;

    public AgendaAttachmentService(
            AgendaAttachmentRepository attachments,
            MeetingRepository meetings,
            AgendaItemRepository items,
            PartnershipAccess access,
            StorageQuota quota,
            AuditTrail audit,
            Clock clock) {
        this.attachments = attachments;
        this.meetings = meetings;
        this.items = items;
        this.access = access;
        this.quota = quota;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public FileKind kind() {
        return FileKind.AGENDA_ATTACHMENTS;
    }

    /** Files on deleted agenda items do not count, as the items' own views no longer show them. */
    @Override
    public long bytesUsed(UUID partnershipId) {
        return attachments.bytesIn(partnershipId);
    }

    public record Uploaded(AttachmentView attachment, long itemVersion) {}

    public record Download(String filename, String contentType, byte[] content) {}

    /**
     * @throws ProblemException {@code validation-failed} on {@code file} (empty, over 10 MiB, a
     *         type not accepted or content that is not of the declared type) or {@code filename};
     *         {@code invalid-state-transition} for a cancelled meeting or published minutes;
     *         {@code storage-quota-exceeded} when it would take the partnership over its quota
     */
    @Transactional
    public Uploaded upload(
            UUID partnershipId,
            UUID meetingId,
            UUID itemId,
            long expectedVersion,
            String contentType,
            String filename,
            byte[] content) {
        access.requireEditor(partnershipId);
        AgendaItem item = requireChangeable(partnershipId, meetingId, itemId, expectedVersion);
        String type = validate(contentType, filename, content);
        long count = attachments.countOf(itemId);
        if (count >= MAX_PER_ITEM) {
            throw ProblemException.invalid(
                    List.of(new Violation("file", "body", "an item holds at most " + MAX_PER_ITEM + " files")));
        }
        quota.requireRoom(partnershipId, content.length, 0);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        attachments.insert(
                id,
                partnershipId,
                meetingId,
                itemId,
                filename.strip(),
                type,
                content,
                Checksums.sha256(content),
                now,
                access.actorName());
        AttachmentView view =
                new AttachmentView(id, filename.strip(), type, content.length, time(now), access.actorName());
        item.touch();
        items.flush();
        audit.record(
                audience(partnershipId, meetingId),
                partnershipId,
                "AGENDA_ATTACHMENT",
                id,
                AuditAction.CREATED,
                item.title + ": " + view.filename(),
                null,
                view);
        return new Uploaded(view, item.version);
    }

    /** @return the item's new version */
    @Transactional
    public long delete(UUID partnershipId, UUID meetingId, UUID itemId, UUID attachmentId, long expectedVersion) {
        access.requireEditor(partnershipId);
        AgendaItem item = requireChangeable(partnershipId, meetingId, itemId, expectedVersion);
        AttachmentView before = byItem(List.of(itemId)).getOrDefault(itemId, List.of()).stream()
                .filter(a -> a.id().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("No file with this id on this agenda item."));
        attachments.delete(attachmentId);
        item.touch();
        items.flush();
        audit.record(
                audience(partnershipId, meetingId),
                partnershipId,
                "AGENDA_ATTACHMENT",
                attachmentId,
                AuditAction.DELETED,
                item.title + ": " + before.filename(),
                before,
                null);
        return item.version;
    }

    /** @throws ProblemException {@code not-found} also for a draft agenda the caller may not see yet */
    @Transactional
    public Download download(UUID partnershipId, UUID meetingId, UUID itemId, UUID attachmentId) {
        Membership viewer = access.membership(partnershipId);
        Meeting meeting = meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
        if (meeting.agendaPublishedAt == null && !viewer.seesDraftAgendas()) {
            throw ProblemException.notFound("No file with this id on this agenda item.");
        }
        AgendaAttachmentRepository.Content file = attachments
                .content(attachmentId, itemId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No file with this id on this agenda item."));
        return new Download(file.filename(), file.contentType(), file.content());
    }

    /** The files of the given items, without their content, in one query. */
    Map<UUID, List<AttachmentView>> byItem(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return attachments.ofItems(itemIds).stream()
                .collect(Collectors.groupingBy(
                        AgendaAttachmentRepository.Attachment::agendaItemId,
                        Collectors.mapping(
                                r -> new AttachmentView(
                                        r.id(),
                                        r.filename(),
                                        r.contentType(),
                                        r.sizeBytes(),
                                        time(r.uploadedAt()),
                                        r.uploadedBy()),
                                Collectors.toList())));
    }

    private Audience audience(UUID partnershipId, UUID meetingId) {
        return meetings.findIn(partnershipId, meetingId)
                .map(AgendaService::audienceOf)
                .orElse(Audience.EDITORS);
    }

    private AgendaItem requireChangeable(UUID partnershipId, UUID meetingId, UUID itemId, long expectedVersion) {
        Meeting meeting = meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
        AgendaItem item = items.findIn(meetingId, itemId)
                .orElseThrow(() -> ProblemException.notFound("No agenda item with this id on this meeting."));
        Preconditions.requireVersion(expectedVersion, item.version);
        if (meeting.status == MeetingStatus.CANCELLED || meeting.minutesStatus == MinutesStatus.PUBLISHED) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    meeting.status == MeetingStatus.CANCELLED
                            ? "The meeting is cancelled; its files no longer change."
                            : "The minutes are published; the files no longer change.");
        }
        return item;
    }

    /** @return the accepted content type, normalised */
    private static String validate(String contentType, String filename, byte[] content) {
        if (filename == null || filename.isBlank() || filename.length() > 255) {
            throw ProblemException.invalid(
                    List.of(new Violation("filename", "query", "give the file's name, at most 255 characters")));
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid(List.of(new Violation("file", "body", "is empty")));
        }
        if (content.length > MAX_BYTES) {
            throw ProblemException.invalid(List.of(new Violation("file", "body", "is larger than 10 MiB")));
        }
        String type =
                contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        byte[] magic = TYPES.get(type);
        if (magic == null) {
            throw ProblemException.invalid(List.of(new Violation(
                    "file",
                    "body",
                    "must be a PDF, Word, Excel or PowerPoint file (.docx, .xlsx, .pptx), PNG or JPEG")));
        }
        for (int i = 0; i < magic.length; i++) {
            if (content.length <= i || content[i] != magic[i]) {
                throw ProblemException.invalid(List.of(new Violation("file", "body", "is not a " + type + " file")));
            }
        }
        return type;
    }

    private OffsetDateTime time(Object value) {
        return DbTimes.at(value, clock.getZone());
    }
}
