package dk.partnerskab.meeting.agenda;

import dk.partnerskab.common.time.DbTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The files on agenda items ({@code agenda_attachment}, a table without an entity). */
@ApplicationScoped
public class AgendaAttachmentRepository {

    private final EntityManager em;

    public AgendaAttachmentRepository(EntityManager em) {
        this.em = em;
    }

    /** A file without its content. */
    public record Attachment(
            UUID agendaItemId,
            UUID id,
            String filename,
            String contentType,
            int sizeBytes,
            Instant uploadedAt,
            String uploadedBy) {}

    /** A file to download. */
    public record Content(String filename, String contentType, byte[] content) {}

    /** How many files the item holds. */
    public long countOf(UUID agendaItemId) {
        return ((Number) em.createNativeQuery("select count(*) from agenda_attachment where agenda_item_id = :i")
                        .setParameter("i", agendaItemId)
                        .getSingleResult())
                .longValue();
    }

    /** The bytes the files on the partnership's living agenda items take up. */
    public long bytesIn(UUID partnershipId) {
        return ((Number) em.createNativeQuery("select coalesce(sum(f.size_bytes), 0) from agenda_attachment f "
                                + "join agenda_item i on i.id = f.agenda_item_id "
                                + "where f.partnership_id = :p and i.deleted_at is null")
                        .setParameter("p", partnershipId)
                        .getSingleResult())
                .longValue();
    }

    public void insert(
            UUID id,
            UUID partnershipId,
            UUID meetingId,
            UUID agendaItemId,
            String filename,
            String contentType,
            byte[] content,
            String sha256,
            Instant uploadedAt,
            String uploadedBy) {
        em.createNativeQuery(
                        "insert into agenda_attachment (id, partnership_id, meeting_id, agenda_item_id, filename, content_type, "
                                + "size_bytes, sha256, content, uploaded_at, uploaded_by) values (:id, :p, :m, :i, :f, :t, :s, :h, :c, :at, :by)")
                .setParameter("id", id)
                .setParameter("p", partnershipId)
                .setParameter("m", meetingId)
                .setParameter("i", agendaItemId)
                .setParameter("f", filename)
                .setParameter("t", contentType)
                .setParameter("s", content.length)
                .setParameter("h", sha256)
                .setParameter("c", content)
                .setParameter("at", Timestamp.from(uploadedAt))
                .setParameter("by", uploadedBy)
                .executeUpdate();
    }

    public void delete(UUID id) {
        em.createNativeQuery("delete from agenda_attachment where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The file, if it is on the living item of the meeting. */
    public Optional<Content> content(UUID id, UUID agendaItemId, UUID meetingId) {
        List<?> rows = em.createNativeQuery("select filename, content_type, content from agenda_attachment "
                        + "where id = :id and agenda_item_id = :i and meeting_id = :m "
                        + "and exists (select 1 from agenda_item a where a.id = :i and a.deleted_at is null)")
                .setParameter("id", id)
                .setParameter("i", agendaItemId)
                .setParameter("m", meetingId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> (Object[]) r)
                .map(r -> new Content((String) r[0], (String) r[1], (byte[]) r[2]));
    }

    /** The files of the given items, without their content, by upload time. */
    public List<Attachment> ofItems(Collection<UUID> agendaItemIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select agenda_item_id, id, filename, content_type, size_bytes, uploaded_at, uploaded_by "
                                + "from agenda_attachment where agenda_item_id = any(:ids) order by uploaded_at, id")
                .setParameter("ids", agendaItemIds.toArray(new UUID[0]))
                .getResultList();
        return rows.stream()
                .map(r -> new Attachment(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).intValue(),
                        r[5] == null ? null : DbTimes.instant(r[5]),
                        (String) r[6]))
                .toList();
    }
}
