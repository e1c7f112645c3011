import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../app/paths';
import { NotRecorded } from '../../components/not-recorded';
import { PagedList } from '../../components/paged-list';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import { useDialog } from '../../lib/use-dialog';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { ExportValues } from './export-values';
import { ImportValues } from './import-values';
import { IndicatorModal } from './indicator-modal';
import { CompletenessNote, HeadlineStatus } from '../../components/indicator-headline';
import type { IndicatorView } from './types';
import { useIndicators } from './use-indicators';

const CAPTION_ID = 'indicators-caption';

function LatestValue({ indicator }: { indicator: IndicatorView }) {
  const { t, i18n } = useTranslation();
  if (indicator.latestValue === null || indicator.latestPeriod === null) return <NotRecorded />;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {t('indicators.valueWithUnit', {
          value: formatNumber(indicator.latestValue, i18n.language),
          unit: indicator.unit,
        })}
      </Text>
      <Text size="sm">{formatPeriod(indicator.latestPeriod, i18n.language)}</Text>
      <CompletenessNote completeness={indicator.completeness} />
    </Stack>
  );
}

/**
 * The partnership's indicators by code, each with its latest value for the areas that have
 * reported (and how many when not all) and its traffic light. Editors define new ones from here.
 */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('indicators.pageTitle', { name: partnership.name }));
  const [page, goToPage] = usePageParam();
  const query = useIndicators(partnership.id, page - 1);
  const dialog = useDialog();
  // An indicator deleted on its own page is named here, where its page sends the user.
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const [announcement, setAnnouncement] = useState(
    deleted ? t('indicators.deleted', { name: deleted }) : '',
  );
  // Editors may import for the partnership; others when they report for an indicator listed here.
  const canImport =
    canEdit || (query.data?.items.some((indicator) => indicator.canReport) ?? false);
  const hasIndicators = (query.data?.totalItems ?? 0) > 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{t('indicators.title')}</Title>
        <Group gap="sm" align="flex-start">
          {canImport && <ImportValues partnershipId={partnership.id} onStored={setAnnouncement} />}
          {hasIndicators && (
            <ExportValues
              partnershipId={partnership.id}
              label={t('indicators.export.all')}
              fallbackName={t('indicators.export.allFilename')}
            />
          )}
          {canEdit && <Button onClick={() => dialog.open()}>{t('indicators.create')}</Button>}
        </Group>
      </Group>
      <Text>{t('indicators.intro')}</Text>
      <Text role="status" fw={500}>
        {announcement}
      </Text>
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('indicators.loading')}
        empty={{
          title: t('indicators.emptyTitle'),
          message: t(canEdit ? 'indicators.emptyEditor' : 'indicators.empty'),
        }}
        outOfRange={{
          message: t('indicators.pageOutOfRange'),
          firstPage: t('indicators.firstPage'),
        }}
        headingOrder={3}
      >
        {(data) => (
          <>
            <Text>{t('indicators.count', { count: data.totalItems })}</Text>
            <Table.ScrollContainer
              minWidth={760}
              type="native"
              tabIndex={0}
              role="group"
              aria-labelledby={CAPTION_ID}
            >
              <Table striped withTableBorder verticalSpacing="sm" captionSide="top">
                <Table.Caption id={CAPTION_ID}>{t('indicators.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('indicators.code')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.name')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.unit')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.latest')}</Table.Th>
                    <Table.Th scope="col">{t('common.status')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.owner')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((indicator) => (
                    <Table.Tr key={indicator.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{indicator.code}</Table.Td>
                      <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                        <Anchor component={Link} to={paths.indicator(partnership.id, indicator.id)}>
                          {indicator.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{indicator.unit}</Table.Td>
                      <Table.Td>
                        <LatestValue indicator={indicator} />
                      </Table.Td>
                      <Table.Td>
                        <HeadlineStatus headline={indicator} />
                      </Table.Td>
                      <Table.Td>
                        {indicator.ownerOrganisation ? (
                          indicator.ownerOrganisation.name
                        ) : (
                          <NotRecorded />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </PagedList>
      {canEdit && (
        <IndicatorModal
          session={dialog.session}
          partnershipId={partnership.id}
          indicator={null}
          opened={dialog.opened}
          onClose={() => dialog.close()}
          onSaved={(created) => setAnnouncement(t('indicators.created', { name: created.name }))}
        />
      )}
    </Stack>
  );
}
