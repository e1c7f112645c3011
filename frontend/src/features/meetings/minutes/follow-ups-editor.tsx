import {
  Box,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, FollowUpView, MemberView, OrganisationRef } from '../../../api/types';
import { LoadingState } from '../../../components/loading-state';
import { OrganisationSelect } from '../../../components/organisation-select';
import { PlainText } from '../../../components/plain-text';
import { ProblemAlert } from '../../../components/problem-alert';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { FollowUpFacts } from '../../../components/follow-up-facts';
import { VersionedDeleteModal } from '../../../components/versioned-delete-modal';
import { useAllMembers } from '../../../lib/lookups';
import { useDialog } from '../../../lib/use-dialog';
import {
  EMPTY_FOLLOW_UP,
  followUpDraftOf,
  followUpInputOf,
  invalidFollowUpFields,
  type FollowUpDraft,
  type FollowUpField,
} from './follow-up-draft';
import {
  MINUTES_LIMITS,
  useAddFollowUp,
  useDeleteFollowUp,
  useUpdateFollowUp,
} from './use-minutes';

interface FollowUpsEditorProps {
  partnershipId: string;
  meetingId: string;
  item: AgendaItemView;
  /** The partnership's parties, offered first among the organisations. */
  parties: OrganisationRef[];
  reloadItem: (id: string) => Promise<AgendaItemView | undefined>;
  announce: (message: string) => void;
}

/** The follow-up items agreed under one agenda item: what, who and by when. */
export function FollowUpsEditor({
  partnershipId,
  meetingId,
  item,
  parties,
  reloadItem,
  announce,
}: FollowUpsEditorProps) {
  const { t } = useTranslation();
  const form = useDialog<FollowUpView>();
  const deletion = useDialog<FollowUpView>();
  const remove = useDeleteFollowUp(partnershipId, meetingId);
  const headingId = `follow-ups-${item.id}`;
  const close = () => form.close();

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={4} id={headingId} mb="xs">
        {t('minutes.followUps.title')}
      </Title>
      <Stack gap="sm">
        {item.followUps.length === 0 ? (
          <Text c="dimmed">{t('minutes.followUps.empty')}</Text>
        ) : (
          <Box component="ul" pl="xl" m={0} aria-labelledby={headingId}>
            {item.followUps.map((followUp) => (
              <Box component="li" key={followUp.id} mb="xs">
                <Stack gap={4}>
                  <PlainText fw={500}>{followUp.title}</PlainText>
                  <FollowUpFacts item={followUp} />
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('minutes.followUps.editLabel', { title: followUp.title })}
                      onClick={() => form.open(followUp)}
                    >
                      {t('minutes.followUps.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('minutes.followUps.deleteLabel', { title: followUp.title })}
                      onClick={() => deletion.open(followUp)}
                    >
                      {t('minutes.followUps.delete')}
                    </Button>
                  </Group>
                </Stack>
              </Box>
            ))}
          </Box>
        )}
        <Button variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => form.open(null)}>
          {t('minutes.followUps.add')}
        </Button>
      </Stack>
      <Modal
        opened={form.opened}
        onClose={close}
        title={form.subject ? t('minutes.followUps.editTitle') : t('minutes.followUps.addTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <FollowUpForm
          key={form.session}
          partnershipId={partnershipId}
          meetingId={meetingId}
          item={item}
          followUp={form.subject}
          parties={parties}
          reloadItem={reloadItem}
          onClose={close}
          onSaved={(title) =>
            announce(
              t(form.subject ? 'minutes.followUps.saved' : 'minutes.followUps.added', { title }),
            )
          }
        />
      </Modal>
      <VersionedDeleteModal
        item={deletion.subject}
        mutation={remove}
        reload={() => reloadItem(item.id)}
        opened={deletion.opened}
        onClose={() => deletion.close()}
        title={t('minutes.followUps.deleteTitle')}
        confirmLabel={t('minutes.followUps.delete')}
      >
        <Text>{t('minutes.followUps.deleteText', { title: deletion.subject?.title })}</Text>
      </VersionedDeleteModal>
    </Box>
  );
}

function memberLabel(member: MemberView): string {
  return member.organisation ? `${member.name} (${member.organisation.name})` : member.name;
}

interface FollowUpFormProps {
  partnershipId: string;
  meetingId: string;
  item: AgendaItemView;
  followUp: FollowUpView | null;
  parties: OrganisationRef[];
  reloadItem: (id: string) => Promise<AgendaItemView | undefined>;
  onClose: () => void;
  onSaved: (title: string) => void;
}

function FollowUpForm({
  partnershipId,
  meetingId,
  item,
  followUp,
  parties,
  reloadItem,
  onClose,
  onSaved,
}: FollowUpFormProps) {
  const { t } = useTranslation();
  const members = useAllMembers(partnershipId);
  const add = useAddFollowUp(partnershipId, meetingId);
  const update = useUpdateFollowUp(partnershipId, meetingId);
  const mutation = followUp ? update : add;
  const [base, setBase] = useState(followUp);
  const [draft, setDraft] = useState<FollowUpDraft>(() =>
    followUp ? followUpDraftOf(followUp) : EMPTY_FOLLOW_UP,
  );
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const invalid = checked ? invalidFollowUpFields(draft) : new Set<FollowUpField>();

  const messages: Record<FollowUpField, string> = {
    title: t('minutes.followUps.titleInvalid', { max: MINUTES_LIMITS.followUpTitle }),
    responsibleOrganisationId: t('minutes.followUps.responsibleMissing'),
    responsiblePersonId: t('minutes.followUps.personInvalid'),
    dueDate: t('minutes.followUps.dueInvalid'),
  };
  const errorFor = (field: FollowUpField) =>
    invalid.has(field) ? messages[field] : server.errorFor(field, messages[field]);
  const fieldLabel = (field: string) =>
    ({
      title: t('minutes.followUps.titleLabel'),
      responsibleOrganisationId: t('minutes.followUps.organisation'),
      responsiblePersonId: t('minutes.followUps.person'),
      dueDate: t('minutes.followUps.dueDate'),
    })[field];

  const set = <K extends FollowUpField>(key: K, value: FollowUpDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalidFollowUpFields(draft).size > 0) return;
    const input = followUpInputOf(draft, item.id);
    const done = {
      onSuccess: () => {
        onSaved(input.title);
        onClose();
      },
    };
    if (base) update.mutate({ id: base.id, version: base.version, input }, done);
    else add.mutate(input, done);
  };

  const reloadNewest = async () => {
    if (!base) return;
    setReloading(true);
    const fresh = (await reloadItem(item.id))?.followUps.find((f) => f.id === base.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setDraft(followUpDraftOf(fresh));
    setChecked(false);
    mutation.reset();
  };

  // A person who has left the partnership stays on the item until someone else is chosen.
  const current = base?.responsiblePerson ?? null;
  const memberOptions = (members.data ?? []).map((member) => ({
    value: member.personId,
    label: memberLabel(member),
  }));
  if (current && !memberOptions.some((option) => option.value === current.id)) {
    memberOptions.push({ value: current.id, label: current.name });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          label={t('minutes.followUps.titleLabel')}
          description={t('form.noPersonalData')}
          required
          autosize
          minRows={2}
          data-autofocus
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errorFor('title')}
        />
        <Text size="sm">{t('minutes.followUps.responsibleHelp')}</Text>
        <OrganisationSelect
          offer="parties"
          label={t('minutes.followUps.organisation')}
          value={draft.responsibleOrganisationId}
          onChange={(id) => set('responsibleOrganisationId', id)}
          parties={parties}
          current={base?.responsibleOrganisation ?? null}
          labels={{
            none: t('minutes.followUps.noOrganisation'),
            parties: t('minutes.followUps.partiesGroup'),
            others: t('minutes.followUps.othersGroup'),
            loading: t('minutes.followUps.organisationsLoading'),
            failed: t('minutes.followUps.organisationsFailed'),
          }}
          error={errorFor('responsibleOrganisationId')}
        />
        {members.isPending ? (
          <LoadingState label={t('minutes.followUps.membersLoading')} />
        ) : members.isError ? (
          <ProblemAlert
            error={members.error}
            title={t('minutes.followUps.membersFailed')}
            onRetry={() => void members.refetch()}
          />
        ) : (
          <NativeSelect
            label={t('minutes.followUps.person')}
            description={t('minutes.followUps.personHelp')}
            value={draft.responsiblePersonId}
            onChange={(event) => set('responsiblePersonId', event.currentTarget.value)}
            data={[{ value: '', label: t('minutes.followUps.noPerson') }, ...memberOptions]}
            error={errorFor('responsiblePersonId')}
          />
        )}
        <TextInput
          type="date"
          label={t('minutes.followUps.dueDate')}
          description={t('minutes.followUps.dueHelp')}
          maw="14rem"
          value={draft.dueDate}
          onChange={(event) => set('dueDate', event.currentTarget.value)}
          error={errorFor('dueDate')}
        />
        {mutation.isError && (
          <SaveError
            error={mutation.error}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            fieldLabel={fieldLabel}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {followUp ? t('common.save') : t('minutes.followUps.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
