// The in-browser NLP libraries we compare against, each behind the same small interface:
//   const peer = await loadPeer('compromise');
//   peer.entities(text)  => [{start, end, label}]  code points, our six labels, trimmed
//   peer.parse(text)     => the library's own document (for a parse-only speed figure)
// Neither peer finds claims, so their claim scores are 0 by construction.
import { readFileSync } from 'node:fs';
import { codePointOffsets, dedupe, isGuidelineQuantity, trimSpan } from './spans.mjs';

function packageVersion(name) {
  const file = new URL(`./node_modules/${name}/package.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

// Converts UTF-16 spans [{start, end, label}] to trimmed code point spans.
function toPrediction(text, spans) {
  const points = codePointOffsets(text);
  const out = [];
  for (const span of spans) {
    const trimmed = trimSpan(text, span.start, span.end);
    if (!trimmed) continue;
    if (span.label === 'QUANTITY' && !isGuidelineQuantity(text.slice(...trimmed), span.value)) continue;
    out.push({ start: points[trimmed[0]], end: points[trimmed[1]], label: span.label });
  }
  return dedupe(out);
}

// compromise 14 with compromise-dates: people/organizations/places/dates/values, plus the
// #Demonym tag for NORP ("Serbian"). Its offsets are UTF-16 string indexes.
async function loadCompromise() {
  const nlp = (await import('compromise')).default;
  nlp.plugin((await import('compromise-dates')).default);
  // Earlier views win in dedupe: a year inside a date is not also a QUANTITY.
  const views = [
    ['DATE', (doc) => doc.dates()],
    ['PERSON', (doc) => doc.people()],
    ['ORG', (doc) => doc.organizations()],
    ['PLACE', (doc) => doc.places()],
    ['NORP', (doc) => doc.match('#Demonym')],
    ['QUANTITY', (doc) => doc.values()],
  ];
  return {
    name: 'compromise',
    version: packageVersion('compromise'),
    parse: (text) => nlp(text),   // tagging only, no entity views (for reference)
    entities(text) {
      const doc = nlp(text);
      const spans = [];
      for (const [label, view] of views) {
        for (const m of view(doc).json({ offset: true, terms: false, numbers: label === 'QUANTITY' })) {
          spans.push({ start: m.offset.start, end: m.offset.start + m.offset.length, label,
                       value: m.number?.num });
        }
      }
      return toPrediction(text, spans);
    },
  };
}

// wink-nlp with wink-eng-lite-web-model: its entity types are DATE, CARDINAL, MONEY, PERCENT,
// ORDINAL, TIME, DURATION, EMOJI, URL, ... (no person, organisation or place). Entities come
// as token ranges; token values plus preceding spaces rebuild the text exactly.
const WINK_LABELS = { DATE: 'DATE', CARDINAL: 'QUANTITY', MONEY: 'QUANTITY', PERCENT: 'QUANTITY' };
async function loadWink() {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    name: 'wink-nlp',
    version: packageVersion('wink-nlp'),
    parse: (text) => nlp.readDoc(text),   // tokens, tags and entities, nothing read out
    entities(text) {
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out(its.value);
      const spaces = doc.tokens().out(its.precedingSpaces);
      const tokenStart = new Array(values.length + 1);
      let offset = 0;
      for (let i = 0; i < values.length; i++) {
        offset += spaces[i].length;
        tokenStart[i] = offset;
        offset += values[i].length;
      }
      tokenStart[values.length] = offset;
      const types = doc.entities().out(its.type);
      const ranges = doc.entities().out(its.span);
      const spans = [];
      ranges.forEach(([first, last], i) => {
        const label = WINK_LABELS[types[i]];
        if (!label) return;
        const start = tokenStart[first];
        const end = tokenStart[last] + values[last].length;
        const number = Number(text.slice(start, end).replace(/,/g, ''));
        spans.push({ start, end, label, value: Number.isFinite(number) ? number : undefined });
      });
      return toPrediction(text, spans);
    },
  };
}

export async function loadPeer(name) {
  if (name === 'compromise') return loadCompromise();
  if (name === 'wink-nlp') return loadWink();
  throw new Error(`unknown peer ${name}`);
}
export const PEERS = ['compromise', 'wink-nlp'];
