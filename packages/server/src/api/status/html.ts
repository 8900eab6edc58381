const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML: every value that reaches a page passes through here. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `4 Dec 2026, 18:00 UTC`: unambiguous without JavaScript. */
export function utcText(ms: number): string {
  const d = new Date(ms);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

// A status page names the same 90 days thousands of times (every labelled bar): each day's text is made once.
const dayTexts = new Map<number, string>();

/** `4 Dec 2026`, the UTC day of an instant. */
export function utcDay(ms: number): string {
  let text = dayTexts.get(ms);
  if (text === undefined) {
    const d = new Date(ms);
    text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    if (dayTexts.size >= 1_000) dayTexts.clear();
    dayTexts.set(ms, text);
  }
  return text;
}

/** An instant shown in UTC, which the page's script rewrites into the reader's own zone. */
export function timeTag(ms: number): string {
  return `<time datetime="${new Date(ms).toISOString()}" data-local>${utcText(ms)}</time>`;
}

/** Percent with three decimals, never rounded up (99.9996% is not 100%). */
export function percent(ratio: number): string {
  const thousandths = Math.floor(ratio * 100_000);
  return `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}%`;
}

/**
 * The page frame: readable at 360 px, no external assets. The only script is the progressive enhancement that shows
 * instants in the reader's time zone; without it they read in UTC.
 */
export function page(title: string, body: string, head = ''): string {
  return pageParts(title, [body], head).join('');
}

/**
 * The page frame around body parts, left as parts: a large page is encoded part by part (`encodeParts`) instead of
 * being made one string first, which V8 has to flatten into one large object on every request.
 */
export function pageParts(title: string, body: readonly string[], head = ''): string[] {
  return [
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${head}
<style>${STYLE}</style>
</head>
<body>
<main>
`,
    ...body,
    `
</main>
<script>${LOCAL_TIME_SCRIPT}</script>
</body>
</html>`,
  ];
}

/** Parts of a page as one UTF-8 buffer, written part by part. */
export function encodeParts(parts: readonly string[]): Buffer {
  let bytes = 0;
  for (const part of parts) bytes += Buffer.byteLength(part);
  const out = Buffer.allocUnsafe(bytes);
  let at = 0;
  for (const part of parts) at += out.write(part, at);
  return out;
}

const LOCAL_TIME_SCRIPT = `(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;var f=new Intl.DateTimeFormat(undefined,{year:'numeric',month:'short',day:'numeric',hour:'numeric',minute:'2-digit',timeZone:z,timeZoneName:'short'});document.querySelectorAll('time[data-local]').forEach(function(t){t.title=t.textContent;t.textContent=f.format(new Date(t.getAttribute('datetime')));});var n=document.getElementById('tz-note');if(n)n.textContent='Times are shown in your time zone ('+z+').';}catch(e){}})();`;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;margin:0}
a{color:#0a4fb5}
.banner{padding:.75rem 1rem;border-radius:.5rem;font-weight:600;color:#fff}
.s-operational{background:#137333}.s-degraded{background:#8a5a00}.s-partial_outage{background:#b3261e}
.s-major_outage{background:#7d1a14}.s-maintenance{background:#0a4fb5}
.card{background:#fff;border:1px solid #d7dbe0;border-radius:.5rem;padding:.75rem 1rem;margin:.5rem 0}
.row{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem .75rem;align-items:baseline}
.state{font-size:.875rem;font-weight:600;padding:.1rem .5rem;border-radius:1rem;color:#fff;white-space:nowrap}
.bars{display:flex;gap:1px;height:2rem;margin:.4rem 0 .1rem}
.bars i{flex:1;border-radius:1px;background:#2e9e50;min-width:1px}
.bars .u-partial{background:#e0a800}.bars .u-down{background:#c5221f}.bars .u-none{background:#c9ced6}
.axis{display:flex;justify-content:space-between;font-size:.8rem;color:#4a5360}
.muted{color:#4a5360;font-size:.9rem}
ol.updates{list-style:none;padding:0;margin:.5rem 0 0}
ol.updates li{border-left:3px solid #c9ced6;padding:.1rem 0 .4rem .6rem}
details{margin:.25rem 0}
summary{cursor:pointer}
form.subscribe{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
input,select,button{font:inherit;padding:.4rem .5rem;border:1px solid #8a939e;border-radius:.3rem;max-width:100%}
button{background:#0a4fb5;color:#fff;border-color:#0a4fb5;cursor:pointer}
footer{margin-top:2rem;font-size:.85rem;color:#4a5360}
`;
