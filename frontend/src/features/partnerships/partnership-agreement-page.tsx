import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PlainText } from '../../components/plain-text';
import { RichText } from '../../components/rich-text';
import { usePageTitle } from '../../lib/use-page-title';
import { DetailSection } from './detail-section';
import { FocusAreasSection } from './focus-areas/focus-areas-section';
import { usePartnershipContext } from './partnership-context';
import {
  ChairPeriodsSection,
  MilestonesSection,
  PartiesSection,
  TermsSection,
  TextListSection,
  TextSection,
} from './partnership-sections';
import { StatusChangeButton } from './status-change-button';

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
        <Text>{t('partnership.minMeetings', { count: partnership.minMeetingsPerYear })}</Text>
        {partnership.description && <PlainText maw="48rem">{partnership.description}</PlainText>}
        {canEdit && (
          <Group gap="sm">
            <Button component={Link} to="rediger">
              {t('partnership.edit')}
            </Button>
            <StatusChangeButton partnership={partnership} />
          </Group>
        )}
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
      <PartiesSection parties={partnership.parties} terms={partnership.terms} />
      <TermsSection terms={partnership.terms} />
      <ChairPeriodsSection chairPeriods={partnership.chairPeriods} />
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
