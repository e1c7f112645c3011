import { useTranslation } from 'react-i18next';
import { toProblemError } from '../lib/problem';
import { ConflictAlert } from './conflict-alert';
import { ProblemAlert } from './problem-alert';

interface SaveErrorProps {
  /** The error the save failed with. */
  error: unknown;
  /** Fetches the newest version, for a save that lost to someone else's change. */
  onReload: () => void;
  reloading?: boolean;
  fieldLabel?: (field: string) => string | undefined;
}

/**
 * Why a save failed: the conflict message with a reload when someone else changed it meanwhile,
 * the problem's message (naming the rejected fields) otherwise.
 */
export function SaveError({ error, onReload, reloading, fieldLabel }: SaveErrorProps) {
  const { t } = useTranslation();
  if (toProblemError(error).key === 'version-mismatch') {
    return <ConflictAlert onReload={onReload} reloading={reloading} />;
  }
  return <ProblemAlert error={error} title={t('form.saveFailed')} fieldLabel={fieldLabel} />;
}
