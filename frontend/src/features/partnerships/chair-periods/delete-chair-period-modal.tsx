import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChairPeriodView } from '../../../api/types';
import { formatPeriod } from '../format';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { VersionedDeleteModal } from '../../../components/versioned-delete-modal';
import { useDeleteChairPeriod } from './use-chair-period-mutations';

interface DeleteChairPeriodModalProps {
  partnershipId: string;
  /** The chair period as it was when the user chose to delete it; null before the first time. */
  period: ChairPeriodView | null;
  opened: boolean;
  onClose: () => void;
}

export function DeleteChairPeriodModal({
  partnershipId,
  period,
  opened,
  onClose,
}: DeleteChairPeriodModalProps) {
  const { t, i18n } = useTranslation();
  const { reload } = usePartnershipContext();
  return (
    <VersionedDeleteModal
      item={period}
      mutation={useDeleteChairPeriod(partnershipId)}
      reload={reload}
      opened={opened}
      onClose={onClose}
      title={t('chairPeriods.deleteTitle')}
      confirmLabel={t('chairPeriods.delete')}
    >
      <Text>
        {t('chairPeriods.deleteText', {
          organisation: period?.organisation.name,
          period: period ? formatPeriod(period.startDate, period.endDate, i18n.language) : '',
        })}
      </Text>
    </VersionedDeleteModal>
  );
}
