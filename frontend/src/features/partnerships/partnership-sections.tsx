import { List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChairPeriodView, MilestoneView, PartyView, TermView } from '../../api/types';
import { NotRecorded } from '../../components/not-recorded';
import { PlainText } from '../../components/plain-text';
import { formatDate } from '../../lib/dates';
import { DetailSection } from './detail-section';
import { formatPeriod, formatYears } from './format';

/**
 * Lets a wide table scroll sideways on a narrow screen. The container can take focus so keyboard
 * users can scroll it too.
 */
export function ScrollableTable({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      minWidth={640}
      type="native"
      tabIndex={0}
      role="group"
      aria-labelledby={labelledBy}
    >
      {children}
    </Table.ScrollContainer>
  );
}

export function EmptyNote({ children }: { children: string }) {
  return <Text c="dimmed">{children}</Text>;
}

function OptionalText({ value }: { value: string | null }) {
  return value ? <PlainText size="sm">{value}</PlainText> : <NotRecorded />;
}

function OptionalDate({ value }: { value: string | null }) {
  const { i18n } = useTranslation();
  return value ? formatDate(value, i18n.language) : <NotRecorded />;
}

export function TextListSection({
  id,
  title,
  items,
  emptyText,
}: {
  id: string;
  title: string;
  items: string[];
  emptyText: string;
}) {
  return (
    <DetailSection id={id} title={title}>
      {() =>
        items.length === 0 ? (
          <EmptyNote>{emptyText}</EmptyNote>
        ) : (
          <List spacing="xs">
            {items.map((text, index) => (
              <List.Item key={index}>
                <PlainText>{text}</PlainText>
              </List.Item>
            ))}
          </List>
        )
      }
    </DetailSection>
  );
}

/** "2013–2015" for each term id, for the signatories who signed for a term. */
type TermYears = ReadonlyMap<string, string>;

function PartyCard({ party, termYears }: { party: PartyView; termYears: TermYears }) {
  const { t } = useTranslation();
  const { organisation, signatories } = party;
  const name = organisation.name;
  const details = [
    t(`organisationKind.${organisation.kind}`),
    organisation.cvr ? t('partnership.cvr', { cvr: organisation.cvr }) : undefined,
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Title order={3} size="h5">
        {name}
      </Title>
      {details.length > 0 && (
        <Text size="sm" c="dimmed" mb="xs">
          {details.join(' · ')}
        </Text>
      )}
      {signatories.length === 0 ? (
        <Text size="sm">{t('partnership.signatoriesEmpty')}</Text>
      ) : (
        <List
          size="sm"
          spacing={4}
          aria-label={t('partnership.signatories', { organisation: name })}
        >
          {signatories.map((signatory, index) => {
            const years = signatory.termId ? termYears.get(signatory.termId) : undefined;
            return (
              <List.Item key={index}>
                <Text span size="sm" fw={600}>
                  {signatory.name}
                </Text>
                {signatory.title && `, ${signatory.title}`}
                {years && (
                  <>
                    {' '}
                    <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('partnership.signatoryTerm', { years })}
                    </Text>
                  </>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}

export function PartiesSection({ parties, terms }: { parties: PartyView[]; terms: TermView[] }) {
  const { t } = useTranslation();
  const termYears: TermYears = new Map(
    terms.map((term) => [term.id, formatYears(term.startDate, term.endDate)]),
  );
  return (
    <DetailSection id="parties" title={t('partnership.parties')}>
      {() =>
        parties.length === 0 ? (
          <EmptyNote>{t('partnership.partiesEmpty')}</EmptyNote>
        ) : (
          <SimpleGrid
            component="ul"
            cols={{ base: 1, md: 2 }}
            spacing="md"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {parties.map((party) => (
              <li key={party.organisation.id}>
                <PartyCard party={party} termYears={termYears} />
              </li>
            ))}
          </SimpleGrid>
        )
      }
    </DetailSection>
  );
}

/** The terms, oldest first as the API sends them. */
export function TermsSection({ terms }: { terms: TermView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <DetailSection id="terms" title={t('partnership.terms')}>
      {(headingId) =>
        terms.length === 0 ? (
          <EmptyNote>{t('partnership.termsEmpty')}</EmptyNote>
        ) : (
          <ScrollableTable labelledBy={headingId}>
            <Table aria-labelledby={headingId} striped withTableBorder verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partnership.termPeriod')}</Table.Th>
                  <Table.Th scope="col">{t('partnership.termKind')}</Table.Th>
                  <Table.Th scope="col">{t('partnership.termSignedOn')}</Table.Th>
                  <Table.Th scope="col">{t('partnership.termEvaluation')}</Table.Th>
                  <Table.Th scope="col">{t('partnership.termNote')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {terms.map((term) => (
                  <Table.Tr key={term.id}>
                    <Table.Td>{formatPeriod(term.startDate, term.endDate, i18n.language)}</Table.Td>
                    <Table.Td>{t(`termKind.${term.kind}`)}</Table.Td>
                    <Table.Td>
                      <OptionalDate value={term.signedOn} />
                    </Table.Td>
                    <Table.Td>
                      <OptionalText value={term.evaluationOutcome} />
                    </Table.Td>
                    <Table.Td>
                      <OptionalText value={term.note} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        )
      }
    </DetailSection>
  );
}

/** The chair periods, oldest first as the API sends them. */
export function ChairPeriodsSection({ chairPeriods }: { chairPeriods: ChairPeriodView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <DetailSection id="chair" title={t('partnership.chairPeriods')}>
      {(headingId) =>
        chairPeriods.length === 0 ? (
          <EmptyNote>{t('partnership.chairPeriodsEmpty')}</EmptyNote>
        ) : (
          <ScrollableTable labelledBy={headingId}>
            <Table aria-labelledby={headingId} striped withTableBorder verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partnership.chairOrganisation')}</Table.Th>
                  <Table.Th scope="col">{t('partnership.chairFrom')}</Table.Th>
                  <Table.Th scope="col">{t('partnership.chairTo')}</Table.Th>
                  <Table.Th scope="col">{t('partnership.chairNote')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {chairPeriods.map((period) => (
                  <Table.Tr key={period.id}>
                    <Table.Td>{period.organisation.name}</Table.Td>
                    <Table.Td>{formatDate(period.startDate, i18n.language)}</Table.Td>
                    <Table.Td>{formatDate(period.endDate, i18n.language)}</Table.Td>
                    <Table.Td>
                      <OptionalText value={period.note} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        )
      }
    </DetailSection>
  );
}

function MilestoneDate({ milestone }: { milestone: MilestoneView }) {
  const { i18n } = useTranslation();
  const byMonth = milestone.datePrecision === 'MONTH';
  return (
    <time dateTime={byMonth ? milestone.date.slice(0, 7) : milestone.date}>
      {formatDate(milestone.date, i18n.language, byMonth ? 'month' : 'long')}
    </time>
  );
}

/** The milestones, oldest first as the API sends them. */
export function MilestonesSection({ milestones }: { milestones: MilestoneView[] }) {
  const { t } = useTranslation();
  return (
    <DetailSection id="milestones" title={t('partnership.milestones')}>
      {() =>
        milestones.length === 0 ? (
          <EmptyNote>{t('partnership.milestonesEmpty')}</EmptyNote>
        ) : (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {milestones.map((milestone) => (
              <li key={milestone.id}>
                <Text size="sm" fw={600}>
                  <MilestoneDate milestone={milestone} />
                </Text>
                <Text fw={600}>{milestone.title}</Text>
                {milestone.description && <PlainText size="sm">{milestone.description}</PlainText>}
              </li>
            ))}
          </Stack>
        )
      }
    </DetailSection>
  );
}

export function TextSection({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <DetailSection id={id} title={title}>
      {() => <PlainText>{text}</PlainText>}
    </DetailSection>
  );
}
