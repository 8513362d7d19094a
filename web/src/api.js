// Every call to Safeground's API goes through here: same-origin cookie session, JSON in and out.
// The result never throws on an HTTP error: callers show result.body.detail (the server's ProblemDetails
// sentence, which names the field and the rule) where the user is looking.
export async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, ...options });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, body };
}

/** A ProblemDetails body as one sentence for the user. */
export function problem(result, what) {
  return result.body?.detail ?? result.body?.title ?? `${what} failed (${result.status})`;
}
