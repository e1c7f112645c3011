const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID in its usual 36-character form, the only id form the API accepts. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
