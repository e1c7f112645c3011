import { Group, Title } from '@mantine/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../lib/problem';
import { dragAndDrop, fakeDataTransfer } from '../test/drag';
import { renderWithProviders } from '../test/render';
import { ReorderableList, ReorderError, type Ordered } from './reorderable-list';

interface Item extends Ordered {
  title: string;
}

const ITEMS: Item[] = ['Velkomst', 'Status', 'Eventuelt'].map((title, index) => ({
  id: `item-${index + 1}`,
  number: index + 1,
  title,
}));

interface HarnessProps {
  save: (ids: string[]) => void;
  editable?: boolean;
  saving?: boolean;
}

/** The list as a section uses it: the saved order comes back renumbered and is shown. */
function Harness({ save, editable = true, saving = false }: HarnessProps) {
  const [items, setItems] = useState(ITEMS);
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <ReorderableList
        items={items}
        idPrefix="test-item"
        itemName={(item) => item.title}
        editable={editable}
        saving={saving}
        onReorder={(ids, onSaved) => {
          save(ids);
          const saved = ids.map((id, index) => ({
            ...items.find((item) => item.id === id)!,
            number: index + 1,
          }));
          setItems(saved);
          onSaved(saved);
        }}
        onMoved={(item, number) => setAnnouncement(`${item.title} er nu nummer ${number}.`)}
      >
        {(item, moveButtons) => (
          <>
            <Title order={3}>{item.title}</Title>
            <Group>{moveButtons}</Group>
          </>
        )}
      </ReorderableList>
      <div role="status">{announcement}</div>
    </>
  );
}

function row(title: string): HTMLElement {
  return screen.getByRole('heading', { name: title }).closest('li')!;
}

function handle(title: string): HTMLElement {
  return within(row(title)).getByTitle('Træk for at flytte');
}

function titles(): string[] {
  return screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '');
}

function indicator(title: string): string | null {
  return (
    row(title).querySelector('[data-drop-indicator]')?.getAttribute('data-drop-indicator') ?? null
  );
}

describe('ReorderableList', () => {
  it('saves the order a drag and drop gives, once, and says where the item went', async () => {
    const save = vi.fn();
    renderWithProviders(<Harness save={save} />);

    dragAndDrop(handle('Eventuelt'), row('Velkomst'));

    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(['item-3', 'item-1', 'item-2']);
    expect(titles()).toEqual(['Eventuelt', 'Velkomst', 'Status']);
    expect(screen.getByRole('status')).toHaveTextContent('Eventuelt er nu nummer 1.');
    // At the top it cannot move up, so the focus goes to its other move button.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Flyt ned »Eventuelt«' })).toHaveFocus(),
    );
  });

  it('drops an item dragged down after the one it was dropped on', () => {
    const save = vi.fn();
    renderWithProviders(<Harness save={save} />);

    dragAndDrop(handle('Velkomst'), row('Status'));

    expect(save).toHaveBeenCalledWith(['item-2', 'item-1', 'item-3']);
    expect(titles()).toEqual(['Status', 'Velkomst', 'Eventuelt']);
  });

  it('shows where the dragged item will land, and nothing once the drag ends', () => {
    const save = vi.fn();
    renderWithProviders(<Harness save={save} />);
    const dataTransfer = fakeDataTransfer();

    fireEvent.dragStart(handle('Status'), { dataTransfer });
    expect(dataTransfer.effectAllowed).toBe('move');
    expect(dataTransfer.setDragImage).toHaveBeenCalledWith(
      row('Status'),
      expect.anything(),
      expect.anything(),
    );

    fireEvent.dragOver(row('Eventuelt'), { dataTransfer });
    expect(indicator('Eventuelt')).toBe('after');
    expect(dataTransfer.dropEffect).toBe('move');

    fireEvent.dragOver(row('Velkomst'), { dataTransfer });
    expect(indicator('Velkomst')).toBe('before');
    expect(indicator('Eventuelt')).toBeNull();

    fireEvent.dragOver(row('Status'), { dataTransfer });
    expect(document.querySelector('[data-drop-indicator]')).toBeNull();

    fireEvent.dragOver(row('Velkomst'), { dataTransfer });
    fireEvent.dragEnd(handle('Status'), { dataTransfer });
    expect(document.querySelector('[data-drop-indicator]')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('leaves the order alone when the item is dropped on itself', () => {
    const save = vi.fn();
    renderWithProviders(<Harness save={save} />);

    dragAndDrop(handle('Status'), row('Status'));

    expect(save).not.toHaveBeenCalled();
    expect(titles()).toEqual(['Velkomst', 'Status', 'Eventuelt']);
  });

  it('refuses what was not dragged from one of its handles, such as a file', () => {
    const save = vi.fn();
    renderWithProviders(<Harness save={save} />);
    const dataTransfer = fakeDataTransfer();

    // An event that is not cancelled tells the browser that nothing may be dropped here.
    expect(fireEvent.dragOver(row('Velkomst'), { dataTransfer })).toBe(true);
    fireEvent.drop(row('Velkomst'), { dataTransfer });

    expect(document.querySelector('[data-drop-indicator]')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('ignores a drop while the previous order is being saved', () => {
    const save = vi.fn();
    renderWithProviders(<Harness save={save} saving />);

    dragAndDrop(handle('Eventuelt'), row('Velkomst'));
    fireEvent.click(screen.getByRole('button', { name: 'Flyt op »Status«' }));

    expect(save).not.toHaveBeenCalled();
  });

  it('moves an item with its buttons, keeping the focus on it', async () => {
    const save = vi.fn();
    const { user } = renderWithProviders(<Harness save={save} />);

    await user.click(screen.getByRole('button', { name: 'Flyt ned »Velkomst«' }));

    expect(save).toHaveBeenCalledWith(['item-2', 'item-1', 'item-3']);
    expect(screen.getByRole('status')).toHaveTextContent('Velkomst er nu nummer 2.');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Flyt ned »Velkomst«' })).toHaveFocus(),
    );
    expect(screen.getByRole('button', { name: 'Flyt op »Velkomst«' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Flyt op »Status«' })).toBeDisabled();
  });

  it('keeps its handles away from assistive technology, as the buttons do the same', () => {
    renderWithProviders(<Harness save={vi.fn()} />);

    const grip = handle('Velkomst');
    expect(grip).toHaveAttribute('aria-hidden', 'true');
    expect(grip).toHaveAttribute('draggable', 'true');
    expect(grip.tagName).not.toBe('BUTTON');
  });

  it('numbers the items by their saved number, with no handles or move buttons unless editable', () => {
    renderWithProviders(<Harness save={vi.fn()} editable={false} />);

    expect(screen.getAllByRole('listitem').map((item) => item.getAttribute('value'))).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(screen.queryByTitle('Træk for at flytte')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(document.querySelector('[draggable="true"]')).toBeNull();
  });
});

describe('ReorderError', () => {
  it.each([
    ['version-mismatch', 412],
    ['validation-failed', 400],
  ] as const)('offers a reload when the order was refused as %s', async (key, status) => {
    const onReload = vi.fn();
    const { user } = renderWithProviders(
      <ReorderError error={new ProblemError(key, status)} onReload={onReload} reloading={false} />,
    );

    expect(screen.getByText(/Nogen har ændret dette, mens du redigerede/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Genindlæs' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('says what else went wrong, without offering a reload', () => {
    renderWithProviders(
      <ReorderError
        error={new ProblemError('forbidden', 403)}
        onReload={vi.fn()}
        reloading={false}
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('Du har ikke adgang til dette.');
    expect(screen.queryByRole('button', { name: 'Genindlæs' })).not.toBeInTheDocument();
  });
});
