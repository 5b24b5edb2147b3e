// A vite/rolldown plugin that minifies the static text of Lit's css`` , html`` and svg`` template literals in our own
// sources: comments dropped, whitespace collapsed. It keeps every `${…}` where it was, so bindings are untouched.
//
// Safe by construction: HTML collapses runs of whitespace into one space anyway (our templates hold no <pre> or
// <textarea>), so html`` keeps one space wherever it had some, except at the very start and end of a template and
// between tags on separate lines. CSS loses comments and the whitespace around punctuation that never needs it;
// quoted strings pass through as they are.

const TAGS = /\b(css|html|svg)`/g;

/** Index just past the `}` closing a `${` that starts at `start` (which points after the `${`). */
function skipExpression(code, start) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '`') i = skipTemplate(code, i + 1);
    else if (ch === "'" || ch === '"') i = skipQuoted(code, i);
    else if (ch === '/' && code[i + 1] === '/') i = code.indexOf('\n', i) + 1 || code.length;
    else if (ch === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) + 2;
    else {
      if (ch === '{') depth += 1;
      else if (ch === '}' && --depth === 0) return i + 1;
      i += 1;
    }
  }
  throw new Error('minify-templates: unterminated ${ expression');
}

function skipQuoted(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Index just past the closing backtick of a template whose text starts at `start`. */
function skipTemplate(code, start) {
  let i = start;
  while (code[i] !== '`') {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '$' && code[i + 1] === '{') i = skipExpression(code, i + 2);
    else i += 1;
  }
  return i + 1;
}

export function minifyCss(text, first, last) {
  // Quoted strings pass through untouched; comments become a space; the rest is squeezed.
  let out = '';
  let code = '';
  const flushCode = () => {
    out += squeezeCss(code, out);
    code = '';
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 2;
      code += ' ';
    } else if (ch === '"' || ch === "'") {
      flushCode();
      const end = skipQuoted(text, i);
      out += text.slice(i, end);
      i = end;
    } else {
      code += ch;
      i += 1;
    }
  }
  flushCode();
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** CSS outside strings: whitespace collapsed, and dropped around punctuation that never needs it. */
function squeezeCss(code, before) {
  return (
    code
      .replace(/\s+/g, ' ')
      // Not `(`/`)`: `and (` in media queries needs its space.
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/ ?: ?/g, (match, offset, all) => (isSelectorColon(before + all, before.length + offset) ? match.replace(/ $/, '') : ':'))
      .replace(/;}/g, '}')
  );
}

/** A colon in a selector (`:host`, `a :is(…)`) keeps the space before it, which is a descendant combinator. */
function isSelectorColon(all, offset) {
  const before = all.slice(0, offset);
  const lastOpen = before.lastIndexOf('{');
  const lastClose = Math.max(before.lastIndexOf('}'), before.lastIndexOf(';'));
  return lastOpen <= lastClose || /@media|@supports/.test(before.slice(lastClose + 1));
}

/** Tags whose neighbouring whitespace never renders: block boxes, dialog parts, SVG shapes. */
const BLOCK = /^(div|p|ul|ol|li|dl|dt|dd|dialog|section|header|footer|form|h[1-6]|details|summary|table|tr|td|th|svg|g|path|rect|circle|slot)$/;

export function minifyHtml(text, first, last) {
  let out = text
    .replace(/<!--(?!\?lit)[\s\S]*?-->/g, '')
    // Whitespace with a line break between two tags goes only when one of them is a block (it would not render).
    .replace(/(<\/?([a-z][a-z0-9-]*)[^<>]*>)\s*\n\s*(?=<\/?([a-z][a-z0-9-]*))/g, (match, tag, before, after) =>
      BLOCK.test(before) || BLOCK.test(after) ? tag : match,
    )
    .replace(/\s+/g, ' ');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** Rewrites every tagged template of `code`; returns null when nothing changed. */
export function minifyTemplates(code) {
  let changed = false;
  let result = '';
  let copied = 0;
  TAGS.lastIndex = 0;
  for (let match; (match = TAGS.exec(code)); ) {
    // A tag named in a comment (`// html\`…\`` in prose) is not a template.
    const lineStart = code.lastIndexOf('\n', match.index) + 1;
    if (/^\s*(\*|\/\/)|\/\//.test(code.slice(lineStart, match.index))) continue;
    const minify = match[1] === 'css' ? minifyCss : minifyHtml;
    const start = match.index + match[0].length;
    const end = skipTemplate(code, start) - 1;
    // The literal's text parts and its expressions, each expression minified recursively (nested templates).
    let rewritten = '';
    let i = start;
    let partStart = start;
    const flush = (upTo, last) => {
      rewritten += minify(code.slice(partStart, upTo), partStart === start, last);
    };
    while (i < end) {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        flush(i, false);
        const close = skipExpression(code, i + 2);
        const inner = code.slice(i, close);
        rewritten += minifyTemplates(inner) ?? inner;
        i = close;
        partStart = close;
      } else i += 1;
    }
    flush(end, true);
    result += code.slice(copied, start) + rewritten;
    copied = end;
    changed ||= rewritten !== code.slice(start, end);
    TAGS.lastIndex = end + 1;
  }
  return changed ? result + code.slice(copied) : null;
}

/** The plugin: our own TypeScript sources only, before they are compiled. */
export function minifyTemplateLiterals() {
  return {
    name: 'qbo-minify-template-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !TAGS.test(code)) return null;
      const minified = minifyTemplates(code);
      return minified === null ? null : { code: minified, map: null };
    },
  };
}
