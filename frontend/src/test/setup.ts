import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n, { DEFAULT_LANGUAGE } from '../lib/i18n';

// Lazy routes are transformed on first use, which can take a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });

vi.mock('../lib/auth', () => ({
  keycloak: {
    token: 'test-access-token',
    updateToken: vi.fn(async () => false),
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
  },
  initAuth: vi.fn(async () => undefined),
  login: vi.fn(async () => undefined),
  logout: vi.fn(async () => undefined),
  AuthUnavailableError: class AuthUnavailableError extends Error {},
}));

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    media: query,
    matches: false,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub;

// Mantine's autosizing Textarea re-measures when web fonts load; jsdom has no font loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

// ProseMirror (the rich-text editor) measures the caret; jsdom lays nothing out, so every box is empty.
const emptyRects = (): DOMRectList =>
  Object.assign([], { item: () => null }) as unknown as DOMRectList;
const emptyRect = (): DOMRect => new DOMRect(0, 0, 0, 0);
for (const prototype of [window.Element.prototype, window.Range.prototype, window.Text.prototype]) {
  if (!('getClientRects' in prototype)) {
    Object.defineProperty(prototype, 'getClientRects', { configurable: true, value: emptyRects });
  }
  if (!('getBoundingClientRect' in prototype)) {
    Object.defineProperty(prototype, 'getBoundingClientRect', {
      configurable: true,
      value: emptyRect,
    });
  }
}
if (!document.elementFromPoint) document.elementFromPoint = () => null;
if (!('modify' in window.Selection.prototype)) {
  Object.defineProperty(window.Selection.prototype, 'modify', {
    configurable: true,
    value: () => undefined,
  });
}

window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => undefined;

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage(DEFAULT_LANGUAGE);
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
});
