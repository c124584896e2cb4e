/**
 * A new `responseId`: a random (version 4) UUID. `crypto.randomUUID` exists only in secure
 * contexts; a form served over plain http on a local network (a case system on an intranet,
 * say) must still give each response its own id, so the same UUID is made from
 * `crypto.getRandomValues` there, which every context has.
 */
export function newResponseId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
