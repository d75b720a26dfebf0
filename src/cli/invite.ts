/**
 * The bot's invite link: OAuth2 with the `bot` and `applications.commands` scopes and the
 * permissions the features need, computed from named flags (discord-api-types' bit values, so
 * the number cannot drift from what each flag means). Pure; `netmedic invite` prints it.
 *
 * Interaction replies, follow-ups and edits need no channel permission at all. The bot needs
 * permissions only where it posts in a channel itself: "Answer with FAQ" and auto-explain reply
 * to a member's message (a channel message with a reference).
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';

export interface InvitePermission {
  name: keyof typeof PermissionFlagsBits;
  why: string;
}

export const INVITE_PERMISSIONS: readonly InvitePermission[] = [
  { name: 'ViewChannel', why: 'see the channels where auto-explain listens and where "Answer with FAQ" replies' },
  { name: 'SendMessages', why: 'post the replies of "Answer with FAQ" and auto-explain' },
  { name: 'SendMessagesInThreads', why: 'the same replies when the message is in a thread or forum post' },
  { name: 'EmbedLinks', why: 'those replies are embeds; without it Discord strips them' },
  { name: 'ReadMessageHistory', why: 'a reply to a message must be able to reference it' },
];

export const INVITE_SCOPES = ['bot', 'applications.commands'] as const;

export function invitePermissions(list: readonly InvitePermission[] = INVITE_PERMISSIONS): bigint {
  return list.reduce((bits, p) => bits | PermissionFlagsBits[p.name], 0n);
}

export function inviteUrl(applicationId: string, permissions: bigint = invitePermissions()): string {
  const url = new URL('https://discord.com/oauth2/authorize');
  url.searchParams.set('client_id', applicationId);
  url.searchParams.set('scope', INVITE_SCOPES.join(' '));
  url.searchParams.set('permissions', permissions.toString());
  return url.toString();
}
