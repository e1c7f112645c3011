import { createTheme, Modal, type CSSVariablesResolver } from '@mantine/core';

/**
 * Shade 8 of the primary colour keeps filled buttons and links above WCAG AA contrast. People who
 * ask their system for less motion get dialogs and menus without transitions.
 *
 * A modal's title bar is a <header> inside an element whose role is dialog, not section, so it
 * counted as a second banner landmark beside the page's own (axe: landmark-no-duplicate-banner and
 * landmark-unique). Without a role of its own it is only the dialog's title bar; the dialog keeps
 * its name from the title.
 */
export const theme = createTheme({
  respectReducedMotion: true,
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  components: {
    Modal: Modal.extend({ defaultProps: { attributes: { header: { role: 'none' } } } }),
  },
});

/**
 * Mantine's dimmed text (gray 6) and its field error text (red 6) are below AA contrast on white;
 * gray 7 and red 9 are well above it.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
