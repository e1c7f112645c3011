import { useState } from 'react';

export interface Dialog<T> {
  opened: boolean;
  /**
   * What the dialog is about (the item edited, or which of a page's dialogs), as it was when the
   * dialog opened: a change is based on what the user saw. Kept while the dialog closes, so its
   * text does not change as it fades out.
   */
  subject: T | null;
  /** A new number for each opening, so the dialog's form starts from the subject as it is then. */
  session: number;
  open: (subject?: T | null) => void;
  close: () => void;
  /** Whether the dialog is open about `subject`, for a page with more than one kind of dialog. */
  isOpen: (subject: T) => boolean;
}

interface State<T> {
  opened: boolean;
  subject: T | null;
  session: number;
}

/** Whether a modal is open, what it is about, and a new session for each opening. */
export function useDialog<T = never>(): Dialog<T> {
  const [state, setState] = useState<State<T>>({ opened: false, subject: null, session: 0 });
  return {
    ...state,
    open: (subject = null) =>
      setState((current) => ({ opened: true, subject, session: current.session + 1 })),
    close: () => setState((current) => ({ ...current, opened: false })),
    isOpen: (subject) => state.opened && state.subject === subject,
  };
}
