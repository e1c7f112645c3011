import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  type ComboboxStringGroupData,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionEntry } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDayOf } from '../../lib/dates';
import { useServerFieldErrors } from '../../lib/field-errors';
import { ProposalError } from './proposal-error';
import {
  PROPOSAL_LIMITS,
  PROPOSAL_OUTCOMES,
  type ProposalOutcome,
  type ProposalView,
} from './types';
import { useAllDecisions, useAnswerProposal } from './use-proposals';

interface AnswerFormProps {
  partnershipId: string;
  /** The proposal as it was when the user chose to answer it. */
  proposal: ProposalView;
  /** Reads the proposal again; resolves to its newest version, if it is still there. */
  reload: (proposalId: string) => Promise<ProposalView | undefined>;
  onClose: () => void;
  onSaved?: (proposal: ProposalView) => void;
}

interface AnswerModalProps extends Omit<AnswerFormProps, 'proposal'> {
  proposal: ProposalView | null;
  opened: boolean;
  /** A new number for each opening, so the form starts from the proposal as it is then. */
  session: number;
}

/** An editor accepts or rejects a proposal, with the reason and the decision behind it. */
export function AnswerModal({ opened, session, proposal, ...form }: AnswerModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={t('proposals.answer.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {proposal && <AnswerForm key={session} proposal={proposal} {...form} />}
    </Modal>
  );
}

/** A decision's text shortened for a choice in a list; the register shows it in full. */
function shortened(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 119)}…` : oneLine;
}

/**
 * The decisions by meeting, newest first, but the meeting whose agenda holds the proposal first:
 * that is where it was most likely decided.
 */
function decisionChoices(
  decisions: readonly DecisionEntry[],
  agendaMeetingId: string | undefined,
  meetingLabel: (decision: DecisionEntry) => string,
  none: string,
): ComboboxStringGroupData {
  const byMeeting = new Map<string, { group: string; items: { value: string; label: string }[] }>();
  for (const decision of decisions) {
    const group = byMeeting.get(decision.meetingId) ?? {
      group: meetingLabel(decision),
      items: [],
    };
    group.items.push({ value: decision.id, label: shortened(decision.text) });
    byMeeting.set(decision.meetingId, group);
  }
  const groups = [...byMeeting.entries()];
  groups.sort(([a], [b]) => Number(b === agendaMeetingId) - Number(a === agendaMeetingId));
  return [{ value: '', label: none }, ...groups.map(([, group]) => group)];
}

type Field = 'outcome' | 'reason' | 'decisionId';

function AnswerForm({ partnershipId, proposal, reload, onClose, onSaved }: AnswerFormProps) {
  const { t, i18n } = useTranslation();
  const decisions = useAllDecisions(partnershipId);
  const answer = useAnswerProposal(partnershipId);
  const [base, setBase] = useState(proposal);
  const [outcome, setOutcome] = useState<ProposalOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(answer.error);

  const reasonInvalid = reason.trim() === '' || reason.length > PROPOSAL_LIMITS.reason;
  const messages: Record<Field, string> = {
    outcome: t('proposals.answer.outcomeInvalid'),
    reason: t('proposals.answer.reasonInvalid', { max: PROPOSAL_LIMITS.reason }),
    decisionId: t('proposals.answer.decisionInvalid'),
  };
  const labels: Record<Field, string> = {
    outcome: t('proposals.answer.outcome'),
    reason: t('proposals.answer.reason'),
    decisionId: t('proposals.answer.decision'),
  };
  const errorFor = (field: Field, invalid: boolean) =>
    checked && invalid ? messages[field] : server.errorFor(field, messages[field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (outcome === '' || reasonInvalid) return;
    answer.mutate(
      {
        proposal: base,
        answer: { outcome, reason: reason.trim(), ...(decisionId ? { decisionId } : {}) },
      },
      {
        onSuccess: (view) => {
          onSaved?.(view);
          onClose();
        },
      },
    );
  };

  // What the user wrote is kept: only the version it is based on changes.
  const reloadNewest = async () => {
    setReloading(true);
    const fresh = await reload(base.id);
    setReloading(false);
    answer.reset();
    if (!fresh || fresh.status === 'ACCEPTED' || fresh.status === 'REJECTED') {
      onClose();
      return;
    }
    setBase(fresh);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('proposals.answer.intro', { title: base.title })}</Text>
        <Radio.Group
          label={labels.outcome}
          required
          value={outcome}
          onChange={(value) => setOutcome(value as ProposalOutcome)}
          error={errorFor('outcome', outcome === '')}
        >
          <Group gap="lg" mt="xs">
            {PROPOSAL_OUTCOMES.map((value) => (
              <Radio key={value} value={value} label={t(`proposals.status.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={labels.reason}
          description={t('proposals.answer.reasonHelp')}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errorFor('reason', reasonInvalid)}
        />
        {decisions.isPending ? (
          <LoadingState label={t('proposals.answer.decisionsLoading')} />
        ) : decisions.isError ? (
          <ProblemAlert
            error={decisions.error}
            title={t('proposals.answer.decisionsFailed')}
            onRetry={() => void decisions.refetch()}
          />
        ) : (
          <NativeSelect
            label={labels.decisionId}
            description={t(
              decisions.data.length === 0
                ? 'proposals.answer.noDecisions'
                : 'proposals.answer.decisionHelp',
            )}
            value={decisionId}
            onChange={(event) => setDecisionId(event.currentTarget.value)}
            data={decisionChoices(
              decisions.data,
              base.agenda?.meetingId,
              (decision) =>
                t('proposals.answer.decisionMeeting', {
                  title: decision.meetingTitle,
                  date: formatDayOf(decision.meetingStartsAt, i18n.language),
                }),
              t('proposals.answer.noDecision'),
            )}
            error={errorFor('decisionId', false)}
          />
        )}
        {answer.isError && (
          <ProposalError
            error={answer.error}
            title={t('proposals.answer.failed')}
            refusedMessage={t('proposals.answer.refused')}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            fieldLabel={(field) => labels[field as Field]}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={answer.isPending}>
            {t('proposals.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
