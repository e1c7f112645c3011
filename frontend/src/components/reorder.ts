/**
 * The list with the item at `from` taken out and put back in at `to`; the others keep their
 * order. An index outside the list leaves the order as it is.
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  const inRange = (index: number) => Number.isInteger(index) && index >= 0 && index < list.length;
  if (from === to || !inRange(from) || !inRange(to)) return result;
  const [moved] = result.splice(from, 1);
  result.splice(to, 0, moved);
  return result;
}

export type DropSide = 'before' | 'after';

/**
 * Where the item dragged from `from` lands when it is dropped on the item at `over`. It takes that
 * item's place, so it goes after it when moving down and before it when moving up; on itself it
 * stays put.
 */
export function dropSide(from: number, over: number): DropSide | null {
  if (from === over) return null;
  return from < over ? 'after' : 'before';
}
