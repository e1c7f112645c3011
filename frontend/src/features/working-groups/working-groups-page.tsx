import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { NotRecorded } from '../../components/not-recorded';
import { PagedList } from '../../components/paged-list';
import { useDialog } from '../../lib/use-dialog';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { useWorkingGroups } from './use-working-groups';
import { WorkingGroupDeadline } from './working-group-deadline';
import { WorkingGroupModal } from './working-group-modal';
import { WorkingGroupStatusBadge } from './working-group-status-badge';

const CAPTION_ID = 'working-groups-caption';

/**
 * The partnership's working groups, active first, each with its focus area, lead, deadline,
 * status and number of members. Editors set up new ones from here.
 */
export function WorkingGroupsPage() {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('workingGroups.pageTitle', { name: partnership.name }));
  const navigate = useNavigate();
  const [page, goToPage] = usePageParam();
  const query = useWorkingGroups(partnership.id, page - 1);
  const dialog = useDialog();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2}>{t('workingGroups.title')}</Title>
        {canEdit && <Button onClick={() => dialog.open()}>{t('workingGroups.create')}</Button>}
      </Group>
      <Text>{t('workingGroups.intro')}</Text>
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('workingGroups.loading')}
        empty={{
          title: t('workingGroups.emptyTitle'),
          message: t(canEdit ? 'workingGroups.emptyEditor' : 'workingGroups.empty'),
        }}
        outOfRange={{
          message: t('workingGroups.pageOutOfRange'),
          firstPage: t('workingGroups.firstPage'),
        }}
        headingOrder={3}
      >
        {(data) => (
          <>
            <Text>{t('workingGroups.count', { count: data.totalItems })}</Text>
            <Table.ScrollContainer
              minWidth={760}
              type="native"
              tabIndex={0}
              role="group"
              aria-labelledby={CAPTION_ID}
            >
              <Table striped withTableBorder verticalSpacing="sm" captionSide="top">
                <Table.Caption id={CAPTION_ID}>{t('workingGroups.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('workingGroups.name')}</Table.Th>
                    <Table.Th scope="col">{t('workingGroups.focusArea')}</Table.Th>
                    <Table.Th scope="col">{t('workingGroups.lead')}</Table.Th>
                    <Table.Th scope="col">{t('workingGroups.deadline')}</Table.Th>
                    <Table.Th scope="col">{t('common.status')}</Table.Th>
                    <Table.Th scope="col">{t('workingGroups.members')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((group) => (
                    <Table.Tr key={group.id}>
                      <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                        <Anchor component={Link} to={paths.workingGroup(partnership.id, group.id)}>
                          {group.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>
                        {group.focusArea ? (
                          t('workingGroups.focusAreaName', {
                            number: group.focusArea.number,
                            title: group.focusArea.title,
                          })
                        ) : (
                          <NotRecorded />
                        )}
                      </Table.Td>
                      <Table.Td>
                        {group.leadOrganisation ? group.leadOrganisation.name : <NotRecorded />}
                      </Table.Td>
                      <Table.Td>
                        <WorkingGroupDeadline group={group} />
                      </Table.Td>
                      <Table.Td>
                        <WorkingGroupStatusBadge status={group.status} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {t('workingGroups.memberCount', { count: group.members.length })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </PagedList>
      {canEdit && (
        <WorkingGroupModal
          session={dialog.session}
          partnership={partnership}
          group={null}
          opened={dialog.opened}
          onClose={() => dialog.close()}
          onSaved={(created) =>
            void navigate(paths.workingGroup(partnership.id, created.id), {
              state: { created: created.name },
            })
          }
        />
      )}
    </Stack>
  );
}
