import { fireEvent } from '@testing-library/react';
import { vi } from 'vitest';

/** jsdom has no DataTransfer; this stands in for the one a browser hands each drag event. */
export function fakeDataTransfer() {
  return {
    effectAllowed: 'all',
    dropEffect: 'none',
    types: [] as string[],
    setData: vi.fn(),
    getData: vi.fn(() => ''),
    setDragImage: vi.fn(),
  };
}

/**
 * Grabs `handle`, drags it over `target` and drops it there, firing the events a browser fires for
 * native drag and drop.
 */
export function dragAndDrop(handle: Element, target: Element) {
  const dataTransfer = fakeDataTransfer();
  fireEvent.dragStart(handle, { dataTransfer });
  fireEvent.dragEnter(target, { dataTransfer });
  fireEvent.dragOver(target, { dataTransfer });
  fireEvent.drop(target, { dataTransfer });
  fireEvent.dragEnd(handle, { dataTransfer });
  return dataTransfer;
}
