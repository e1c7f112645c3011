import { ActionIcon, Box, Button } from '@mantine/core';
import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toProblemError } from '../lib/problem';
import { ConflictAlert } from './conflict-alert';
import { ProblemAlert } from './problem-alert';
import { dropSide, moveItem, type DropSide } from './reorder';

type Direction = 'up' | 'down';
type Spacing = 'xs' | 'sm' | 'md' | 'lg' | 'xl';

/** What the list needs of an item: a stable id and its number in the saved order. */
export interface Ordered {
  id: string;
  number: number;
}

/**
 * Set on every drag from a list: Firefox starts no drag without data, and a type of our own keeps
 * the item from being dropped as text into a field elsewhere.
 */
const DRAG_TYPE = 'application/x-partnerskab-reorder';

/** The list's indent for the numbers, widened for editors by room for the handles. */
const NUMBER_INDENT = 'var(--mantine-spacing-xl)';
const HANDLE_ROOM = '28px';
const EDITOR_INDENT = `calc(${NUMBER_INDENT} + ${HANDLE_ROOM})`;

function moveButtonId(prefix: string, id: string, direction: Direction): string {
  return `${prefix}-${id}-${direction}`;
}

function GripIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" fill="currentColor" focusable="false">
      {[3, 7, 11].map((y) =>
        [4.5, 9.5].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.25} />),
      )}
    </svg>
  );
}

/** A bar in the gap before or after the item, where the dragged item will land. */
function DropIndicator({ side, gap }: { side: DropSide; gap: Spacing }) {
  return (
    <Box
      data-drop-indicator={side}
      aria-hidden="true"
      pos="absolute"
      left={`calc(-1 * ${EDITOR_INDENT})`}
      right={0}
      h={3}
      bg="var(--mantine-primary-color-filled)"
      style={{
        [side === 'before' ? 'top' : 'bottom']: `calc(var(--mantine-spacing-${gap}) / -2 - 1.5px)`,
        borderRadius: 2,
        pointerEvents: 'none',
      }}
    />
  );
}

interface ReorderableListProps<T extends Ordered> {
  items: readonly T[];
  /** Starts the element ids of the move buttons, so it must be unique on the page. */
  idPrefix: string;
  /** The item's name in the move buttons' labels. */
  itemName: (item: T) => string;
  /** Whether the user may reorder; only then are the drag handles and move buttons shown. */
  editable: boolean;
  /** Whether an order is being saved. Moves meanwhile are ignored: they start from the old order. */
  saving: boolean;
  /**
   * Saves the whole new order, `ids`, and calls `onSaved` with the items as saved once that
   * succeeded. Failures are the caller's to show, for instance with `ReorderError`.
   */
  onReorder: (ids: string[], onSaved: (saved: readonly Ordered[]) => void) => void;
  /** The moved item is saved as number `number`; the caller says so in its live region. */
  onMoved: (item: T, number: number) => void;
  /** Renders an item; `moveButtons` (null unless editable) go among its other buttons. */
  children: (item: T, moveButtons: ReactNode) => ReactNode;
  'aria-labelledby'?: string;
  /** The space below each item. */
  gap?: Spacing;
}

/**
 * A numbered list that editors reorder by dragging an item's handle or with its move up and down
 * buttons. Either way the whole new order is saved at once. The handles are for pointers only and
 * hidden from assistive technology: the buttons are the keyboard's way, and after a move the focus
 * is put on the moved item's button, so the user keeps their place.
 */
export function ReorderableList<T extends Ordered>({
  items,
  idPrefix,
  itemName,
  editable,
  saving,
  onReorder,
  onMoved,
  children,
  'aria-labelledby': labelledBy,
  gap = 'md',
}: ReorderableListProps<T>) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const pendingFocus = useRef<{ id: string; index: number; direction: Direction } | null>(null);
  const draggedIndex = dragged === null ? -1 : items.findIndex((item) => item.id === dragged);

  // Once the moved item is in its new place, focus its button again (the other one when it
  // reached the top or bottom).
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || items[pending.index]?.id !== pending.id) return;
    pendingFocus.current = null;
    const other: Direction = pending.direction === 'up' ? 'down' : 'up';
    const preferred = document.getElementById(
      moveButtonId(idPrefix, pending.id, pending.direction),
    );
    const fallback = document.getElementById(moveButtonId(idPrefix, pending.id, other));
    const target =
      preferred instanceof HTMLButtonElement && !preferred.disabled ? preferred : fallback;
    target?.focus();
  });

  const move = (from: number, to: number) => {
    if (saving || from === to || to < 0 || to >= items.length) return;
    const item = items[from];
    const ids = moveItem(items, from, to).map((candidate) => candidate.id);
    onReorder(ids, (saved) => {
      const number = saved.find((candidate) => candidate.id === item.id)?.number ?? to + 1;
      pendingFocus.current = { id: item.id, index: to, direction: to < from ? 'up' : 'down' };
      onMoved(item, number);
    });
  };

  const endDrag = () => {
    setDragged(null);
    setOver(null);
  };

  const startDrag = (event: DragEvent<HTMLElement>, item: T) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(DRAG_TYPE, item.id);
    // The handle is what is grabbed, but the whole item is what moves.
    const row = event.currentTarget.closest('li');
    if (row) {
      const box = row.getBoundingClientRect();
      event.dataTransfer.setDragImage(row, event.clientX - box.left, event.clientY - box.top);
    }
    setDragged(item.id);
  };

  // Only an item of this list may be dropped here, not files, text or another list's items.
  const allowDrop = (event: DragEvent<HTMLElement>) => {
    if (draggedIndex < 0) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };

  const leave = (event: DragEvent<HTMLElement>) => {
    const into = event.relatedTarget;
    if (!(into instanceof Node && event.currentTarget.contains(into))) setOver(null);
  };

  const drop = (event: DragEvent<HTMLElement>) => {
    if (draggedIndex < 0) return;
    event.preventDefault();
    const target = over;
    endDrag();
    if (target !== null) move(draggedIndex, target);
  };

  const moveButtons = (item: T, index: number) => (
    <>
      <Button
        id={moveButtonId(idPrefix, item.id, 'up')}
        size="xs"
        variant="default"
        aria-label={t('reorder.moveUpLabel', { name: itemName(item) })}
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
      >
        <span aria-hidden="true" style={{ marginRight: 4 }}>
          ↑
        </span>
        {t('reorder.moveUp')}
      </Button>
      <Button
        id={moveButtonId(idPrefix, item.id, 'down')}
        size="xs"
        variant="default"
        aria-label={t('reorder.moveDownLabel', { name: itemName(item) })}
        disabled={index === items.length - 1}
        onClick={() => move(index, index + 1)}
      >
        <span aria-hidden="true" style={{ marginRight: 4 }}>
          ↓
        </span>
        {t('reorder.moveDown')}
      </Button>
    </>
  );

  return (
    <Box
      component="ol"
      pl={editable ? EDITOR_INDENT : NUMBER_INDENT}
      m={0}
      aria-labelledby={labelledBy}
      onDragEnter={editable ? allowDrop : undefined}
      onDragOver={editable ? allowDrop : undefined}
      onDragLeave={editable ? leave : undefined}
      onDrop={editable ? drop : undefined}
    >
      {items.map((item, index) => {
        const side = draggedIndex >= 0 && over === index ? dropSide(draggedIndex, index) : null;
        return (
          <Box
            component="li"
            key={item.id}
            value={item.number}
            mb={gap}
            pos="relative"
            onDragOver={draggedIndex >= 0 ? () => setOver(index) : undefined}
          >
            {side && <DropIndicator side={side} gap={gap} />}
            {/* Left of the number, so the item reads the same as for those who cannot edit. */}
            {editable && (
              <ActionIcon
                component="div"
                variant="subtle"
                color="gray.7"
                size="sm"
                aria-hidden="true"
                draggable
                title={t('reorder.dragHint')}
                pos="absolute"
                top={1}
                left={`calc(-1 * ${EDITOR_INDENT})`}
                style={{ cursor: 'grab' }}
                onDragStart={(event: DragEvent<HTMLElement>) => startDrag(event, item)}
                onDragEnd={endDrag}
              >
                <GripIcon />
              </ActionIcon>
            )}
            {children(item, editable ? moveButtons(item, index) : null)}
          </Box>
        );
      })}
    </Box>
  );
}

// The list or the items changed since they were loaded, so the order sent no longer fits them.
const STALE_ORDER_KEYS = ['validation-failed', 'version-mismatch'];

interface ReorderErrorProps {
  /** What saving the order failed with. */
  error: unknown;
  /** Fetches the list as it is now. */
  onReload: () => void;
  reloading: boolean;
}

/** Why a new order was not saved; when the list changed meanwhile, it offers to reload it. */
export function ReorderError({ error, onReload, reloading }: ReorderErrorProps) {
  return STALE_ORDER_KEYS.includes(toProblemError(error).key) ? (
    <ConflictAlert onReload={onReload} reloading={reloading} />
  ) : (
    <ProblemAlert error={error} />
  );
}
