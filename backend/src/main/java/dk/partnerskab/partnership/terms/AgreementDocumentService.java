package dk.partnerskab.partnership.terms;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.files.Checksums;
import dk.partnerskab.common.files.FileKind;
import dk.partnerskab.common.files.StorageQuota;
import dk.partnerskab.common.files.StoredFiles;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.dto.DocumentInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The signed agreement (a PDF) of each term: upload or replace, download, list per partnership. */
@ApplicationScoped
public class AgreementDocumentService implements StoredFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** A document to download. */
    public record Download(String filename, byte[] content) {}

    private final TermRepository terms;
    private final AgreementDocumentRepository documents;
    private final PartnershipAccess access;
    private final StorageQuota quota;
    private final AuditTrail audit;
    private final Clock clock;

    public AgreementDocumentService(
            TermRepository terms,
            AgreementDocumentRepository documents,
            PartnershipAccess access,
            StorageQuota quota,
            AuditTrail audit,
            Clock clock) {
        this.terms = terms;
        this.documents = documents;
        this.access = access;
        this.quota = quota;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public FileKind kind() {
        return FileKind.AGREEMENT_DOCUMENTS;
    }

    /** Documents of deleted terms do not count: deleting the term is how a document is removed. */
    @Override
    public long bytesUsed(UUID partnershipId) {
        return documents.bytesIn(partnershipId);
    }

    /**
     * Stores the term's signed agreement, replacing an earlier one. The document belongs to the
     * term, so the upload is checked against and moves the term's version: two people replacing
     * the same file at once do not silently overwrite each other.
     *
     * @throws ProblemException {@code validation-failed} on {@code file} when it is empty, larger
     *         than 10 MiB or not a PDF, on {@code filename} when missing or too long;
     *         {@code version-mismatch} when the term changed since {@code expectedVersion};
     *         {@code storage-quota-exceeded} when it would take the partnership over its quota,
     *         the replaced document counted as freed
     */
    @Transactional
    public Uploaded upload(
            UUID partnershipId,
            UUID termId,
            long expectedVersion,
            String contentType,
            String filename,
            byte[] content) {
        access.requireEditor(partnershipId);
        Term term = requireTerm(partnershipId, termId);
        Preconditions.requireVersion(expectedVersion, term.version);
        validate(contentType, filename, content);
        Optional<DocumentInfo> before = info(termId);
        quota.requireRoom(
                partnershipId,
                content.length,
                before.map(DocumentInfo::sizeBytes).orElse(0));
        // The replaced file is not kept, so the history keeps what identifies it: name, size and checksum.
        Map<String, Object> replaced =
                before.map(d -> fields(d, documents.sha256Of(termId))).orElse(null);
        documents.deleteOfTerm(termId);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        documents.insert(
                id,
                partnershipId,
                termId,
                filename.strip(),
                content,
                Checksums.sha256(content),
                now,
                access.actorName());
        DocumentInfo after = new DocumentInfo(id, filename.strip(), content.length, now, access.actorName());
        audit.record(
                partnershipId,
                "AGREEMENT_DOCUMENT",
                id,
                before.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED,
                after.filename(),
                replaced,
                fields(after, Checksums.sha256(content)));
        term.touch();
        terms.flush();
        return new Uploaded(after, term.version);
    }

    private static Map<String, Object> fields(DocumentInfo document, String sha256) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("id", document.id());
        fields.put("filename", document.filename());
        fields.put("sizeBytes", document.sizeBytes());
        fields.put("sha256", sha256);
        fields.put("uploadedAt", document.uploadedAt().toString());
        fields.put("uploadedBy", document.uploadedBy());
        return fields;
    }

    /** The stored document and its term's version after the upload. */
    public record Uploaded(DocumentInfo document, long termVersion) {}

    /**
     * @throws ProblemException {@code not-found} when the caller may not see the partnership or
     *         the term has no document
     */
    @Transactional
    public Download download(UUID partnershipId, UUID termId) {
        access.membership(partnershipId);
        AgreementDocumentRepository.Content document = documents
                .content(termId, partnershipId)
                .orElseThrow(() -> ProblemException.notFound("This term has no uploaded agreement."));
        return new Download(document.filename(), document.content());
    }

    /** The documents of the given partnerships' terms, by term id, in one query. */
    public Map<UUID, DocumentInfo> infoByTerm(java.util.Collection<UUID> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return Map.of();
        }
        return documents.ofPartnerships(partnershipIds).stream()
                .collect(Collectors.toMap(
                        AgreementDocumentRepository.Document::termId, AgreementDocumentService::toInfo));
    }

    public Optional<DocumentInfo> info(UUID termId) {
        return documents.ofTerm(termId).map(AgreementDocumentService::toInfo);
    }

    private static DocumentInfo toInfo(AgreementDocumentRepository.Document d) {
        return new DocumentInfo(d.id(), d.filename(), d.sizeBytes(), d.uploadedAt(), d.uploadedBy());
    }

    private Term requireTerm(UUID partnershipId, UUID termId) {
        return terms.findIn(partnershipId, termId)
                .orElseThrow(() -> ProblemException.notFound("No term with this id in this partnership."));
    }

    private static void validate(String contentType, String filename, byte[] content) {
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
        boolean pdfType = contentType != null && contentType.toLowerCase().startsWith("application/pdf");
        if (!pdfType || !startsWith(content, PDF_MAGIC)) {
            throw ProblemException.invalid(List.of(new Violation("file", "body", "must be a PDF (application/pdf)")));
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
