import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dash for an empty value that screen readers read as "not recorded". */
export function NotRecorded() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <VisuallyHidden>{t('common.notRecorded')}</VisuallyHidden>
    </>
  );
}
