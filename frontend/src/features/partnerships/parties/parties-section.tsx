import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipView, PartyView, SignatoryView } from '../../../api/types';
import { useDialog, type Dialog } from '../../../lib/use-dialog';
import { DetailSection } from '../detail-section';
import { formatYears } from '../format';
import { EmptyNote } from '../partnership-sections';
import { AddPartyModal } from './add-party-modal';
import { RemovePartyModal } from './remove-party-modal';
import { RemoveSignatoryModal } from './remove-signatory-modal';
import { SignatoryModal } from './signatory-modal';

/** "2013–2015" for each term id, for the signatories who signed for a term. */
type TermYears = ReadonlyMap<string, string>;

/** The party a dialog is about, and the signatory when it is about one of theirs. */
interface PartySubject {
  party: PartyView;
  signatory: SignatoryView | null;
}

interface PartyActions {
  addSignatory: (party: PartyView) => void;
  editSignatory: (party: PartyView, signatory: SignatoryView) => void;
  removeSignatory: (party: PartyView, signatory: SignatoryView) => void;
  removeParty: (party: PartyView) => void;
}

interface PartyCardProps {
  party: PartyView;
  termYears: TermYears;
  /** What editors can do with the party; read-only users get none. */
  actions?: PartyActions;
}

function PartyCard({ party, termYears, actions }: PartyCardProps) {
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
          {signatories.map((signatory) => {
            const years = signatory.termId ? termYears.get(signatory.termId) : undefined;
            // Someone who signed for several periods is told apart by the period.
            const label = years
              ? t('parties.signatoryWithTerm', { name: signatory.name, years })
              : signatory.name;
            return (
              <List.Item key={signatory.id}>
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
                {actions && (
                  <Group gap="xs" mt={4} mb="xs">
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={t('parties.editSignatoryLabel', { signatory: label })}
                      onClick={() => actions.editSignatory(party, signatory)}
                    >
                      {t('parties.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={t('parties.removeSignatoryLabel', { signatory: label })}
                      onClick={() => actions.removeSignatory(party, signatory)}
                    >
                      {t('parties.remove')}
                    </Button>
                  </Group>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
      {actions && (
        <Group gap="xs" mt="sm">
          <Button
            size="xs"
            variant="light"
            aria-label={t('parties.addSignatoryLabel', { organisation: name })}
            onClick={() => actions.addSignatory(party)}
          >
            {t('parties.addSignatory')}
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label={t('parties.removeLabel', { organisation: name })}
            onClick={() => actions.removeParty(party)}
          >
            {t('parties.removeParty')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

interface PartiesSectionProps {
  partnership: PartnershipView;
  canEdit: boolean;
}

/**
 * The parties in the agreement's order, each with the people who signed for it and the period
 * they signed for. Editors add and remove parties and add, change and remove signatories.
 */
export function PartiesSection({ partnership, canEdit }: PartiesSectionProps) {
  const { t } = useTranslation();
  const { parties, terms } = partnership;
  const adding = useDialog();
  const partyRemoval = useDialog<PartySubject>();
  const signatoryForm = useDialog<PartySubject>();
  const signatoryRemoval = useDialog<PartySubject>();
  const termYears: TermYears = new Map(
    terms.map((term) => [term.id, formatYears(term.startDate, term.endDate)]),
  );

  const open = (
    dialog: Dialog<PartySubject>,
    party: PartyView,
    signatory: SignatoryView | null = null,
  ) => dialog.open({ party, signatory });
  const actions: PartyActions | undefined = canEdit
    ? {
        addSignatory: (party) => open(signatoryForm, party),
        editSignatory: (party, signatory) => open(signatoryForm, party, signatory),
        removeSignatory: (party, signatory) => open(signatoryRemoval, party, signatory),
        removeParty: (party) => open(partyRemoval, party),
      }
    : undefined;

  return (
    <DetailSection id="parties" title={t('partnership.parties')}>
      {() => (
        <Stack gap="md">
          {parties.length === 0 ? (
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
                <li key={party.id}>
                  <PartyCard party={party} termYears={termYears} actions={actions} />
                </li>
              ))}
            </SimpleGrid>
          )}
          {canEdit && (
            <>
              <div>
                <Button variant="light" onClick={() => adding.open()}>
                  {t('parties.add')}
                </Button>
              </div>
              <AddPartyModal
                session={adding.session}
                partnershipId={partnership.id}
                parties={parties}
                opened={adding.opened}
                onClose={() => adding.close()}
              />
              <RemovePartyModal
                partnershipId={partnership.id}
                party={partyRemoval.subject?.party ?? null}
                opened={partyRemoval.opened}
                onClose={partyRemoval.close}
              />
              <SignatoryModal
                session={signatoryForm.session}
                partnershipId={partnership.id}
                party={signatoryForm.subject?.party ?? null}
                signatory={signatoryForm.subject?.signatory ?? null}
                terms={terms}
                opened={signatoryForm.opened}
                onClose={signatoryForm.close}
              />
              <RemoveSignatoryModal
                partnershipId={partnership.id}
                party={signatoryRemoval.subject?.party ?? null}
                signatory={signatoryRemoval.subject?.signatory ?? null}
                opened={signatoryRemoval.opened}
                onClose={signatoryRemoval.close}
              />
            </>
          )}
        </Stack>
      )}
    </DetailSection>
  );
}
