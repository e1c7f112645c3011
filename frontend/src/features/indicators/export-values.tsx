import { Button, Loader, Menu, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessageKey, toProblemError } from '../../lib/problem';
import type { ExportFormat } from './types';
import { useExportValues } from './use-measurement-files';

const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

interface ExportValuesProps {
  partnershipId: string;
  /** The one indicator whose values to export; all the partnership's values without it. */
  indicatorId?: string;
  label: string;
  /** The file's name (without extension) when the API's cannot be read. */
  fallbackName: string;
}

/**
 * Downloads values as CSV or Excel, in the columns the import reads, so a file can be exported,
 * filled in and imported again. The file is fetched with the user's token; a plain link would not
 * do.
 */
export function ExportValues({
  partnershipId,
  indicatorId,
  label,
  fallbackName,
}: ExportValuesProps) {
  const { t } = useTranslation();
  const download = useExportValues(partnershipId, fallbackName, indicatorId);

  return (
    <Stack gap={4} align="flex-end">
      <Menu position="bottom-end">
        <Menu.Target>
          {/* Not `loading`: that disables the button, and a keyboard user would lose their place. */}
          <Button
            variant="default"
            leftSection={download.isPending ? <Loader size={14} aria-hidden="true" /> : undefined}
            rightSection={<span aria-hidden="true">▾</span>}
            data-disabled={download.isPending || undefined}
            aria-disabled={download.isPending || undefined}
          >
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {FORMATS.map((format) => (
            <Menu.Item
              key={format}
              disabled={download.isPending}
              onClick={() => download.mutate(format)}
            >
              {t(`indicators.export.${format}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <VisuallyHidden role="status">
        {download.isPending ? t('indicators.export.pending') : ''}
      </VisuallyHidden>
      {download.isError && (
        <Text size="sm" c="red.9" role="alert">
          {t('indicators.export.failed')} {t(problemMessageKey(toProblemError(download.error).key))}
        </Text>
      )}
    </Stack>
  );
}
