import {
  Anchor,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberView } from '../../../api/types';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { NotRecorded } from '../../../components/not-recorded';
import { PageNavigation } from '../../../components/page-navigation';
import { ProblemAlert } from '../../../components/problem-alert';
import { usePageParam } from '../../../lib/use-page-param';
import { usePageTitle } from '../../../lib/use-page-title';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { ScrollableTable } from '../partnership-sections';
import { MemberModal } from './member-modal';
import { RemoveMemberModal } from './remove-member-modal';
import { useMembers } from './use-members';

const HEADING_ID = 'members-heading';

interface Dialog {
  opened: boolean;
  member: MemberView | null;
  /** A new number for each opening, so the dialog starts from the member as they are then. */
  key: number;
}

const CLOSED: Dialog = { opened: false, member: null, key: 0 };

/** Who is in the partnership, with which role; its chair, secretariat and admins change that. */
export function MembersPage() {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('members.pageTitle', { name: partnership.name }));
  const [page, goToPage] = usePageParam();
  const query = useMembers(partnership.id, page - 1);
  const [form, setForm] = useState<Dialog>(CLOSED);
  const [removal, setRemoval] = useState<Dialog>(CLOSED);

  const open = (setDialog: typeof setForm, member: MemberView | null) =>
    setDialog((current) => ({ opened: true, member, key: current.key + 1 }));
  const reloadMember = async (id: string) =>
    (await query.refetch()).data?.items.find((member) => member.id === id);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2} id={HEADING_ID}>
          {t('members.title')}
        </Title>
        {canEdit && <Button onClick={() => open(setForm, null)}>{t('members.add')}</Button>}
      </Group>
      {query.isPending ? (
        <LoadingState label={t('members.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        page > 1 && query.data.totalItems > 0 ? (
          <EmptyState
            headingOrder={3}
            title={t('members.emptyTitle')}
            message={t('members.pageOutOfRange')}
          >
            <Anchor component={Link} to=".">
              {t('members.firstPage')}
            </Anchor>
          </EmptyState>
        ) : (
          <EmptyState
            headingOrder={3}
            title={t('members.emptyTitle')}
            message={t('members.empty')}
          />
        )
      ) : (
        <>
          <Text>{t('members.count', { count: query.data.totalItems })}</Text>
          <ScrollableTable labelledBy={HEADING_ID}>
            <Table aria-labelledby={HEADING_ID} striped withTableBorder verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('members.name')}</Table.Th>
                  <Table.Th scope="col">{t('members.email')}</Table.Th>
                  <Table.Th scope="col">{t('members.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('members.role')}</Table.Th>
                  {canEdit && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs">
                        <span>{member.name}</span>
                        {member.invited && (
                          <Badge variant="outline" color="blue.9" radius="sm">
                            {t('members.invited')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {member.email ?? <NotRecorded />}
                    </Table.Td>
                    <Table.Td>{member.organisation?.name ?? <NotRecorded />}</Table.Td>
                    <Table.Td>{t(`role.${member.role}`)}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('members.editLabel', { name: member.name })}
                            onClick={() => open(setForm, member)}
                          >
                            {t('members.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('members.removeLabel', { name: member.name })}
                            onClick={() => open(setRemoval, member)}
                          >
                            {t('members.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
          <PageNavigation page={page} totalPages={query.data.totalPages} onChange={goToPage} />
        </>
      )}
      {canEdit && (
        <>
          <MemberModal
            session={form.key}
            partnership={partnership}
            member={form.member}
            opened={form.opened}
            onClose={() => setForm((current) => ({ ...current, opened: false }))}
            reloadMember={reloadMember}
          />
          <RemoveMemberModal
            partnershipId={partnership.id}
            member={removal.member}
            opened={removal.opened}
            onClose={() => setRemoval((current) => ({ ...current, opened: false }))}
            reload={() => query.refetch()}
          />
        </>
      )}
    </Stack>
  );
}
