// The records a reference page lists, as { ok, items } or the failed answer: every one, retired included when all
// is true (a page of the reference API holds up to 10,000; a programme has far fewer organisations, teams or deployments).
import { api } from '../api.js';

export async function referenceList(path, all) {
  const result = await api(`${path}?limit=10000`);
  if (!result.ok) return result;
  return { ok: true, items: result.body.items.filter((r) => all || !r.retiredOn) };
}

/** Every record of path, retired ones too (the names a table shows for ids), or none when it cannot be read. */
export async function allOf(path) {
  const result = await api(`${path}?limit=10000`);
  return result.ok ? result.body.items : [];
}
