// Every call to Safeground's API goes through here: same-origin cookie session, JSON in and out.
// The result never throws, on an HTTP error nor when the server cannot be reached: callers show
// problem(result, failed) (the server's ProblemDetails sentence, which names the field and the rule) where the user is looking.
import { language, t } from './i18n.js';

export async function api(path, options = {}) {
  const method = (options.method ?? 'GET').toUpperCase();
  const session = path === '/api/v1/session';
  // A write signed in by the cookie carries the session's antiforgery token (else 403); sign-in has no session yet.
  const guard = ['GET', 'HEAD', 'OPTIONS'].includes(method) || (session && method === 'POST') ? {} : await antiforgeryHeader();
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...options, headers: { 'Content-Type': 'application/json', 'Accept-Language': acceptLanguage(), ...guard, ...options.headers } });
  } catch {
    // No answer at all (network down, server stopped, connection cut): nothing is known about what the server did.
    return { ok: false, status: 0, unreachable: true, body: null };
  }
  // A new session, none, or an ended one: its token goes with it.
  if (session || response.status === 401) antiforgery = null;
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  // A gateway or an overloaded server answers for Safeground: the same as no answer for the user.
  const unreachable = response.status === 502 || response.status === 503 || response.status === 504;
  return { ok: response.ok, status: response.status, unreachable, body };
}

// The server answers in the language shown (its problem details and messages), the pseudo language included
// (the server marks its texts ⟦…⟧ too, so the pseudo-locale test sees a server sentence that is not a text).
const acceptLanguage = () => language();

// The session's antiforgery token as a header ({ 'X-CSRF-TOKEN': token }), fetched before the first write of a session.
// It is bound to the signed-in user, so it is dropped whenever the session changes.
let antiforgery = null;

async function antiforgeryHeader() {
  if (!antiforgery) {
    try {
      const response = await fetch('/api/v1/session/antiforgery', { credentials: 'same-origin', headers: { 'Accept-Language': acceptLanguage() } });
      // Not signed in by the cookie (or unreachable): the write goes without and the server says why.
      if (response.ok) {
        const { token, header } = await response.json();
        antiforgery = { [header]: token };
      }
    } catch {
      return {};
    }
  }
  return antiforgery ?? {};
}

/**
 * A ProblemDetails body as one sentence for the user, with JSON field paths said in words; failed(status) is the
 * caller's own whole sentence for an answer without one (each caller names what failed in its own text id).
 */
export function problem(result, failed, label = words) {
  if (result.unreachable) return t('web.api.unreachable');
  return plain(result.body?.detail ?? result.body?.title ?? failed(result.status), label);
}

// "$.body.finds[1].quantity" or "body.clearanceDepthCm": a path from the server's JSON, never shown as it is.
const path = /\$(?:\.[A-Za-z_]\w*|\[\d+\])+|\bbody(?:\.[A-Za-z_]\w*|\[\d+\])+/g;

/** text with each JSON field path replaced by label(path) (the form's label when it has one). */
export function plain(text, label = words) {
  return String(text ?? '').replace(path, (p) => label(p.replace(/^\$\.?/, '')) || words(p));
}

/** A field path in words: "body.finds[1].quantity" → "finds 2, quantity"; "body.clearanceDepthCm" → "clearance depth cm". */
export function words(p) {
  const parts = p.replace(/^\$\.?/, '').replace(/^body\.?/, '').split('.').filter(Boolean)
    .map((s) => s.replace(/\[(\d+)\]/g, (_, i) => ` ${Number(i) + 1}`).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  return parts.join(', ') || t('web.api.field.report');
}

/**
 * A file the server makes (a PDF, a spreadsheet): the same session and language as api(), the answer as a Blob with
 * the name the server gives it (Content-Disposition), or the problem it answered instead. Never throws.
 */
export async function download(path) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', headers: { 'Accept-Language': acceptLanguage() } });
  } catch {
    return { ok: false, status: 0, unreachable: true, body: null };
  }
  if (response.status === 401) antiforgery = null;
  const unreachable = response.status === 502 || response.status === 503 || response.status === 504;
  if (!response.ok) return { ok: false, status: response.status, unreachable, body: await response.json().catch(() => null) };
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? 'safeground';
  return { ok: true, status: response.status, unreachable: false, blob: await response.blob(), name: decodeURIComponent(name) };
}
