/**
 * How many of the tabs, from the first, fit on one line of `available` pixels: all of them if they
 * fit, otherwise as many as fit beside the "Mere" button that holds the rest. Before anything is
 * laid out (no width yet) every tab is shown.
 *
 * @param widths each tab's width in order
 * @param available the width of the line
 * @param moreWidth the width of the "Mere" button
 * @param gap the space between two tabs (and between the last tab and the button)
 */
export function tabsThatFit(
  widths: readonly number[],
  available: number,
  moreWidth: number,
  gap: number,
): number {
  if (available <= 0) {
    return widths.length;
  }
  const all = widths.reduce((sum, width, index) => sum + width + (index > 0 ? gap : 0), 0);
  if (all <= available) {
    return widths.length;
  }
  let used = moreWidth;
  let count = 0;
  for (const width of widths) {
    const next = used + gap + width;
    if (next > available) {
      break;
    }
    used = next;
    count += 1;
  }
  return count;
}
