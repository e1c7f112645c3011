import { Center, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PageNavigationProps {
  /** One-based. */
  page: number;
  totalPages: number;
  onChange: (page: number) => void;
  /** Names the navigation where a page has more than one paged list. */
  label?: string;
}

/** Links to the pages of a paged list, named for screen readers; nothing for a single page. */
export function PageNavigation({ page, totalPages, onChange, label }: PageNavigationProps) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <Center component="nav" aria-label={label ?? t('pagination.label')}>
      <Pagination
        total={totalPages}
        value={page}
        onChange={onChange}
        getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
        getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
      />
    </Center>
  );
}
