import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChairPeriodView, PartnershipView } from '../../../api/types';
import { NotRecorded } from '../../../components/not-recorded';
import { PlainText } from '../../../components/plain-text';
import { formatDate, todayInCopenhagen } from '../../../lib/dates';
import { useDialog } from '../../../lib/use-dialog';
import { DetailSection } from '../detail-section';
import { formatPeriod } from '../format';
import { EmptyNote, ScrollableTable } from '../partnership-sections';
import { periodOn } from '../period-dates';
import { nextChairDraft, type ChairDraft } from './chair-period-draft';
import { ChairPeriodModal } from './chair-period-modal';
import { DeleteChairPeriodModal } from './delete-chair-period-modal';

interface FormDialog {
  opened: boolean;
  period: ChairPeriodView | null;
  draft: ChairDraft;
  /** A new number for each opening, so the dialog starts from the chair period as it is then. */
  key: number;
}

/** Who chairs today, and so runs the secretariat; or who is next, when nobody does. */
function CurrentChair({ periods, today }: { periods: ChairPeriodView[]; today: string }) {
  const { t, i18n } = useTranslation();
  const current = periodOn(periods, today);
  if (current) {
    return (
      <Text>
        {t('chairPeriods.current', {
          organisation: current.organisation.name,
          date: formatDate(current.endDate, i18n.language),
        })}
      </Text>
    );
  }
  const next = periods
    .filter((period) => period.startDate > today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  return (
    <Text>
      {next
        ? t('chairPeriods.noneNowNext', {
            organisation: next.organisation.name,
            date: formatDate(next.startDate, i18n.language),
          })
        : t('chairPeriods.noneNow')}
    </Text>
  );
}

interface ChairPeriodsSectionProps {
  partnership: PartnershipView;
  canEdit: boolean;
}

/**
 * The chair periods, oldest first as the API sends them; the chairing organisation runs the
 * secretariat. Editors set the next chair (prefilled for the usual two years), change and delete.
 */
export function ChairPeriodsSection({ partnership, canEdit }: ChairPeriodsSectionProps) {
  const { t, i18n } = useTranslation();
  const periods = partnership.chairPeriods;
  const today = todayInCopenhagen();
  const current = periodOn(periods, today);
  const [form, setForm] = useState<FormDialog>({
    opened: false,
    period: null,
    draft: nextChairDraft(partnership, today),
    key: 0,
  });
  const deletion = useDialog<ChairPeriodView>();

  const openForm = (period: ChairPeriodView | null) =>
    setForm((previous) => ({
      opened: true,
      period,
      draft: nextChairDraft(partnership, todayInCopenhagen()),
      key: previous.key + 1,
    }));

  return (
    <DetailSection id="chair" title={t('partnership.chairPeriods')}>
      {(headingId) => (
        <Stack gap="md">
          {periods.length === 0 ? (
            <EmptyNote>{t('partnership.chairPeriodsEmpty')}</EmptyNote>
          ) : (
            <>
              <CurrentChair periods={periods} today={today} />
              <ScrollableTable labelledBy={headingId}>
                <Table aria-labelledby={headingId} striped withTableBorder verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('partnership.chairOrganisation')}</Table.Th>
                      <Table.Th scope="col">{t('partnership.chairFrom')}</Table.Th>
                      <Table.Th scope="col">{t('partnership.chairTo')}</Table.Th>
                      <Table.Th scope="col">{t('partnership.chairNote')}</Table.Th>
                      {canEdit && (
                        <Table.Th scope="col">
                          <VisuallyHidden>{t('chairPeriods.actions')}</VisuallyHidden>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {periods.map((period) => {
                      const name = `${period.organisation.name} ${formatPeriod(
                        period.startDate,
                        period.endDate,
                        i18n.language,
                      )}`;
                      return (
                        <Table.Tr key={period.id}>
                          <Table.Th scope="row" fw={500}>
                            <Group gap="xs">
                              <span>{period.organisation.name}</span>
                              {period.id === current?.id && (
                                <Badge variant="outline" color="teal.9" radius="sm">
                                  {t('chairPeriods.now')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Th>
                          <Table.Td>{formatDate(period.startDate, i18n.language)}</Table.Td>
                          <Table.Td>{formatDate(period.endDate, i18n.language)}</Table.Td>
                          <Table.Td>
                            {period.note ? (
                              <PlainText size="sm">{period.note}</PlainText>
                            ) : (
                              <NotRecorded />
                            )}
                          </Table.Td>
                          {canEdit && (
                            <Table.Td>
                              <Group gap="xs" wrap="nowrap">
                                <Button
                                  size="xs"
                                  variant="default"
                                  aria-label={t('chairPeriods.editLabel', { name })}
                                  onClick={() => openForm(period)}
                                >
                                  {t('chairPeriods.edit')}
                                </Button>
                                <Button
                                  size="xs"
                                  variant="default"
                                  aria-label={t('chairPeriods.deleteLabel', { name })}
                                  onClick={() => deletion.open(period)}
                                >
                                  {t('chairPeriods.delete')}
                                </Button>
                              </Group>
                            </Table.Td>
                          )}
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </ScrollableTable>
            </>
          )}
          {canEdit && (
            <>
              <div>
                <Button variant="light" onClick={() => openForm(null)}>
                  {t('chairPeriods.setNext')}
                </Button>
              </div>
              <ChairPeriodModal
                session={form.key}
                period={form.period}
                draft={form.draft}
                opened={form.opened}
                onClose={() => setForm((previous) => ({ ...previous, opened: false }))}
              />
              <DeleteChairPeriodModal
                partnershipId={partnership.id}
                period={deletion.subject}
                opened={deletion.opened}
                onClose={deletion.close}
              />
            </>
          )}
        </Stack>
      )}
    </DetailSection>
  );
}
