import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnershipSummary } from '../../api/types';
import { paths } from '../../app/paths';
import { formatPeriod } from './format';
import { PartnershipStatusBadge } from './partnership-status-badge';

export function PartnershipCard({ partnership }: { partnership: PartnershipSummary }) {
  const { t, i18n } = useTranslation();
  const { id, name, description, status, currentTerm, myRole, partyNames } = partnership;
  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4">
            <Anchor component={Link} to={paths.partnership(id)} inherit>
              {name}
            </Anchor>
          </Title>
          <PartnershipStatusBadge status={status} />
        </Group>
        {description && (
          <Text size="sm" lineClamp={2}>
            {description}
          </Text>
        )}
        {myRole && <Text size="sm">{t('partnerships.myRole', { role: t(`role.${myRole}`) })}</Text>}
        {currentTerm && (
          <Text size="sm">
            {t('partnerships.term', {
              period: formatPeriod(currentTerm.startDate, currentTerm.endDate, i18n.language),
            })}
          </Text>
        )}
        {partyNames.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('partnerships.parties', { names: partyNames.join(', ') })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
