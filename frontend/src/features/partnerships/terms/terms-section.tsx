import { Button, Group, Stack, Table, VisuallyHidden } from '@mantine/core';
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

/** What the form opens for, with the draft a new term starts from at that moment. */
interface FormSubject {
  mode: FormMode;
  term: TermView | null;
  draft: TermDraft;
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
  const form = useDialog<FormSubject>();
  // The modal shows nothing until it first opens; this only gives its props a value till then.
  const formFor: FormSubject = form.subject ?? {
    mode: 'add',
    term: null,
    draft: newTermDraft(terms),
  };
  const deletion = useDialog<TermView>();
  const upload = useDialog<TermView>();

  const openForm = (mode: FormMode, term: TermView | null) =>
    form.open({ mode, term, draft: mode === 'renew' ? renewalDraft(terms) : newTermDraft(terms) });
  const formTitle = {
    add: t('terms.addTitle'),
    renew: t('terms.renewTitle'),
    edit: t('terms.editTitle'),
  }[formFor.mode];

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
                session={form.session}
                partnershipId={partnership.id}
                title={formTitle}
                term={formFor.term}
                draft={formFor.draft}
                focusEnd={formFor.mode === 'renew' && formFor.draft.startDate !== ''}
                opened={form.opened}
                onClose={form.close}
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
