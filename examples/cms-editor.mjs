// The mock CMS page's script (cms-editor.html): the annotator beside a textarea; the document
// JSON is stored on every 'change' and restored on load. The article and everything derived
// from it is shown with textContent only: it is never parsed as HTML.
import {createAnnotator} from '../annotator.mjs';

const STORE_KEY = 'cms-example:article-document';
const $ = (id) => document.getElementById(id);

const annotator = await createAnnotator($('annotator'), {
  labels: ['PERSON', 'ORG', 'PLACE', 'NORP', 'DATE', 'QUANTITY'],
  dictionary: [{name: 'Krušik', label: 'ORG', aliases: ['Krusik']}],
});

function store(doc) {
  const json = JSON.stringify(doc, null, 2);
  try { localStorage.setItem(STORE_KEY, json); } catch (e) { /* private mode: show only */ }
  $('stored').textContent = json;
  $('saved').textContent = `Saved ${new Date().toLocaleTimeString()}: ` +
      `${doc.entities.length} entity mentions, ${doc.claims.length} claims`;
}

annotator.on('change', ({document: doc}) => store(doc));
annotator.on('select', ({selection}) => {
  // Selection offsets are UTF-16 units: they index the JavaScript string directly.
  $('selection').textContent = selection.kind === null ? 'Nothing selected.' :
      `${selection.kind} ${selection.id}: “${selection.text}”` +
      (selection.start !== undefined ? ` at ${selection.start}–${selection.end}` : '');
});

const saved = (() => { try { return localStorage.getItem(STORE_KEY); } catch (e) { return null; } })();
if (saved) {
  try {
    annotator.setDocument(saved);            // corrections made earlier come back
    $('article').value = annotator.getDocument().text;
  } catch (e) {
    annotator.setText($('article').value);   // a stale or broken copy: annotate afresh
  }
} else {
  annotator.setText($('article').value);
}

$('annotate').addEventListener('click', () => annotator.setText($('article').value));
$('export').addEventListener('click', () => {
  $('stored').textContent = annotator.export($('format').value);
});
