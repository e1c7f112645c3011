import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ConfirmModal } from '../../components/confirm-modal';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { ProblemAlert } from '../../components/problem-alert';
import { SaveError } from '../../components/save-error';
import { isUuid } from '../../lib/ids';
import { isMalformedPathParameter, toProblemError } from '../../lib/problem';
import { usePartnershipContext } from '../../lib/partnership-context';
import { useDialog } from '../../lib/use-dialog';
import { ExportValues } from './export-values';
import { ImportValues } from './import-values';
import { IndicatorFacts } from './indicator-facts';
import { IndicatorModal } from './indicator-modal';
import { HeadlineStatus } from '../../components/indicator-headline';
import { MeasurementForm } from './measurement-form';
import { MeasurementsTable } from './measurements-table';
import { TrendSection } from './trend-section';
import type { IndicatorView } from './types';
import { useDeleteIndicator, useIndicator, useMeasurements } from './use-indicators';

function BackLink({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.section(partnershipId, 'indicators')}>
      <span aria-hidden="true">← </span>
      {t('indicators.back')}
    </Anchor>
  );
}

/** A missing indicator, one in another partnership and a malformed id all look the same. */
function isMissing(error: unknown): boolean {
  const problem = toProblemError(error);
  return problem.key === 'not-found' || isMalformedPathParameter(problem, 'indicatorId');
}

interface ActionDialog {
  kind: 'edit' | 'delete';
  /** The indicator as it was when the dialog opened: the change is based on what the user saw. */
  version: number;
}

/** What an editor can do with an indicator: change its definition, or delete it. */
function IndicatorActions({
  indicator,
  reload,
}: {
  indicator: IndicatorView;
  reload: () => Promise<IndicatorView | undefined>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteIndicator(indicator.partnershipId);
  const dialog = useDialog<ActionDialog>();
  const [reloading, setReloading] = useState(false);
  const open = (kind: 'edit' | 'delete') => dialog.open({ kind, version: indicator.version });
  const close = () => {
    dialog.close();
    remove.reset();
  };

  const reloadAndClose = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    close();
  };

  return (
    <Group gap="sm">
      <Button variant="default" onClick={() => open('edit')}>
        {t('indicators.edit')}
      </Button>
      <Button variant="default" color="red.9" onClick={() => open('delete')}>
        {t('indicators.delete')}
      </Button>
      <IndicatorModal
        session={dialog.session}
        partnershipId={indicator.partnershipId}
        indicator={indicator}
        reload={reload}
        opened={dialog.opened && dialog.subject?.kind === 'edit'}
        onClose={close}
      />
      <ConfirmModal
        opened={dialog.opened && dialog.subject?.kind === 'delete'}
        onClose={close}
        title={t('indicators.deleteTitle')}
        confirmLabel={t('indicators.delete')}
        danger
        pending={remove.isPending}
        onConfirm={() =>
          remove.mutate(
            { id: indicator.id, version: dialog.subject?.version ?? indicator.version },
            {
              onSuccess: () =>
                void navigate(paths.section(indicator.partnershipId, 'indicators'), {
                  state: { deleted: indicator.name },
                }),
            },
          )
        }
        error={
          remove.isError && (
            <SaveError
              error={remove.error}
              onReload={() => void reloadAndClose()}
              reloading={reloading}
            />
          )
        }
      >
        <Text>{t('indicators.deleteText', { name: indicator.name })}</Text>
      </ConfirmModal>
    </Group>
  );
}

/** The indicator's values to and from a file: export for all, import for those who report. */
function ValueFiles({ indicator }: { indicator: IndicatorView }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-start">
        {indicator.canReport && (
          <ImportValues
            partnershipId={indicator.partnershipId}
            indicator={indicator}
            onStored={setAnnouncement}
          />
        )}
        <ExportValues
          partnershipId={indicator.partnershipId}
          indicatorId={indicator.id}
          label={t('indicators.export.one')}
          fallbackName={indicator.code}
        />
      </Group>
      <Text role="status" fw={500}>
        {announcement}
      </Text>
    </Stack>
  );
}

/**
 * One indicator: what it measures, its traffic light, its trend per area and in total with the
 * table of the same values, and the values as entered with their history. Those who report for it
 * enter values here; editors change or delete it.
 */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { partnership } = usePartnershipContext();
  const { indicatorId = '' } = useParams();
  const query = useIndicator(partnership.id, indicatorId);
  const measurements = useMeasurements(partnership.id, indicatorId);
  const notFound = !isUuid(indicatorId) || (query.isError && isMissing(query.error));
  const pageTitle = (name: string) =>
    t('indicators.indicatorPageTitle', { name, partnership: partnership.name });

  if (notFound) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(t('indicators.notFoundTitle'))} />
        <BackLink partnershipId={partnership.id} />
        <Title order={2}>{t('indicators.notFoundTitle')}</Title>
        <Text>{t('indicators.notFound')}</Text>
      </Stack>
    );
  }

  if (query.isPending) {
    return (
      <>
        <PageTitle title={pageTitle(t('indicators.fallbackTitle'))} />
        <LoadingState label={t('indicators.loadingOne')} />
      </>
    );
  }

  // A failed refetch keeps the indicator already shown, so an open form is not lost.
  if (!query.data) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(t('indicators.fallbackTitle'))} />
        <BackLink partnershipId={partnership.id} />
        <Title order={2}>{t('indicators.fallbackTitle')}</Title>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }

  const indicator = query.data;
  const reload = async () => (await query.refetch()).data;
  return (
    <Stack gap="xl">
      <PageTitle title={pageTitle(indicator.name)} />
      <Stack gap="xs" align="flex-start">
        <BackLink partnershipId={partnership.id} />
        <Group gap="sm" align="center">
          <Title order={2}>
            {t('indicators.heading', { code: indicator.code, name: indicator.name })}
          </Title>
          <HeadlineStatus headline={indicator} />
        </Group>
      </Stack>
      <IndicatorFacts indicator={indicator} />
      {indicator.canEdit && <IndicatorActions indicator={indicator} reload={reload} />}
      <TrendSection indicator={indicator} />
      <ValueFiles indicator={indicator} />
      {indicator.canReport && (
        <MeasurementForm indicator={indicator} measurements={measurements.data} />
      )}
      <MeasurementsTable indicator={indicator} query={measurements} />
    </Stack>
  );
}
