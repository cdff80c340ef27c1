// Span helpers shared by the peer adapters: the scorer wants code point offsets and spans
// trimmed to the guidelines (/work/shared/corpus/GUIDELINES.md), while the peers give UTF-16
// offsets (JavaScript string indexes) and spans such as "On Monday," or "President Vučić".

// UTF-16 offset -> code point offset, for every offset 0..text.length:
//   codePointOffsets('😀 Vučić')  => [0, 0, 1, 2, ...]   (the emoji's two units are one point)
export function codePointOffsets(text) {
  const map = new Uint32Array(text.length + 1);
  let point = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = point;
    const unit = text.charCodeAt(i);
    const highSurrogate = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length &&
                          (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (highSurrogate) map[++i] = point;   // the low half stays in the same code point
    point++;
  }
  map[text.length] = point;
  return map;
}

// Words the guidelines keep out of a span when a peer puts them in front: determiners,
// prepositions ("on Monday", "in Belgrade") and titles ("President Vučić").
const LEADING_WORDS = new Set([
  'the', 'a', 'an', 'on', 'in', 'at', 'by', 'from', 'to', 'of', 'for', 'since', 'until', 'till',
  'during', 'with', 'about', 'near', 'into', 'across', 'as', 'than', 'and', 'or', 'between',
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'mayor',
  'governor', 'senator', 'judge', 'king', 'queen', 'prince', 'princess', 'pope', 'general',
  'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'sgt', 'sergeant', 'coach',
  'chief', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'officer',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
]);
// A ministry word is a title only in front of "minister"/"secretary" ("Foreign Minister X"),
// not in a name ("Foreign Intelligence Service").
const LEADING_TITLE = /^(?:foreign|defen[cs]e|interior|finance|justice|health|home)\s+(?:minister|secretary)\s+/iu;

// Trims [start, end) of `text` (UTF-16 offsets): surrounding space and punctuation, leading
// determiners/prepositions/titles, a trailing possessive. Returns null when nothing is left.
//   "On Monday,"            => "Monday"
//   "President Aleksandar Vučić" => "Aleksandar Vučić"
//   "Russia’s"              => "Russia"
export function trimSpan(text, start, end) {
  const isEdgeJunk = (c) => /[\s,.;:!?"“”‘’'«»()\[\]\-–—]/u.test(c);
  const trimEdges = () => {
    while (start < end && isEdgeJunk(text[start])) start++;
    while (end > start && isEdgeJunk(text[end - 1]) && !/\.\w\.$/.test(text.slice(start, end))) end--;
  };
  trimEdges();
  for (;;) {
    const rest = text.slice(start, end);
    const title = LEADING_TITLE.exec(rest);
    const word = /^(\p{L}+)\.?\s+/u.exec(rest);
    if (title) start += title[0].length;
    else if (word && LEADING_WORDS.has(word[1].toLowerCase())) start += word[0].length;
    else break;
  }
  const possessive = /(['’]s|['’])$/u.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  trimEdges();
  return end > start ? [start, end] : null;
}

// Keeps one entity per (start, end, label) and drops those overlapping an earlier one of
// another label (a year inside a DATE is not also a QUANTITY), in priority order.
export function dedupe(entities) {
  const kept = [];
  for (const e of entities) {
    if (kept.some((k) => k.start < e.end && e.start < k.end)) continue;
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

// The guideline's QUANTITY test: digits, or a spelled-out number of a hundred or more.
export function isGuidelineQuantity(spanText, value) {
  return /\d/.test(spanText) || (typeof value === 'number' && value >= 100);
}
