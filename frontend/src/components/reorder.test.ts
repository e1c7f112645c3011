import { describe, expect, it } from 'vitest';
import { dropSide, moveItem } from './reorder';

const LIST = ['a', 'b', 'c', 'd'];

describe('moveItem', () => {
  it.each([
    [0, 2, ['b', 'c', 'a', 'd']],
    [3, 1, ['a', 'd', 'b', 'c']],
    [0, 3, ['b', 'c', 'd', 'a']],
    [3, 0, ['d', 'a', 'b', 'c']],
    [1, 2, ['a', 'c', 'b', 'd']],
    [2, 1, ['a', 'c', 'b', 'd']],
  ])('puts the item dragged from %i onto %i in that place', (from, to, expected) => {
    expect(moveItem(LIST, from, to)).toEqual(expected);
  });

  it('leaves the order as it is when the item is dropped on itself', () => {
    expect(moveItem(LIST, 2, 2)).toEqual(LIST);
  });

  it.each([
    [-1, 0],
    [0, 4],
    [4, 0],
    [0, 1.5],
  ])('leaves the order as it is for a move from %s to %s, outside the list', (from, to) => {
    expect(moveItem(LIST, from, to)).toEqual(LIST);
  });

  it('gives a new list and leaves the old one alone', () => {
    const list = [...LIST];
    const moved = moveItem(list, 0, 1);

    expect(moved).not.toBe(list);
    expect(list).toEqual(LIST);
  });
});

describe('dropSide', () => {
  it('shows an item dragged down landing after the one it is over', () => {
    expect(dropSide(0, 2)).toBe('after');
  });

  it('shows an item dragged up landing before the one it is over', () => {
    expect(dropSide(3, 1)).toBe('before');
  });

  it('shows nothing while the item is over itself', () => {
    expect(dropSide(1, 1)).toBeNull();
  });
});
