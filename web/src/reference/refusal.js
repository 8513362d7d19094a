// Where a refusal from the server belongs on a reference form. The server's sentence names the value it is about
// by its JSON path when the body could not be read ("$.start: ...") or by its JSON name when a rule refused it
// ("name is required", "organisationId: organisation 'X' does not exist", "size must be more than 0"); the
// names stay as they are in every language, so the first one the sentence names is the field. A conflict that
// names none is about the id (or the name) already taken; anything else belongs to the form as a whole.

/** The registry path for a refused answer: a key of keys (or a path under one), conflictKey, or 'report'. */
export function refusedPath(result, keys, conflictKey) {
  const detail = String(result.body?.detail ?? result.body?.title ?? '');
  const json = /\$\.([A-Za-z_][\w.[\]]*)/.exec(detail);
  if (json) return json[1].replace(/\.$/, '');
  let best = null;
  for (const key of keys) {
    // Not a key quoted in the sentence's picture of the body ({"id": ..., "name": ...}).
    const found = new RegExp(`(?:^|[^A-Za-z"])${key}(?![A-Za-z"])`).exec(detail);
    if (found && (best === null || found.index < best.at)) best = { key, at: found.index };
  }
  if (best) return best.key;
  return result.status === 409 ? conflictKey : 'report';
}
