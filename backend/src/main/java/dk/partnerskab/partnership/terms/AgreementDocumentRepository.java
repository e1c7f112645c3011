package dk.partnerskab.partnership.terms;

import dk.partnerskab.common.time.DbTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The terms' signed agreements ({@code agreement_document}, a table without an entity). */
@ApplicationScoped
public class AgreementDocumentRepository {

    private final EntityManager em;

    public AgreementDocumentRepository(EntityManager em) {
        this.em = em;
    }

    /** A document without its content. */
    public record Document(
            UUID termId, UUID id, String filename, int sizeBytes, Instant uploadedAt, String uploadedBy) {}

    /** A document to download. */
    public record Content(String filename, byte[] content) {}

    /** The checksum of the term's document; there must be one. */
    public String sha256Of(UUID termId) {
        return (String) em.createNativeQuery("SELECT sha256 FROM agreement_document WHERE term_id = ?1")
                .setParameter(1, termId)
                .getSingleResult();
    }

    /** The bytes the documents of the partnership's living terms take up. */
    public long bytesIn(UUID partnershipId) {
        return ((Number) em.createNativeQuery(
                                "SELECT coalesce(sum(d.size_bytes), 0) FROM agreement_document d "
                                        + "JOIN term t ON t.id = d.term_id WHERE d.partnership_id = ?1 AND t.deleted_at IS NULL")
                        .setParameter(1, partnershipId)
                        .getSingleResult())
                .longValue();
    }

    public void deleteOfTerm(UUID termId) {
        em.createNativeQuery("DELETE FROM agreement_document WHERE term_id = ?1")
                .setParameter(1, termId)
                .executeUpdate();
    }

    public void insert(
            UUID id,
            UUID partnershipId,
            UUID termId,
            String filename,
            byte[] content,
            String sha256,
            Instant uploadedAt,
            String uploadedBy) {
        em.createNativeQuery(
                        "INSERT INTO agreement_document (id, partnership_id, term_id, filename, size_bytes, sha256, content, "
                                + "uploaded_at, uploaded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, id)
                .setParameter(2, partnershipId)
                .setParameter(3, termId)
                .setParameter(4, filename)
                .setParameter(5, content.length)
                .setParameter(6, sha256)
                .setParameter(7, content)
                .setParameter(8, Timestamp.from(uploadedAt))
                .setParameter(9, uploadedBy)
                .executeUpdate();
    }

    /** The term's document with its content, if the term is the partnership's and has one. */
    public Optional<Content> content(UUID termId, UUID partnershipId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT filename, content FROM agreement_document WHERE term_id = ?1 AND partnership_id = ?2")
                .setParameter(1, termId)
                .setParameter(2, partnershipId)
                .getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r).map(r -> new Content((String) r[0], (byte[]) r[1]));
    }

    /** The documents of the given partnerships' terms, in one query. */
    public List<Document> ofPartnerships(Collection<UUID> partnershipIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT term_id, id, filename, size_bytes, uploaded_at, uploaded_by "
                        + "FROM agreement_document WHERE partnership_id = ANY(?1)")
                .setParameter(1, partnershipIds.toArray(new UUID[0]))
                .getResultList();
        return rows.stream().map(AgreementDocumentRepository::document).toList();
    }

    public Optional<Document> ofTerm(UUID termId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT term_id, id, filename, size_bytes, uploaded_at, uploaded_by "
                        + "FROM agreement_document WHERE term_id = ?1")
                .setParameter(1, termId)
                .getResultList();
        return rows.stream().findFirst().map(AgreementDocumentRepository::document);
    }

    private static Document document(Object[] r) {
        return new Document(
                (UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).intValue(), DbTimes.instant(r[4]), (String)
                        r[5]);
    }
}
