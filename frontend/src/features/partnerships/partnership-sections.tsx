import {
  Badge,
  Box,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ChairPeriodView,
  FocusAreaView,
  MilestoneView,
  PartyView,
  TermView,
} from '../../api/types';
import { NotRecorded } from '../../components/not-recorded';
import { PlainText } from '../../components/plain-text';
import { formatDate } from '../../lib/dates';
import { DetailSection } from './detail-section';
import { compareIso, formatPeriod } from './format';

/**
 * Lets a wide table scroll sideways on a narrow screen. The container can take focus so keyboard
 * users can scroll it too.
 */
function ScrollableTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
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

function EmptyNote({ children }: { children: string }) {
  return <Text c="dimmed">{children}</Text>;
}

function OptionalText({ value }: { value: string | null | undefined }) {
  return value ? <PlainText size="sm">{value}</PlainText> : <NotRecorded />;
}

function OptionalDate({ value }: { value: string | null | undefined }) {
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
  items: string[] | null | undefined;
  emptyText: string;
}) {
  const texts = items ?? [];
  return (
    <DetailSection id={id} title={title}>
      {() =>
        texts.length === 0 ? (
          <EmptyNote>{emptyText}</EmptyNote>
        ) : (
          <List spacing="xs">
            {texts.map((text, index) => (
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

function PartyCard({ party }: { party: PartyView }) {
  const { t } = useTranslation();
  const organisation = party.organisation;
  const name = organisation?.name ?? '';
  const signatories = party.signatories ?? [];
  const details = [
    organisation?.kind ? t(`organisationKind.${organisation.kind}`) : undefined,
    organisation?.cvr ? t('partnership.cvr', { cvr: organisation.cvr }) : undefined,
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
          {signatories.map((signatory, index) => (
            <List.Item key={`${signatory.name}-${index}`}>
              <Text span size="sm" fw={600}>
                {signatory.name}
              </Text>
              {signatory.title && `, ${signatory.title}`}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

export function PartiesSection({ parties }: { parties: PartyView[] | null | undefined }) {
  const { t } = useTranslation();
  const items = parties ?? [];
  return (
    <DetailSection id="parties" title={t('partnership.parties')}>
      {() =>
        items.length === 0 ? (
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
            {items.map((party, index) => (
              <li key={party.organisation?.id ?? index}>
                <PartyCard party={party} />
              </li>
            ))}
          </SimpleGrid>
        )
      }
    </DetailSection>
  );
}

export function TermsSection({ terms }: { terms: TermView[] | null | undefined }) {
  const { t, i18n } = useTranslation();
  const sorted = [...(terms ?? [])].sort((a, b) => compareIso(a.startDate, b.startDate));
  return (
    <DetailSection id="terms" title={t('partnership.terms')}>
      {(headingId) =>
        sorted.length === 0 ? (
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
                {sorted.map((term, index) => (
                  <Table.Tr key={term.id ?? index}>
                    <Table.Td>{formatPeriod(term.startDate, term.endDate, i18n.language)}</Table.Td>
                    <Table.Td>{term.kind ? t(`termKind.${term.kind}`) : <NotRecorded />}</Table.Td>
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

export function ChairPeriodsSection({
  chairPeriods,
}: {
  chairPeriods: ChairPeriodView[] | null | undefined;
}) {
  const { t } = useTranslation();
  const sorted = [...(chairPeriods ?? [])].sort((a, b) => compareIso(a.startDate, b.startDate));
  return (
    <DetailSection id="chair" title={t('partnership.chairPeriods')}>
      {(headingId) =>
        sorted.length === 0 ? (
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
                {sorted.map((period, index) => (
                  <Table.Tr key={period.id ?? index}>
                    <Table.Td>{period.organisation?.name}</Table.Td>
                    <Table.Td>
                      <OptionalDate value={period.startDate} />
                    </Table.Td>
                    <Table.Td>
                      <OptionalDate value={period.endDate} />
                    </Table.Td>
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

export function FocusAreasSection({
  focusAreas,
}: {
  focusAreas: FocusAreaView[] | null | undefined;
}) {
  const { t } = useTranslation();
  const sorted = [...(focusAreas ?? [])].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return (
    <DetailSection id="focus-areas" title={t('partnership.focusAreas')}>
      {() =>
        sorted.length === 0 ? (
          <EmptyNote>{t('partnership.focusAreasEmpty')}</EmptyNote>
        ) : (
          <Box component="ol" pl="xl" m={0}>
            {sorted.map((area, index) => (
              <Box component="li" key={area.id ?? index} value={area.number} mb="md">
                <Group gap="xs" align="center">
                  <Title order={3} size="h5">
                    {area.title}
                  </Title>
                  {area.retired && (
                    <Badge variant="filled" color="gray.7" radius="sm">
                      {t('partnership.retired')}
                    </Badge>
                  )}
                </Group>
                {area.description && <PlainText size="sm">{area.description}</PlainText>}
              </Box>
            ))}
          </Box>
        )
      }
    </DetailSection>
  );
}

function MilestoneDate({ milestone }: { milestone: MilestoneView }) {
  const { i18n } = useTranslation();
  if (!milestone.date) return <NotRecorded />;
  const byMonth = milestone.datePrecision === 'MONTH';
  return (
    <time dateTime={byMonth ? milestone.date.slice(0, 7) : milestone.date}>
      {formatDate(milestone.date, i18n.language, byMonth ? 'month' : 'long')}
    </time>
  );
}

export function MilestonesSection({
  milestones,
}: {
  milestones: MilestoneView[] | null | undefined;
}) {
  const { t } = useTranslation();
  const sorted = [...(milestones ?? [])].sort((a, b) => compareIso(a.date, b.date));
  return (
    <DetailSection id="milestones" title={t('partnership.milestones')}>
      {() =>
        sorted.length === 0 ? (
          <EmptyNote>{t('partnership.milestonesEmpty')}</EmptyNote>
        ) : (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {sorted.map((milestone, index) => (
              <li key={milestone.id ?? index}>
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
