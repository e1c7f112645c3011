import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dates';
import { usePageTitle } from '../../lib/use-page-title';
import {
  ENFORCEMENT_URL,
  KNOWN_ISSUES,
  STATEMENT_CONTACT,
  STATEMENT_PREPARED_ON,
  STATEMENT_REVIEWED_ON,
} from './statement';

/**
 * The accessibility statement in the order of Digitaliseringsstyrelsen's template (WAS-Tool):
 * compliance status, content that is not accessible, how the statement was prepared, feedback and
 * contact, and the enforcement procedure. It needs no router and no sign-in, so it can be shown to
 * anyone (see app.tsx).
 */
export function AccessibilityStatementPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'da';
  const { organisation, site, email, phone } = STATEMENT_CONTACT;
  usePageTitle(t('accessibility.title'));
  return (
    <Stack gap="lg" maw="48rem">
      <Title order={1}>{t('accessibility.title')}</Title>
      <Text>{t('accessibility.intro', { organisation, site })}</Text>

      <Stack gap="xs" component="section" aria-labelledby="was-status">
        <Title order={2} id="was-status">
          {t('accessibility.statusTitle')}
        </Title>
        <Text>{t('accessibility.status')}</Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="was-content">
        <Title order={2} id="was-content">
          {t('accessibility.contentTitle')}
        </Title>
        <Text>{t('accessibility.contentIntro')}</Text>
        <Title order={3}>{t('accessibility.nonComplianceTitle')}</Title>
        <List spacing="xs">
          {KNOWN_ISSUES.map((issue) => (
            <List.Item key={issue.en}>
              {issue[language]}{' '}
              <Text span c="dimmed" size="sm">
                {t('accessibility.criteria', { criteria: issue.criteria.join(', ') })}
              </Text>
            </List.Item>
          ))}
        </List>
        <Title order={3}>{t('accessibility.burdenTitle')}</Title>
        <Text>{t('accessibility.burden')}</Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="was-prepared">
        <Title order={2} id="was-prepared">
          {t('accessibility.preparedTitle')}
        </Title>
        <Text>
          {t('accessibility.prepared', {
            prepared: formatDate(STATEMENT_PREPARED_ON, i18n.language),
            reviewed: formatDate(STATEMENT_REVIEWED_ON, i18n.language),
          })}
        </Text>
        <Text>{t('accessibility.method')}</Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="was-feedback">
        <Title order={2} id="was-feedback">
          {t('accessibility.feedbackTitle')}
        </Title>
        <Text>{t('accessibility.feedback', { organisation })}</Text>
        <Text>
          {t('accessibility.email')}{' '}
          <Anchor
            href={`mailto:${email}?subject=${encodeURIComponent(t('accessibility.mailSubject'))}`}
          >
            {email}
          </Anchor>
        </Text>
        {phone && (
          <Text>
            {t('accessibility.phone')}{' '}
            <Anchor href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</Anchor>
          </Text>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="was-enforcement">
        <Title order={2} id="was-enforcement">
          {t('accessibility.enforcementTitle')}
        </Title>
        <Text>{t('accessibility.enforcement')}</Text>
        <Anchor href={ENFORCEMENT_URL}>{t('accessibility.enforcementLink')}</Anchor>
      </Stack>
    </Stack>
  );
}
