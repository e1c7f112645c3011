import { Badge, Box, Button, Group, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaView, PartnershipView } from '../../../api/types';
import { ConflictAlert } from '../../../components/conflict-alert';
import { PlainText } from '../../../components/plain-text';
import { ProblemAlert } from '../../../components/problem-alert';
import { toProblemError } from '../../../lib/problem';
import { DetailSection } from '../detail-section';
import { usePartnershipContext } from '../partnership-context';
import { EmptyNote } from '../partnership-sections';
import { DeleteFocusAreaModal } from './delete-focus-area-modal';
import { FocusAreaModal } from './focus-area-modal';
import { useReorderFocusAreas } from './use-focus-area-mutations';

type Direction = 'up' | 'down';

interface Dialog {
  opened: boolean;
  area: FocusAreaView | null;
  /** A new number for each opening, so the dialog starts from the focus area as it is then. */
  key: number;
}

const CLOSED: Dialog = { opened: false, area: null, key: 0 };

function moveButtonId(id: string, direction: Direction): string {
  return `focus-area-${id}-${direction}`;
}

interface FocusAreasSectionProps {
  partnership: PartnershipView;
  canEdit: boolean;
}

/**
 * The focus areas by number, as the API sends them. Editors add, change, delete and reorder them;
 * moving keeps the keyboard focus on the moved focus area and says where it went.
 */
export function FocusAreasSection({ partnership, canEdit }: FocusAreasSectionProps) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  const areas = partnership.focusAreas;
  const reorder = useReorderFocusAreas(partnership.id);
  const [form, setForm] = useState<Dialog>(CLOSED);
  const [deletion, setDeletion] = useState<Dialog>(CLOSED);
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);
  const pendingFocus = useRef<{ id: string; index: number; direction: Direction } | null>(null);

  // Once the moved focus area is in its new place, focus its button again (the other one when it
  // reached the top or bottom).
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || areas[pending.index]?.id !== pending.id) return;
    pendingFocus.current = null;
    const other: Direction = pending.direction === 'up' ? 'down' : 'up';
    const preferred = document.getElementById(moveButtonId(pending.id, pending.direction));
    const fallback = document.getElementById(moveButtonId(pending.id, other));
    const target =
      preferred instanceof HTMLButtonElement && !preferred.disabled ? preferred : fallback;
    target?.focus();
  });

  const move = (index: number, direction: Direction) => {
    if (reorder.isPending) return;
    const target = direction === 'up' ? index - 1 : index + 1;
    const area = areas[index];
    const ids = areas.map((candidate) => candidate.id);
    [ids[index], ids[target]] = [ids[target], ids[index]];
    reorder.mutate(
      { ids, version: partnership.version },
      {
        onSuccess: ({ focusAreas: result }) => {
          const number = result.find((candidate) => candidate.id === area.id)?.number ?? target + 1;
          pendingFocus.current = { id: area.id, index: target, direction };
          setAnnouncement(t('focusAreas.moved', { title: area.title, number }));
        },
      },
    );
  };

  const reloadAfterConflict = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    reorder.reset();
  };

  // Someone changed the agreement, or added or removed a focus area, since the page was loaded.
  const staleOrder =
    reorder.isError &&
    ['validation-failed', 'version-mismatch'].includes(toProblemError(reorder.error).key);

  return (
    <DetailSection id="focus-areas" title={t('partnership.focusAreas')}>
      {() => (
        <Stack gap="md">
          {areas.length === 0 ? (
            <EmptyNote>{t('partnership.focusAreasEmpty')}</EmptyNote>
          ) : (
            <Box component="ol" pl="xl" m={0}>
              {areas.map((area, index) => (
                <Box component="li" key={area.id} value={area.number} mb="md">
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
                        onClick={() =>
                          setForm((current) => ({ opened: true, area, key: current.key + 1 }))
                        }
                      >
                        {t('focusAreas.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('focusAreas.deleteLabel', { title: area.title })}
                        onClick={() =>
                          setDeletion((current) => ({ opened: true, area, key: current.key + 1 }))
                        }
                      >
                        {t('focusAreas.delete')}
                      </Button>
                      <Button
                        id={moveButtonId(area.id, 'up')}
                        size="xs"
                        variant="default"
                        aria-label={t('focusAreas.moveUpLabel', { title: area.title })}
                        disabled={index === 0}
                        onClick={() => move(index, 'up')}
                      >
                        <span aria-hidden="true" style={{ marginRight: 4 }}>
                          ↑
                        </span>
                        {t('focusAreas.moveUp')}
                      </Button>
                      <Button
                        id={moveButtonId(area.id, 'down')}
                        size="xs"
                        variant="default"
                        aria-label={t('focusAreas.moveDownLabel', { title: area.title })}
                        disabled={index === areas.length - 1}
                        onClick={() => move(index, 'down')}
                      >
                        <span aria-hidden="true" style={{ marginRight: 4 }}>
                          ↓
                        </span>
                        {t('focusAreas.moveDown')}
                      </Button>
                    </Group>
                  )}
                </Box>
              ))}
            </Box>
          )}
          {canEdit && (
            <>
              <VisuallyHidden role="status">{announcement}</VisuallyHidden>
              {staleOrder && (
                <ConflictAlert onReload={() => void reloadAfterConflict()} reloading={reloading} />
              )}
              {reorder.isError && !staleOrder && <ProblemAlert error={reorder.error} />}
              <div>
                <Button
                  variant="light"
                  onClick={() =>
                    setForm((current) => ({ opened: true, area: null, key: current.key + 1 }))
                  }
                >
                  {t('focusAreas.add')}
                </Button>
              </div>
              <FocusAreaModal
                session={form.key}
                partnershipId={partnership.id}
                area={form.area}
                opened={form.opened}
                onClose={() => setForm((current) => ({ ...current, opened: false }))}
              />
              <DeleteFocusAreaModal
                partnershipId={partnership.id}
                area={deletion.area}
                opened={deletion.opened}
                onClose={() => setDeletion((current) => ({ ...current, opened: false }))}
              />
            </>
          )}
        </Stack>
      )}
    </DetailSection>
  );
}
