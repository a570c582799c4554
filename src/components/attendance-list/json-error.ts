/**
 * <portal-attendance-list>'s warning for a `<script type="application/json">` child that does not parse, loaded
 * only then: the engine's words, on one line, with where the error is. V8 and SpiderMonkey name a line and column;
 * V8 not for "Unexpected token", and JavaScriptCore (Safari) never, so the position is worked out here, the same
 * in every engine.
 */
import { warn } from '../../internal/warn.js';

/**
 * Where `s` stops being JSON: the first character that no JSON text could have there (where V8's messages put
 * the error, when they give a position), or the length when the text only ends too early.
 */
const stop = (s: string): number => {
  // After JSON's whitespace, the longest start of a token: a string (its closing quote captured), a literal, a mark, a number.
  const re =
    // eslint-disable-next-line no-control-regex -- JSON strings may not hold control characters
    /[ \t\n\r]*("(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*(?:(")|\\(?:u[\da-fA-F]{0,3})?)?|t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?|[[\]{}:,]|-?(?:0|[1-9]\d*)(?:\.(?:\d+(?:[eE][+-]?\d*)?)?|[eE][+-]?\d*)?|-)?/y;
  // `open`: the closing marks still owed, innermost last; `want`: what may come next (v a value, k a key, or those marks; nothing at the end).
  for (let open = '', want = 'v'; ; ) {
    const m = re.exec(s)!;
    const t = m[1] ?? '';
    const c = t[0]!;
    const k = c == '"' && want[0] == 'k' ? 'k' : ']}:,'.includes(c) ? c : 'v';
    // A token that may not come here is wrong where it starts; one that is cut short, where it stops.
    if (!t || !want.includes(k)) return re.lastIndex - t.length;
    if (c == '"' ? !m[2] : !/\d$|^(true|false|null|[[\]{}:,])$/.test(t)) return re.lastIndex;
    if (c == '[' || c == '{') open += c == '[' ? ']' : '}';
    if (c == ']' || c == '}') open = open.slice(0, -1);
    const top = open.at(-1);
    want = c == '[' ? 'v]' : c == '{' ? 'k}' : k == 'k' ? ':' : c == ':' ? 'v' : c == ',' ? (top == '}' ? 'k' : 'v') : top ? ',' + top : '';
  }
};

/** Warns that `script`'s `text` is not JSON, with the engine's message `m`, and the line and column of the error. */
export const run = (host: Element, script: Element, text: string, m: string): void => {
  // Without a line (V8, JavaScriptCore), add the line and column, and the position unless the message has it (V8's "end
  // of JSON input" is at the length). Not JavaScriptCore's "end" in "Unexpected comma at the end of array expression".
  if (!/line \d/.test(m)) {
    const at = stop(text);
    const lines = text.slice(0, at).split('\n');
    m += ` (${/position|end of JSON/.test(m) ? '' : `position ${at}, `}line ${lines.length} column ${lines.at(-1)!.length + 1})`;
  }
  // The engine's words quote the text, line breaks and all: on one line, as every warning.
  warn(host, `invalid JSON, so the content stays as it is: ${m.replace(/\s+/g, ' ')}`, 'correct it', 'type', 'application/json', script);
};
