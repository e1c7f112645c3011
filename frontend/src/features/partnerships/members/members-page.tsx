import { Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../api/types';
import { NotRecorded } from '../../../components/not-recorded';
import { PagedList } from '../../../components/paged-list';
import { useDialog } from '../../../lib/use-dialog';
import { usePageParam } from '../../../lib/use-page-param';
import { usePageTitle } from '../../../lib/use-page-title';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { ScrollableTable } from '../partnership-sections';
import { MemberModal } from './member-modal';
import { RemoveMemberModal } from './remove-member-modal';
import { useMembers } from './use-members';

const HEADING_ID = 'members-heading';

/** Who is in the partnership, with which role; its chair, secretariat and admins change that. */
export function MembersPage() {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('members.pageTitle', { name: partnership.name }));
  const [page, goToPage] = usePageParam();
  const query = useMembers(partnership.id, page - 1);
  const form = useDialog<MemberView>();
  const removal = useDialog<MemberView>();

  const reloadMember = async (id: string) =>
    (await query.refetch()).data?.items.find((member) => member.id === id);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2} id={HEADING_ID}>
          {t('members.title')}
        </Title>
        {canEdit && <Button onClick={() => form.open(null)}>{t('members.add')}</Button>}
      </Group>
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('members.loading')}
        empty={{ title: t('members.emptyTitle'), message: t('members.empty') }}
        outOfRange={{
          message: t('members.pageOutOfRange'),
          firstPage: t('members.firstPage'),
          firstPageHref: '.',
        }}
        headingOrder={3}
      >
        {(data) => (
          <>
            <Text>{t('members.count', { count: data.totalItems })}</Text>
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
                  {data.items.map((member) => (
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
                              onClick={() => form.open(member)}
                            >
                              {t('members.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('members.removeLabel', { name: member.name })}
                              onClick={() => removal.open(member)}
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
          </>
        )}
      </PagedList>
      {canEdit && (
        <>
          <MemberModal
            session={form.session}
            partnership={partnership}
            member={form.subject}
            opened={form.opened}
            onClose={() => form.close()}
            reloadMember={reloadMember}
          />
          <RemoveMemberModal
            partnershipId={partnership.id}
            member={removal.subject}
            opened={removal.opened}
            onClose={() => removal.close()}
            reload={() => query.refetch()}
          />
        </>
      )}
    </Stack>
  );
}
