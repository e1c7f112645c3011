package dk.partnerskab.common.files;

import dk.partnerskab.common.persistence.PartnershipLocks;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The room each partnership has for files ({@code partnerskab.storage.quota-per-partnership}),
 * shared by every kind of file. It lives in plumbing rather than in a feature: the features that
 * store files call it before storing, and it learns their usage through {@link StoredFiles}, so it
 * depends on none of them and none of them on each other.
 */
@ApplicationScoped
public class StorageQuota {

    /** The 413 of an upload, for the contract: the server's body limit or the quota. */
    public static final String UPLOAD_TOO_LARGE = "The body is larger than the server accepts (payload-too-large), "
            + "or the file does not fit in the partnership's storage quota (storage-quota-exceeded).";

    private static final double MB = 1024 * 1024;

    /** The partnership's files by kind, against its quota. */
    public record Usage(long usedBytes, long quotaBytes, Map<FileKind, Long> byKind) {

        public long of(FileKind kind) {
            return byKind.getOrDefault(kind, 0L);
        }
    }

    private final long quotaBytes;
    private final Instance<StoredFiles> stores;
    private final PartnershipLocks locks;

    public StorageQuota(
            @ConfigProperty(name = "partnerskab.storage.quota-per-partnership") MemorySize quota,
            @Any Instance<StoredFiles> stores,
            PartnershipLocks locks) {
        this.quotaBytes = quota.asLongValue();
        this.stores = stores;
        this.locks = locks;
    }

    public Usage usage(UUID partnershipId) {
        Map<FileKind, Long> byKind = new EnumMap<>(FileKind.class);
        for (StoredFiles store : stores) {
            byKind.merge(store.kind(), store.bytesUsed(partnershipId), Long::sum);
        }
        long used = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new Usage(used, quotaBytes, byKind);
    }

    /**
     * Refuses a file that would take the partnership over its quota. The check holds the
     * partnership's storage lock until the upload's transaction ends, so two uploads at once cannot
     * each fit alone and together overrun it.
     *
     * @param addedBytes the new file's size
     * @param freedBytes the size of the file it replaces, 0 when it replaces none
     * @throws ProblemException {@code storage-quota-exceeded}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireRoom(UUID partnershipId, long addedBytes, long freedBytes) {
        locks.hold(partnershipId, "storage");
        long used = usage(partnershipId).usedBytes();
        long after = used - freedBytes + addedBytes;
        if (after > quotaBytes) {
            String replacing =
                    freedBytes > 0 ? String.format(Locale.ROOT, " (in place of %.1f MB)", freedBytes / MB) : "";
            throw new ProblemException(
                    ProblemKey.STORAGE_QUOTA_EXCEEDED,
                    String.format(
                            Locale.ROOT,
                            "The partnership's files use %.1f MB of its %.1f MB; a file of %.1f MB%s does not fit."
                                    + " Remove files that are no longer needed, or ask the portal's administrators"
                                    + " for more room.",
                            used / MB,
                            quotaBytes / MB,
                            addedBytes / MB,
                            replacing));
        }
    }
}
