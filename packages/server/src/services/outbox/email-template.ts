/** What a message says, once: rendered to plain text and to HTML that reads the same. */
export interface EmailContent {
  /** The first line of the message and the HTML heading. */
  title: string;
  paragraphs: readonly string[];
  /** A link the reader acts on (confirm a subscription, open the status page). */
  action?: { label: string; url: string };
  /** Why the reader gets this and how to stop it. */
  footer?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function renderText(c: EmailContent): string {
  const lines = [c.title, '', ...c.paragraphs.flatMap((p) => [p, ''])];
  if (c.action) lines.push(`${c.action.label}: ${c.action.url}`, '');
  if (c.footer) lines.push('--', c.footer);
  return lines.join('\n').trimEnd() + '\n';
}

/** Plain, inline-styled HTML: mail clients drop style sheets, and a message must read without images. */
export function renderHtml(c: EmailContent): string {
  const p = (s: string) => `<p style="margin:0 0 12px">${escapeHtml(s)}</p>`;
  return [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:40em">',
    `<h1 style="font-size:1.25em">${escapeHtml(c.title)}</h1>`,
    ...c.paragraphs.map(p),
    c.action
      ? `<p><a href="${escapeHtml(c.action.url)}" style="color:#0b57d0">${escapeHtml(c.action.label)}</a></p>`
      : '',
    c.footer ? `<hr><p style="font-size:0.85em;color:#555">${escapeHtml(c.footer)}</p>` : '',
    '</body></html>',
  ].join('\n');
}
