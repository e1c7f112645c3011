import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TermView } from '../../../api/types';
import { formatPeriod } from '../format';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { VersionedDeleteModal } from '../../../components/versioned-delete-modal';
import { useDeleteTerm } from './use-term-mutations';

interface DeleteTermModalProps {
  partnershipId: string;
  /** The term as it was when the user chose to delete it; null before the first time. */
  term: TermView | null;
  opened: boolean;
  onClose: () => void;
}

export function DeleteTermModal({ partnershipId, term, opened, onClose }: DeleteTermModalProps) {
  const { t, i18n } = useTranslation();
  const { reload } = usePartnershipContext();
  const period = term ? formatPeriod(term.startDate, term.endDate, i18n.language) : '';
  return (
    <VersionedDeleteModal
      item={term}
      mutation={useDeleteTerm(partnershipId)}
      reload={reload}
      opened={opened}
      onClose={onClose}
      title={t('terms.deleteTitle')}
      confirmLabel={t('terms.delete')}
    >
      <Text>{t('terms.deleteText', { period })}</Text>
    </VersionedDeleteModal>
  );
}
