import {
  Box,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipView } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { OrganisationSelect } from '../../components/organisation-select';
import { PlainText } from '../../components/plain-text';
import { ProblemAlert } from '../../components/problem-alert';
import { RichTextEditor } from '../../components/rich-text-editor';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { focusAreaChoices } from '../../lib/choices';
import { useAllMembers } from '../../lib/lookups';
import type { WorkingGroupView } from './types';
import { useCreateWorkingGroup, useUpdateWorkingGroup } from './use-working-groups';
import {
  EMPTY_WORKING_GROUP,
  invalidWorkingGroupFields,
  WORKING_GROUP_LIMITS,
  workingGroupDraftOf,
  workingGroupInputOf,
  type WorkingGroupDraft,
  type WorkingGroupField,
} from './working-group-draft';

/** The decision in the minutes a new group is set up from. */
export interface SourceDecision {
  id: string;
  text: string;
  meetingTitle: string;
}

interface WorkingGroupFormProps {
  partnership: PartnershipView;
  /** The group to change, as it was when the user chose to; null to set one up. */
  group: WorkingGroupView | null;
  /** For a new group: the decision that sets it up, if any. */
  decision?: SourceDecision | null;
  /** Reads the group again; resolves to its newest version, if it could be read. */
  reload?: () => Promise<WorkingGroupView | undefined>;
  onClose: () => void;
  /** Hears the group as the API stored it. */
  onSaved?: (group: WorkingGroupView) => void;
}

interface WorkingGroupModalProps extends WorkingGroupFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the group as it is then. */
  session: number;
}

/**
 * Sets up a working group, directly or from a decision, or changes one against the version the
 * user started from.
 */
export function WorkingGroupModal({ opened, session, ...form }: WorkingGroupModalProps) {
  const { t } = useTranslation();
  const title = form.group
    ? t('workingGroups.form.editTitle')
    : form.decision
      ? t('workingGroups.form.fromDecisionTitle')
      : t('workingGroups.form.createTitle');
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <WorkingGroupForm key={session} {...form} />
    </Modal>
  );
}

function WorkingGroupForm({
  partnership,
  group,
  decision,
  reload,
  onClose,
  onSaved,
}: WorkingGroupFormProps) {
  const { t } = useTranslation();
  const members = useAllMembers(partnership.id);
  const create = useCreateWorkingGroup(partnership.id);
  const update = useUpdateWorkingGroup(partnership.id, group?.id ?? '');
  const mutation = group ? update : create;
  const [base, setBase] = useState(group);
  const [draft, setDraft] = useState<WorkingGroupDraft>(() =>
    group ? workingGroupDraftOf(group) : EMPTY_WORKING_GROUP,
  );
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const invalid = checked ? invalidWorkingGroupFields(draft) : new Set<WorkingGroupField>();

  const messages: Record<WorkingGroupField, string> = {
    name: t('workingGroups.form.nameInvalid', { max: WORKING_GROUP_LIMITS.name }),
    mandate: t('form.tooLong', { max: WORKING_GROUP_LIMITS.mandate }),
    focusAreaId: t('workingGroups.form.focusAreaInvalid'),
    leadOrganisationId: t('workingGroups.form.leadInvalid'),
    deadline: t('workingGroups.form.deadlineInvalid'),
    memberIds: t('workingGroups.form.membersInvalid', { max: WORKING_GROUP_LIMITS.members }),
  };
  const errorFor = (field: WorkingGroupField) =>
    invalid.has(field) ? messages[field] : server.errorFor(field, messages[field]);
  const fieldLabel = (field: string) =>
    ({
      name: t('workingGroups.form.name'),
      mandate: t('workingGroups.form.mandate'),
      focusAreaId: t('workingGroups.form.focusArea'),
      leadOrganisationId: t('workingGroups.form.lead'),
      deadline: t('workingGroups.form.deadline'),
      memberIds: t('workingGroups.form.members'),
      decisionId: t('workingGroups.form.decision'),
    })[field];

  const set = <K extends WorkingGroupField>(key: K, value: WorkingGroupDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalidWorkingGroupFields(draft).size > 0) return;
    const saved = (view: WorkingGroupView) => {
      onSaved?.(view);
      onClose();
    };
    if (base) {
      update.mutate(
        { version: base.version, input: workingGroupInputOf(draft) },
        { onSuccess: saved },
      );
    } else {
      create.mutate(workingGroupInputOf(draft, decision?.id), { onSuccess: saved });
    }
  };

  const reloadNewest = async () => {
    if (!reload) return;
    setReloading(true);
    const fresh = await reload();
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setDraft(workingGroupDraftOf(fresh));
    setChecked(false);
    mutation.reset();
  };

  // People who have left the partnership stay in the group until they are unticked.
  const memberOptions = (members.data ?? []).map((member) => ({
    value: member.personId,
    label: member.organisation
      ? t('workingGroups.form.memberOption', {
          name: member.name,
          organisation: member.organisation.name,
        })
      : member.name,
  }));
  for (const person of base?.members ?? []) {
    if (!memberOptions.some((option) => option.value === person.id)) {
      memberOptions.push({
        value: person.id,
        label: t('workingGroups.form.formerMember', { name: person.name }),
      });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {decision && !group && (
          <Paper withBorder p="sm" radius="md" bg="gray.0">
            <Text size="sm" fw={600}>
              {t('workingGroups.form.fromDecision', { meeting: decision.meetingTitle })}
            </Text>
            <PlainText size="sm">{decision.text}</PlainText>
          </Paper>
        )}
        <Text size="sm">{t('form.noPersonalData')}</Text>
        <TextInput
          label={t('workingGroups.form.name')}
          required
          data-autofocus
          value={draft.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errorFor('name')}
        />
        <RichTextEditor
          label={t('workingGroups.form.mandate')}
          description={t('workingGroups.form.mandateHelp')}
          value={draft.mandate}
          onChange={(value) => set('mandate', value)}
          error={errorFor('mandate')}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('workingGroups.form.focusArea')}
            value={draft.focusAreaId}
            onChange={(event) => set('focusAreaId', event.currentTarget.value)}
            data={focusAreaChoices(partnership.focusAreas, base?.focusArea?.id ?? '', {
              none: t('workingGroups.form.noFocusArea'),
              name: (area) =>
                t('workingGroups.focusAreaName', { number: area.number, title: area.title }),
              retired: (name) => t('workingGroups.form.retired', { name }),
            })}
            error={errorFor('focusAreaId')}
          />
          <TextInput
            type="date"
            label={t('workingGroups.form.deadline')}
            description={t('workingGroups.form.deadlineHelp')}
            value={draft.deadline}
            onChange={(event) => set('deadline', event.currentTarget.value)}
            error={errorFor('deadline')}
          />
        </Group>
        <OrganisationSelect
          offer="parties"
          label={t('workingGroups.form.lead')}
          description={t('workingGroups.form.leadHelp')}
          value={draft.leadOrganisationId}
          onChange={(id) => set('leadOrganisationId', id)}
          parties={partnership.parties.map((party) => party.organisation)}
          current={base?.leadOrganisation}
          labels={{
            none: t('workingGroups.form.noLead'),
            parties: t('workingGroups.form.partiesGroup'),
            others: t('workingGroups.form.othersGroup'),
            loading: t('workingGroups.form.organisationsLoading'),
            failed: t('workingGroups.form.organisationsFailed'),
          }}
          error={errorFor('leadOrganisationId')}
        />
        {members.isPending ? (
          <LoadingState label={t('workingGroups.form.membersLoading')} />
        ) : members.isError ? (
          <ProblemAlert
            error={members.error}
            title={t('workingGroups.form.membersFailed')}
            onRetry={() => void members.refetch()}
          />
        ) : memberOptions.length === 0 ? (
          <Box>
            <Text size="sm" fw={500}>
              {t('workingGroups.form.members')}
            </Text>
            <Text size="sm">{t('workingGroups.form.noMembers')}</Text>
          </Box>
        ) : (
          <Checkbox.Group
            label={t('workingGroups.form.members')}
            description={t('workingGroups.form.membersHelp', {
              count: draft.memberIds.length,
            })}
            value={draft.memberIds}
            onChange={(value) => set('memberIds', value)}
            error={errorFor('memberIds')}
          >
            <ScrollArea.Autosize mah="16rem" type="auto" offsetScrollbars mt="xs">
              <Stack gap="xs" py={2}>
                {memberOptions.map((option) => (
                  <Checkbox key={option.value} value={option.value} label={option.label} />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Checkbox.Group>
        )}
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
            {group ? t('common.save') : t('workingGroups.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
