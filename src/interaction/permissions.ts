/** Permission bits the commands check (values from Discord's permission table). */
export const MANAGE_MESSAGES = 1n << 13n;
export const ADMINISTRATOR = 1n << 3n;

/** Discord wants default_member_permissions as a decimal string. */
export const MODERATOR_DEFAULT_PERMISSIONS = String(MANAGE_MESSAGES);

export function isModerator(permissions: bigint | null): boolean {
  if (permissions === null) return false;
  return (permissions & MANAGE_MESSAGES) !== 0n || (permissions & ADMINISTRATOR) !== 0n;
}
