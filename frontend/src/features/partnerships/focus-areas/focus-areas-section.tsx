import { Badge, Button, Group, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaView, PartnershipView } from '../../../api/types';
import { PlainText } from '../../../components/plain-text';
import { ReorderableList, ReorderError } from '../../../components/reorderable-list';
import { useDialog } from '../../../lib/use-dialog';
import { DetailSection } from '../detail-section';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { EmptyNote } from '../partnership-sections';
import { DeleteFocusAreaModal } from './delete-focus-area-modal';
import { FocusAreaModal } from './focus-area-modal';
import { useReorderFocusAreas } from './use-focus-area-mutations';

interface FocusAreasSectionProps {
  partnership: PartnershipView;
  canEdit: boolean;
}

/**
 * The focus areas by number, as the API sends them. Editors add, change, delete and reorder them,
 * by dragging or with the move buttons; a move is announced in the live region.
 */
export function FocusAreasSection({ partnership, canEdit }: FocusAreasSectionProps) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  const areas = partnership.focusAreas;
  const reorder = useReorderFocusAreas(partnership.id);
  const form = useDialog<FocusAreaView>();
  const deletion = useDialog<FocusAreaView>();
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);

  const saveOrder = (ids: string[], onSaved: (saved: FocusAreaView[]) => void) =>
    reorder.mutate(
      { ids, version: partnership.version },
      { onSuccess: ({ focusAreas }) => onSaved(focusAreas) },
    );

  const reloadAfterConflict = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    reorder.reset();
  };

  return (
    <DetailSection id="focus-areas" title={t('partnership.focusAreas')}>
      {() => (
        <Stack gap="md">
          {areas.length === 0 ? (
            <EmptyNote>{t('partnership.focusAreasEmpty')}</EmptyNote>
          ) : (
            <ReorderableList
              items={areas}
              idPrefix="focus-area"
              itemName={(area) => area.title}
              editable={canEdit}
              saving={reorder.isPending}
              onReorder={saveOrder}
              onMoved={(area, number) =>
                setAnnouncement(t('focusAreas.moved', { title: area.title, number }))
              }
            >
              {(area, moveButtons) => (
                <>
                  <Group gap="xs" align="center">
                    <Title order={3} size="h5">
                      {area.title}
                    </Title>
                    {area.retired && (
                      <Badge variant="filled" color="gray.7" radius="sm">
                        {t('partnership.retired')}
                      </Badge>
                    )}
                  </Group>
                  {area.description && <PlainText size="sm">{area.description}</PlainText>}
                  {canEdit && (
                    <Group gap="xs" mt="xs">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('focusAreas.editLabel', { title: area.title })}
                        onClick={() => form.open(area)}
                      >
                        {t('focusAreas.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('focusAreas.deleteLabel', { title: area.title })}
                        onClick={() => deletion.open(area)}
                      >
                        {t('focusAreas.delete')}
                      </Button>
                      {moveButtons}
                    </Group>
                  )}
                </>
              )}
            </ReorderableList>
          )}
          {canEdit && (
            <>
              <VisuallyHidden role="status">{announcement}</VisuallyHidden>
              {reorder.isError && (
                <ReorderError
                  error={reorder.error}
                  onReload={() => void reloadAfterConflict()}
                  reloading={reloading}
                />
              )}
              <div>
                <Button variant="light" onClick={() => form.open(null)}>
                  {t('focusAreas.add')}
                </Button>
              </div>
              <FocusAreaModal
                session={form.session}
                partnershipId={partnership.id}
                area={form.subject}
                opened={form.opened}
                onClose={() => form.close()}
              />
              <DeleteFocusAreaModal
                partnershipId={partnership.id}
                area={deletion.subject}
                opened={deletion.opened}
                onClose={() => deletion.close()}
              />
            </>
          )}
        </Stack>
      )}
    </DetailSection>
  );
}
