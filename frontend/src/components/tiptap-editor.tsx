import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { RichTextEditor as MantineEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import TiptapLink from '@tiptap/extension-link';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fromEditorHtml, toEditorHtml, wordListsToHtmlLists } from '../lib/rich-text';
import type { RichTextEditorProps } from './rich-text-editor';

/**
 * Only what the API's safelist keeps is offered, so nothing written here is lost on saving:
 * no strike-through, underline, code or rules. Level 4 headings and quotes are not on the
 * toolbar but stay editable in text written before.
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
    // An empty paragraph after a closing list or heading would change the text on opening it.
    trailingNode: false,
  }),
  // Ctrl/Cmd+K opens this editor's link box. Mantine's Link opens it through a window event, which
  // meeting mode, with an editor per agenda item, would answer with every item's box at once.
  TiptapLink.extend({
    addKeyboardShortcuts() {
      return {
        'Mod-k': () => {
          const root = this.editor.view.dom.closest('[data-rich-text-editor]');
          root?.querySelector<HTMLButtonElement>('[data-link-control]')?.click();
          return true;
        },
      };
    },
  }).configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    protocols: ['mailto'],
    // The API adds its own rel and drops target; the editor writes neither.
    HTMLAttributes: { target: null, rel: null, class: null },
  }),
];

export default function TiptapEditor({
  id,
  label,
  value,
  onChange,
  onBlur,
  description,
  error,
  required,
  minRows = 5,
  autoFocus,
}: RichTextEditorProps & { id: string }) {
  const { t } = useTranslation();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const hasError = Boolean(error) && typeof error !== 'boolean';
  const describedBy = [hasError && errorId, description && descriptionId].filter(Boolean).join(' ');

  // The editor calls back long after rendering: the newest handlers are read at that moment.
  const handlers = useRef({ onChange, onBlur });
  useEffect(() => {
    handlers.current = { onChange, onBlur };
  });
  /** The value as last sent by this editor, to tell its own echo from a change made elsewhere. */
  const emitted = useRef(value);

  const attributes = useMemo(
    () => ({
      id,
      'aria-labelledby': labelId,
      'aria-multiline': 'true',
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      ...(hasError ? { 'aria-invalid': 'true' } : {}),
      ...(required ? { 'aria-required': 'true' } : {}),
    }),
    [id, labelId, describedBy, hasError, required],
  );

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: toEditorHtml(value),
    autofocus: autoFocus ? 'end' : false,
    editorProps: { attributes, transformPastedHTML: wordListsToHtmlLists },
    onUpdate: ({ editor: current }) => {
      const next = fromEditorHtml(current.getHTML(), current.isEmpty);
      emitted.current = next;
      handlers.current.onChange(next);
    },
    onBlur: () => handlers.current.onBlur?.(),
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({
      editorProps: { attributes, transformPastedHTML: wordListsToHtmlLists },
    });
  }, [editor, attributes]);

  // A value set from outside (a reload, a reset) replaces the text without counting as an edit.
  useEffect(() => {
    if (!editor || editor.isDestroyed || value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(toEditorHtml(value), { emitUpdate: false });
  }, [editor, value]);

  const labels = useMemo<Partial<RichTextEditorLabels>>(
    () => ({
      boldControlLabel: t('richText.bold'),
      italicControlLabel: t('richText.italic'),
      h2ControlLabel: t('richText.heading2'),
      h3ControlLabel: t('richText.heading3'),
      bulletListControlLabel: t('richText.bulletList'),
      orderedListControlLabel: t('richText.orderedList'),
      linkControlLabel: t('richText.link'),
      unlinkControlLabel: t('richText.unlink'),
      undoControlLabel: t('richText.undo'),
      redoControlLabel: t('richText.redo'),
      linkEditorInputLabel: t('richText.linkAddress'),
      linkEditorInputPlaceholder: t('richText.linkPlaceholder'),
      linkEditorSave: t('richText.linkSave'),
    }),
    [t],
  );

  return (
    <Input.Wrapper
      id={`${id}-field`}
      label={label}
      labelElement="div"
      labelProps={{ id: labelId, onClick: () => editor?.commands.focus() }}
      description={description}
      descriptionProps={{ id: descriptionId }}
      error={error}
      errorProps={{ id: errorId }}
      required={required}
    >
      <MantineEditor
        editor={editor}
        labels={labels}
        data-rich-text-editor
        mt={4}
        // Whether a link opens in a new tab is the reader's choice: the API drops `target` anyway.
        styles={{
          linkEditorExternalControl: { display: 'none' },
          root: hasError ? { borderColor: 'var(--mantine-color-error)' } : undefined,
          content: { minHeight: `calc(${minRows} * 1.55em + 1.5rem)` },
        }}
      >
        <MantineEditor.Toolbar aria-label={t('richText.toolbar')} role="toolbar">
          <MantineEditor.ControlsGroup>
            <MantineEditor.H2 />
            <MantineEditor.H3 />
          </MantineEditor.ControlsGroup>
          <MantineEditor.ControlsGroup>
            <MantineEditor.Bold />
            <MantineEditor.Italic />
          </MantineEditor.ControlsGroup>
          <MantineEditor.ControlsGroup>
            <MantineEditor.BulletList />
            <MantineEditor.OrderedList />
          </MantineEditor.ControlsGroup>
          <MantineEditor.ControlsGroup>
            <MantineEditor.Link data-link-control />
            <MantineEditor.Unlink />
          </MantineEditor.ControlsGroup>
          <MantineEditor.ControlsGroup>
            <MantineEditor.Undo />
            <MantineEditor.Redo />
          </MantineEditor.ControlsGroup>
        </MantineEditor.Toolbar>
        <MantineEditor.Content />
      </MantineEditor>
    </Input.Wrapper>
  );
}
