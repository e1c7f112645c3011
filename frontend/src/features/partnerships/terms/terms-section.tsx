import { Button, Group, Stack, Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipView, TermView } from '../../../api/types';
import { NotRecorded } from '../../../components/not-recorded';
import { PlainText } from '../../../components/plain-text';
import { formatDate } from '../../../lib/dates';
import { useDialog } from '../../../lib/use-dialog';
import { DetailSection } from '../detail-section';
import { formatPeriod } from '../format';
import { EmptyNote, ScrollableTable } from '../partnership-sections';
import { AgreementDocument } from './agreement-document';
import { AgreementUploadModal } from './agreement-upload-modal';
import { DeleteTermModal } from './delete-term-modal';
import { newTermDraft, renewalDraft, type TermDraft } from './term-draft';
import { TermModal } from './term-modal';

type FormMode = 'add' | 'renew' | 'edit';

interface FormDialog {
  opened: boolean;
  mode: FormMode;
  term: TermView | null;
  draft: TermDraft;
  /** A new number for each opening, so the dialog starts from the term as it is then. */
  key: number;
}

function OptionalText({ value }: { value: string | null }) {
  return value ? <PlainText size="sm">{value}</PlainText> : <NotRecorded />;
}

interface TermsSectionProps {
  partnership: PartnershipView;
  canEdit: boolean;
}

/**
 * The agreement's terms, oldest first as the API sends them, each with its signed agreement.
 * Editors add, renew, change and delete terms and upload the signed agreements.
 */
export function TermsSection({ partnership, canEdit }: TermsSectionProps) {
  const { t, i18n } = useTranslation();
  const terms = partnership.terms;
  const [form, setForm] = useState<FormDialog>({
    opened: false,
    mode: 'add',
    term: null,
    draft: newTermDraft(terms),
    key: 0,
  });
  const deletion = useDialog<TermView>();
  const upload = useDialog<TermView>();

  const openForm = (mode: FormMode, term: TermView | null) =>
    setForm((current) => ({
      opened: true,
      mode,
      term,
      draft: mode === 'renew' ? renewalDraft(terms) : newTermDraft(terms),
      key: current.key + 1,
    }));
  const formTitle = {
    add: t('terms.addTitle'),
    renew: t('terms.renewTitle'),
    edit: t('terms.editTitle'),
  }[form.mode];

  return (
    <DetailSection id="terms" title={t('partnership.terms')}>
      {(headingId) => (
        <Stack gap="md">
          {terms.length === 0 ? (
            <EmptyNote>{t('partnership.termsEmpty')}</EmptyNote>
          ) : (
            <ScrollableTable labelledBy={headingId}>
              <Table aria-labelledby={headingId} striped withTableBorder verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('partnership.termPeriod')}</Table.Th>
                    <Table.Th scope="col">{t('partnership.termKind')}</Table.Th>
                    <Table.Th scope="col">{t('partnership.termSignedOn')}</Table.Th>
                    <Table.Th scope="col">{t('terms.document')}</Table.Th>
                    <Table.Th scope="col">{t('partnership.termEvaluation')}</Table.Th>
                    <Table.Th scope="col">{t('partnership.termNote')}</Table.Th>
                    {canEdit && (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('terms.actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {terms.map((term) => {
                    const period = formatPeriod(term.startDate, term.endDate, i18n.language);
                    return (
                      <Table.Tr key={term.id}>
                        <Table.Th scope="row" fw={500}>
                          {period}
                        </Table.Th>
                        <Table.Td>{t(`termKind.${term.kind}`)}</Table.Td>
                        <Table.Td>
                          {term.signedOn ? (
                            formatDate(term.signedOn, i18n.language)
                          ) : (
                            <NotRecorded />
                          )}
                        </Table.Td>
                        <Table.Td>
                          <AgreementDocument
                            partnershipId={partnership.id}
                            term={term}
                            period={period}
                            canEdit={canEdit}
                            onUpload={() => upload.open(term)}
                          />
                        </Table.Td>
                        <Table.Td>
                          <OptionalText value={term.evaluationOutcome} />
                        </Table.Td>
                        <Table.Td>
                          <OptionalText value={term.note} />
                        </Table.Td>
                        {canEdit && (
                          <Table.Td>
                            <Group gap="xs" wrap="nowrap">
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={t('terms.editLabel', { period })}
                                onClick={() => openForm('edit', term)}
                              >
                                {t('terms.edit')}
                              </Button>
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={t('terms.deleteLabel', { period })}
                                onClick={() => deletion.open(term)}
                              >
                                {t('terms.delete')}
                              </Button>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollableTable>
          )}
          {canEdit && (
            <>
              <Group gap="sm">
                <Button variant="light" onClick={() => openForm('add', null)}>
                  {t('terms.add')}
                </Button>
                {terms.length > 0 && (
                  <Button variant="light" onClick={() => openForm('renew', null)}>
                    {t('terms.renew')}
                  </Button>
                )}
              </Group>
              <TermModal
                session={form.key}
                partnershipId={partnership.id}
                title={formTitle}
                term={form.term}
                draft={form.draft}
                focusEnd={form.mode === 'renew' && form.draft.startDate !== ''}
                opened={form.opened}
                onClose={() => setForm((current) => ({ ...current, opened: false }))}
              />
              <DeleteTermModal
                partnershipId={partnership.id}
                term={deletion.subject}
                opened={deletion.opened}
                onClose={deletion.close}
              />
              <AgreementUploadModal
                session={upload.session}
                partnershipId={partnership.id}
                term={upload.subject}
                opened={upload.opened}
                onClose={upload.close}
              />
            </>
          )}
        </Stack>
      )}
    </DetailSection>
  );
}
