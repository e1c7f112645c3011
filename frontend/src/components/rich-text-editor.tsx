import { Input, Skeleton, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RichTextEditorProps {
  label: string;
  value: string;
  /** Called with the formatted text as HTML, or '' when the field is empty. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** The id of the editable area, for links from an error summary and for tests. */
  id?: string;
  /** Roughly how many lines the empty field shows. */
  minRows?: number;
  autoFocus?: boolean;
}

// Tiptap and ProseMirror are a large download: only pages with a form that writes long text load them.
const TiptapEditor = lazy(() => import('./tiptap-editor'));

/**
 * A field for long text with formatting (headings, bold, italic, lists, links), kept as the safe
 * HTML subset the API allows. Plain text saved before the editor existed loads as paragraphs.
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const generated = useId();
  return (
    <Suspense fallback={<Placeholder {...props} />}>
      <TiptapEditor {...props} id={props.id ?? `rich-text-${generated}`} />
    </Suspense>
  );
}

function Placeholder({ label, description, error, required, minRows = 5 }: RichTextEditorProps) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      description={description}
      error={error}
      required={required}
    >
      <Skeleton h={`calc(${minRows} * 1.55em + 3rem)`} />
      <VisuallyHidden>{t('richText.loading')}</VisuallyHidden>
    </Input.Wrapper>
  );
}
