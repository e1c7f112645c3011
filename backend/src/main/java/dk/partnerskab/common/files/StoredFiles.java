package dk.partnerskab.common.files;

import java.util.UUID;

/**
 * What one feature's stored files take up in a partnership. Each feature that stores files offers
 * this from its own service, which asks its own repository, so {@link StorageQuota} adds them up
 * without naming any feature's tables or depending on the features that call it.
 */
public interface StoredFiles {

    FileKind kind();

    /** The bytes the partnership's files of this kind take up; files of deleted things do not count. */
    long bytesUsed(UUID partnershipId);
}
