package dk.partnerskab.partnership.storage;

import dk.partnerskab.common.files.FileKind;
import dk.partnerskab.common.files.StorageQuota;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.dto.StorageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** What the partnership's files take up, for those who run it and so decide what to remove. */
@ApplicationScoped
public class StorageService {

    private final PartnershipAccess access;
    private final StorageQuota quota;

    public StorageService(PartnershipAccess access, StorageQuota quota) {
        this.access = access;
        this.quota = quota;
    }

    @Transactional
    public StorageView usage(UUID partnershipId) {
        access.requireEditor(partnershipId);
        StorageQuota.Usage usage = quota.usage(partnershipId);
        return new StorageView(
                usage.usedBytes(),
                usage.quotaBytes(),
                usage.of(FileKind.AGREEMENT_DOCUMENTS),
                usage.of(FileKind.AGENDA_ATTACHMENTS),
                usage.of(FileKind.ACTIVITY_REPORTS));
    }
}
