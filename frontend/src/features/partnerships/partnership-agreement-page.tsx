import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../app/paths';
import { PlainText } from '../../components/plain-text';
import { RichText } from '../../components/rich-text';
import type { TermView } from '../../api/types';
import { formatDate, todayInCopenhagen } from '../../lib/dates';
import { usePageTitle } from '../../lib/use-page-title';
import { agreementExpiry } from './agreement-expiry';
import { DetailSection } from './detail-section';
import { ChairPeriodsSection } from './chair-periods/chair-periods-section';
import { FocusAreasSection } from './focus-areas/focus-areas-section';
import { PartiesSection } from './parties/parties-section';
import { usePartnershipContext } from '../../lib/partnership-context';
import { MilestonesSection, TextListSection, TextSection } from './partnership-sections';
import { StatusChangeButton } from './status-change-button';
import { StorageUsage } from './storage/storage-usage';
import { TermsSection } from './terms/terms-section';

function AgreementExpiryText({ terms }: { terms: TermView[] }) {
  const { t, i18n } = useTranslation();
  const expiry = agreementExpiry(terms, todayInCopenhagen());
  if (expiry.kind === 'none') return <Text>{t('partnership.noTerm')}</Text>;
  const date = formatDate(expiry.endDate, i18n.language);
  if (expiry.kind === 'ended') return <Text fw={700}>{t('partnership.expired', { date })}</Text>;
  return <Text fw={700}>{t('partnership.expiresIn', { count: expiry.daysLeft, date })}</Text>;
}

/** The agreement itself; its chair, secretariat and administrators also change it from here. */
export function PartnershipAgreementPage() {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  usePageTitle(partnership.name);

  return (
    <Stack gap="xl">
      {saved && (
        <Alert role="status" variant="outline" color="teal.9">
          {t('partnershipEdit.saved')}
        </Alert>
      )}
      <Stack gap="sm" align="flex-start">
        <AgreementExpiryText terms={partnership.terms} />
        <Text>{t('partnership.minMeetings', { count: partnership.minMeetingsPerYear })}</Text>
        {partnership.description && <PlainText maw="48rem">{partnership.description}</PlainText>}
        {canEdit && (
          <Group gap="sm">
            <Button component={Link} to={paths.section(partnership.id, 'edit')}>
              {t('partnership.edit')}
            </Button>
            <StatusChangeButton partnership={partnership} />
          </Group>
        )}
        {canEdit && <StorageUsage partnershipId={partnership.id} />}
      </Stack>
      <TextListSection
        id="purposes"
        title={t('partnership.purposes')}
        items={partnership.purposes}
        emptyText={t('partnership.purposesEmpty')}
      />
      <TextListSection
        id="principles"
        title={t('partnership.principles')}
        items={partnership.principles}
        emptyText={t('partnership.principlesEmpty')}
      />
      <PartiesSection partnership={partnership} canEdit={canEdit} />
      <TermsSection partnership={partnership} canEdit={canEdit} />
      <ChairPeriodsSection partnership={partnership} canEdit={canEdit} />
      <FocusAreasSection partnership={partnership} canEdit={canEdit} />
      <MilestonesSection milestones={partnership.milestones} />
      {partnership.rulesOfProcedure && (
        <DetailSection id="rules-of-procedure" title={t('partnership.rulesOfProcedure')}>
          {() => <RichText html={partnership.rulesOfProcedure ?? ''} />}
        </DetailSection>
      )}
      {partnership.economyNotes && (
        <TextSection
          id="economy"
          title={t('partnership.economy')}
          text={partnership.economyNotes}
        />
      )}
    </Stack>
  );
}
