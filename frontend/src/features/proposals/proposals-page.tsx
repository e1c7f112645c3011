import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { PageNavigation } from '../../components/page-navigation';
import { ProblemAlert } from '../../components/problem-alert';
import { useMe } from '../../lib/use-me';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { AgendaModal } from './agenda-modal';
import { AnswerModal } from './answer-modal';
import { ProposalCard } from './proposal-card';
import { ProposalModal } from './proposal-modal';
import type { ProposalView } from './types';
import { useProposals } from './use-proposals';

interface Dialog {
  kind: 'create' | 'agenda' | 'answer' | null;
  /** The proposal as it was when the dialog opened: the change is based on what the user saw. */
  proposal: ProposalView | null;
  /** A new number for each opening, so the dialog starts afresh. */
  key: number;
}

/**
 * The partnership's proposals of new focus areas and activities, newest first, each with its
 * status and, once answered, the answer. Members and observers propose; editors put proposals on
 * a meeting's agenda and answer them.
 */
export function ProposalsPage() {
  const { t } = useTranslation();
  const { partnership } = usePartnershipContext();
  usePageTitle(t('proposals.pageTitle', { name: partnership.name }));
  const me = useMe();
  const [page, goToPage] = usePageParam();
  const query = useProposals(partnership.id, page - 1);
  const [dialog, setDialog] = useState<Dialog>({ kind: null, proposal: null, key: 0 });
  const [announcement, setAnnouncement] = useState('');
  // The API takes proposals from members and observers only; an administrator is neither.
  const canPropose = (me.data?.memberships ?? []).some(
    (membership) => membership.partnershipId === partnership.id,
  );

  const open = (kind: Dialog['kind'], proposal: ProposalView | null = null) =>
    setDialog((current) => ({ kind, proposal, key: current.key + 1 }));
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const reload = async (proposalId: string) => {
    const result = await query.refetch();
    return result.data?.items.find((proposal) => proposal.id === proposalId);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2}>{t('proposals.title')}</Title>
        {canPropose && <Button onClick={() => open('create')}>{t('proposals.create')}</Button>}
      </Group>
      <Text>{t('proposals.intro')}</Text>
      {me.data && !canPropose && <Text size="sm">{t('proposals.onlyMembers')}</Text>}
      <Text role="status" fw={500}>
        {announcement}
      </Text>
      {query.isPending ? (
        <LoadingState label={t('proposals.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        page > 1 && query.data.totalItems > 0 ? (
          <EmptyState
            headingOrder={3}
            title={t('proposals.emptyTitle')}
            message={t('proposals.pageOutOfRange')}
          >
            <Anchor component="button" type="button" onClick={() => goToPage(1)}>
              {t('proposals.firstPage')}
            </Anchor>
          </EmptyState>
        ) : (
          <EmptyState
            headingOrder={3}
            title={t('proposals.emptyTitle')}
            message={t(canPropose ? 'proposals.emptyMember' : 'proposals.empty')}
          />
        )
      ) : (
        <>
          <Text>{t('proposals.count', { count: query.data.totalItems })}</Text>
          <Stack
            component="ul"
            aria-label={t('proposals.listLabel')}
            gap="md"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {query.data.items.map((proposal) => {
              const answerable = proposal.status === 'SUBMITTED' || proposal.status === 'ON_AGENDA';
              return (
                <ProposalCard
                  key={proposal.id}
                  proposal={proposal}
                  partnershipId={partnership.id}
                  actions={
                    proposal.canEdit &&
                    answerable && (
                      <Group gap="xs">
                        {proposal.status === 'SUBMITTED' && (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('proposals.toAgendaLabel', { title: proposal.title })}
                            onClick={() => open('agenda', proposal)}
                          >
                            {t('proposals.toAgenda')}
                          </Button>
                        )}
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('proposals.answerLabel', { title: proposal.title })}
                          onClick={() => open('answer', proposal)}
                        >
                          {t('proposals.answerAction')}
                        </Button>
                      </Group>
                    )
                  }
                />
              );
            })}
          </Stack>
          <PageNavigation page={page} totalPages={query.data.totalPages} onChange={goToPage} />
        </>
      )}
      {canPropose && (
        <ProposalModal
          session={dialog.key}
          partnershipId={partnership.id}
          opened={dialog.kind === 'create'}
          onClose={close}
          onSaved={(saved) => {
            setAnnouncement(t('proposals.created', { title: saved.title }));
            // The newest proposal is first on the first page.
            if (page > 1) goToPage(1);
          }}
        />
      )}
      <AgendaModal
        session={dialog.key}
        partnershipId={partnership.id}
        proposal={dialog.proposal}
        reload={reload}
        opened={dialog.kind === 'agenda'}
        onClose={close}
        onSaved={(saved) =>
          setAnnouncement(
            t('proposals.putOnAgenda', {
              title: saved.title,
              meeting: saved.agenda?.meetingTitle ?? '',
            }),
          )
        }
      />
      <AnswerModal
        session={dialog.key}
        partnershipId={partnership.id}
        proposal={dialog.proposal}
        reload={reload}
        opened={dialog.kind === 'answer'}
        onClose={close}
        onSaved={(saved) =>
          setAnnouncement(
            t(saved.status === 'ACCEPTED' ? 'proposals.accepted' : 'proposals.rejected', {
              title: saved.title,
            }),
          )
        }
      />
    </Stack>
  );
}
