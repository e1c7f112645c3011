import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../components/paged-list';
import { useDialog } from '../../lib/use-dialog';
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

/** Which of the page's dialogs is open, and the proposal it is about. */
interface ProposalDialog {
  kind: 'create' | 'agenda' | 'answer';
  /** The proposal as it was when the dialog opened: the change is based on what the user saw. */
  proposal: ProposalView | null;
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
  const dialog = useDialog<ProposalDialog>();
  const [announcement, setAnnouncement] = useState('');
  // The API takes proposals from members and observers only; an administrator is neither.
  const canPropose = (me.data?.memberships ?? []).some(
    (membership) => membership.partnershipId === partnership.id,
  );

  const open = (kind: ProposalDialog['kind'], proposal: ProposalView | null = null) =>
    dialog.open({ kind, proposal });
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
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('proposals.loading')}
        empty={{
          title: t('proposals.emptyTitle'),
          message: t(canPropose ? 'proposals.emptyMember' : 'proposals.empty'),
        }}
        outOfRange={{ message: t('proposals.pageOutOfRange'), firstPage: t('proposals.firstPage') }}
        headingOrder={3}
      >
        {(data) => (
          <>
            <Text>{t('proposals.count', { count: data.totalItems })}</Text>
            <Stack
              component="ul"
              aria-label={t('proposals.listLabel')}
              gap="md"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
            >
              {data.items.map((proposal) => {
                const answerable =
                  proposal.status === 'SUBMITTED' || proposal.status === 'ON_AGENDA';
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
          </>
        )}
      </PagedList>
      {canPropose && (
        <ProposalModal
          session={dialog.session}
          partnershipId={partnership.id}
          opened={dialog.opened && dialog.subject?.kind === 'create'}
          onClose={dialog.close}
          onSaved={(saved) => {
            setAnnouncement(t('proposals.created', { title: saved.title }));
            // The newest proposal is first on the first page.
            if (page > 1) goToPage(1);
          }}
        />
      )}
      <AgendaModal
        session={dialog.session}
        partnershipId={partnership.id}
        proposal={dialog.subject?.proposal ?? null}
        reload={reload}
        opened={dialog.opened && dialog.subject?.kind === 'agenda'}
        onClose={dialog.close}
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
        session={dialog.session}
        partnershipId={partnership.id}
        proposal={dialog.subject?.proposal ?? null}
        reload={reload}
        opened={dialog.opened && dialog.subject?.kind === 'answer'}
        onClose={dialog.close}
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
