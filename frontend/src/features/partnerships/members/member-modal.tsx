import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRole, MemberView, OrganisationRef, PartnershipView } from '../../../api/types';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { useMe } from '../../../lib/use-me';
import { useAddMember, useUpdateMember } from './use-members';

export const MEMBER_ROLES: MemberRole[] = ['CHAIR', 'SECRETARIAT', 'MEMBER', 'OBSERVER'];
const MAX_EMAIL = 320;
const MAX_NAME = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface MemberFormProps {
  partnership: PartnershipView;
  /** The member to change, as they were when the user chose to edit them; null to add one. */
  member: MemberView | null;
  onClose: () => void;
  /** Reads the members again; resolves to the member's newest version, if still there. */
  reloadMember: (id: string) => Promise<MemberView | undefined>;
}

interface MemberModalProps extends MemberFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the member as they are then. */
  session: number;
}

/** The partnership's parties, and the member's own organisation if it is not one of them. */
function organisationsFor(partnership: PartnershipView, member: MemberView | null) {
  const organisations: OrganisationRef[] = partnership.parties.map((party) => party.organisation);
  const own = member?.organisation;
  if (own && !organisations.some((organisation) => organisation.id === own.id)) {
    organisations.push(own);
  }
  return organisations;
}

/** Adds a member by e-mail, or changes a member's role and organisation. */
export function MemberModal({ opened, session, ...form }: MemberModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.member ? t('members.editTitle') : t('members.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <MemberForm key={session} {...form} />
    </Modal>
  );
}

function MemberForm({ partnership, member, onClose, reloadMember }: MemberFormProps) {
  const { t } = useTranslation();
  const add = useAddMember(partnership.id);
  const update = useUpdateMember(partnership.id);
  const mutation = member ? update : add;
  const me = useMe();
  // Rights are given by someone else; the API refuses a change of one's own role.
  const own = !!member && me.data?.id === member.personId;
  const [base, setBase] = useState(member);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole>(member?.role ?? 'MEMBER');
  const [organisationId, setOrganisationId] = useState(member?.organisation?.id ?? '');
  const [keepsRights, setKeepsRights] = useState(member?.keepsSecretariatRights ?? false);
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);

  const emailInvalid = !member && (!EMAIL.test(email.trim()) || email.length > MAX_EMAIL);
  const nameInvalid = name.length > MAX_NAME;
  const messages = {
    email: t('members.emailInvalid'),
    name: t('form.tooLong', { max: MAX_NAME }),
    organisationId: t('members.organisationInvalid'),
    role: t('members.roleInvalid'),
  };
  const fieldLabel = (field: string) =>
    ({
      email: t('members.emailLabel'),
      name: t('members.nameLabel'),
      role: t('members.role'),
      organisationId: t('members.organisation'),
    })[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (emailInvalid || nameInvalid) return;
    // The API reads a missing flag as false, which is what it means for any other role.
    const rights = {
      ...(organisationId ? { organisationId } : {}),
      ...(role === 'SECRETARIAT' ? { keepsSecretariatRights: keepsRights } : {}),
    };
    if (base) {
      update.mutate(
        { id: base.id, version: base.version, input: { role, ...rights } },
        { onSuccess: onClose },
      );
    } else {
      add.mutate(
        { email: email.trim(), role, ...(name.trim() ? { name } : {}), ...rights },
        { onSuccess: onClose },
      );
    }
  };

  const reloadNewest = async () => {
    if (!base) return;
    setReloading(true);
    const fresh = await reloadMember(base.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setRole(fresh.role);
    setOrganisationId(fresh.organisation?.id ?? '');
    setKeepsRights(fresh.keepsSecretariatRights);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {member ? (
          <Text>
            {member.name}
            {member.email && ` (${member.email})`}
          </Text>
        ) : (
          <>
            <TextInput
              type="email"
              label={t('members.emailLabel')}
              description={t('members.emailHelp')}
              required
              autoComplete="off"
              data-autofocus
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={
                checked && emailInvalid ? messages.email : server.errorFor('email', messages.email)
              }
            />
            <TextInput
              label={t('members.nameLabel')}
              description={t('members.nameHelp')}
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={
                checked && nameInvalid ? messages.name : server.errorFor('name', messages.name)
              }
            />
          </>
        )}
        <NativeSelect
          label={t('members.role')}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as MemberRole)}
          data={MEMBER_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          error={server.errorFor('role', messages.role)}
          disabled={own}
          description={own ? t('members.ownRole') : undefined}
        />
        {role === 'SECRETARIAT' && (
          <Checkbox
            label={t('members.keepsRights')}
            description={t('members.keepsRightsHelp')}
            disabled={own}
            checked={keepsRights}
            onChange={(event) => setKeepsRights(event.currentTarget.checked)}
          />
        )}
        <NativeSelect
          label={t('members.organisation')}
          value={organisationId}
          onChange={(event) => setOrganisationId(event.currentTarget.value)}
          data={[
            { value: '', label: t('members.noOrganisation') },
            ...organisationsFor(partnership, member).map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            })),
          ]}
          error={server.errorFor('organisationId', messages.organisationId)}
        />
        {mutation.isError && (
          <SaveError
            error={mutation.error}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            fieldLabel={fieldLabel}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {member ? t('common.save') : t('members.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
