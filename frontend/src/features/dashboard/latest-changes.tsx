import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDateTime } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import { CORRECTION_COLOR } from './colors';
import type { LatestChange } from './types';

const CAPTION_ID = 'dashboard-latest-caption';

interface LatestChangesProps {
  changes: LatestChange[];
  partnershipId: string;
}

/** The values entered last, newest first, with who entered them and whether they corrected one. */
export function LatestChanges({ changes, partnershipId }: LatestChangesProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="dashboard-latest">
      <Title order={3} id="dashboard-latest">
        {t('dashboard.latest')}
      </Title>
      {changes.length === 0 ? (
        <Text>{t('dashboard.noChanges')}</Text>
      ) : (
        <Table.ScrollContainer
          minWidth={720}
          type="native"
          tabIndex={0}
          role="group"
          aria-labelledby={CAPTION_ID}
        >
          <Table striped withTableBorder verticalSpacing="xs" captionSide="top">
            <Table.Caption id={CAPTION_ID}>{t('dashboard.latestCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard.code')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.area')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.period')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard.value')}
                </Table.Th>
                <Table.Th scope="col">{t('dashboard.enteredBy')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.enteredAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr
                  key={`${change.indicatorId}-${change.area}-${change.period}-${change.enteredAt}`}
                >
                  <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      component={Link}
                      to={paths.indicator(partnershipId, change.indicatorId)}
                    >
                      {change.code}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{change.area}</Table.Td>
                  <Table.Td>{formatPeriod(change.period, i18n.language)}</Table.Td>
                  <Table.Td ta="right">
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      {change.correction && (
                        <Badge variant="outline" color={CORRECTION_COLOR} radius="sm" tt="none">
                          {t('dashboard.correction')}
                        </Badge>
                      )}
                      <span>{formatNumber(change.value, i18n.language)}</span>
                    </Group>
                  </Table.Td>
                  <Table.Td>{change.enteredBy}</Table.Td>
                  <Table.Td>
                    <time dateTime={change.enteredAt}>
                      {formatDateTime(change.enteredAt, i18n.language)}
                    </time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
