import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES_DIR = new URL('./src/features/', import.meta.url);
/** Sub-folders a feature may nest; files deeper than this are checked by none of the rules below. */
const MAX_DEPTH = 3;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BOUNDARY_MESSAGE =
  'Feature folders do not import each other: move what they share to lib/ or components/, ' +
  'or put the page together in app/pages/.';

/**
 * A feature reaches another only through lib/, components/ and app/, so no two features can
 * form a cycle and each can change without the others. The rule sees import strings, not the
 * files they name, so each depth inside a feature gets the number of `../` that leads out of it.
 */
function featureBoundaries() {
  const features = readdirSync(FEATURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return features.flatMap((feature) => {
    const other = `(?!${escape(feature)}(/|$))[^./]`;
    return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
      files: [`src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                // `../other` from the feature's top (one more `../` per level below it), or a
                // way round through `features/`.
                regex: `^(\\.\\./){${depth + 1}}(${other}|\\.\\./features/${other})`,
                message: BOUNDARY_MESSAGE,
              },
            ],
          },
        ],
      },
    }));
  });
}

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'src/api/schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['*.config.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  ...featureBoundaries(),
  {
    // Shared ground stands below the features: it must not lean on any of them.
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)features/',
              message: 'lib/, components/ and api/ are shared by the features and import none.',
            },
          ],
        },
      ],
    },
  },
]);
