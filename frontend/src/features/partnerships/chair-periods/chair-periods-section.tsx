import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
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

/** What the form opens for, with the draft a new chair period starts from at that moment. */
interface FormSubject {
  period: ChairPeriodView | null;
  draft: ChairDraft;
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
  const form = useDialog<FormSubject>();
  // The modal shows nothing until it first opens; this only gives its props a value till then.
  const formFor: FormSubject = form.subject ?? {
    period: null,
    draft: nextChairDraft(partnership, today),
  };
  const deletion = useDialog<ChairPeriodView>();

  const openForm = (period: ChairPeriodView | null) =>
    form.open({ period, draft: nextChairDraft(partnership, todayInCopenhagen()) });

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
                session={form.session}
                period={formFor.period}
                draft={formFor.draft}
                opened={form.opened}
                onClose={form.close}
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
