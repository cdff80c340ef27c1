// The iframe mode's protocol (embed.html). The frame's URL names the origins it obeys:
//   embed.html?origins=https://cms.example.org,https://preview.example.org&readOnly=1
//              &labels=PERSON,ORG&theme=dark
// A message from any other origin is ignored (no reply, no effect). Requests and replies:
//   → {type: 'annotator:setText', id: 1, text: '...'}
//   ← {type: 'annotator:reply', id: 1, ok: true, result: undefined}
//   → {type: 'annotator:getDocument', id: 2}          ← result: the document (code points)
//   → {type: 'annotator:setDocument', id: 3, document}
//   → {type: 'annotator:export', id: 4, format: 'csv'}  ← result: the file's text
//   → {type: 'annotator:setDictionary', id: 5, entries: [{name, label, aliases}] | null}
//   → {type: 'annotator:setOptions', id: 6, options: {readOnly, labels, theme}}
//   a failure: {type: 'annotator:reply', id, ok: false, error: 'message'}
// Events, posted to the parent for the allowed origins only (the browser drops a message
// whose target origin is not the parent's):
//   ← {type: 'annotator:ready'}
//   ← {type: 'annotator:change', document}   ← {type: 'annotator:select', selection}
import {createAnnotator} from './annotator.mjs';

const params = new URLSearchParams(location.search);
// Exact origins only ("https://a.example"): a wildcard would let any page drive the frame.
const allowed = new Set((params.get('origins') ?? '').split(',').map((o) => o.trim())
                          .filter((o) => o && o !== '*' && o !== 'null'));

document.documentElement.style.height = '100%';
document.body.style.height = '100%';
document.body.style.margin = '0';
document.body.style.overflow = 'hidden';
const box = document.getElementById('annotator');
box.style.height = '100%';

function toParent(message) {
  if (window.parent === window) return;
  for (const origin of allowed) window.parent.postMessage(message, origin);
}

const annotator = await createAnnotator(box, {
  readOnly: params.get('readOnly') === '1' || params.get('readOnly') === 'true',
  labels: params.has('labels') ? params.get('labels').split(',') : null,
  theme: params.get('theme') === 'dark' ? 'dark' : 'light',
});

// For tests and debugging inside the frame (same-origin only: the host page cannot reach it).
window.annotatorFrame = annotator;

const requests = {
  setText: (m) => annotator.setText(String(m.text ?? '')),
  getDocument: () => annotator.getDocument(),
  setDocument: (m) => annotator.setDocument(m.document),
  export: (m) => annotator.export(String(m.format)),
  setDictionary: (m) => annotator.setDictionary(m.entries ?? null),
  setOptions: (m) => annotator.setOptions(Object(m.options)),
};

window.addEventListener('message', (event) => {
  if (!allowed.has(event.origin) || !event.source) return;   // foreign sender: ignored
  const message = event.data;
  if (typeof message !== 'object' || message === null || typeof message.type !== 'string') return;
  const name = message.type.startsWith('annotator:') ? message.type.slice(10) : '';
  if (!Object.hasOwn(requests, name)) return;
  let reply;
  try {
    reply = {type: 'annotator:reply', id: message.id, ok: true, result: requests[name](message)};
  } catch (error) {
    reply = {type: 'annotator:reply', id: message.id, ok: false, error: String(error.message ?? error)};
  }
  event.source.postMessage(reply, event.origin);
});

annotator.on('change', ({document}) => toParent({type: 'annotator:change', document}));
annotator.on('select', ({selection}) => toParent({type: 'annotator:select', selection}));
toParent({type: 'annotator:ready'});
