/**
 * The correction badge's text and border. Mantine's darkest orange (#d9480f) is 4.3:1 against
 * white, below the 4.5:1 WCAG AA asks of small text; red 9 (#c92a2a) is 5.4:1 on white and still
 * above 4.5:1 on a striped table row.
 */
export const CORRECTION_COLOR = 'red.9';
