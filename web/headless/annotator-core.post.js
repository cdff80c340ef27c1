// Appended to the generated annotator-core.mjs (emcc --extern-post-js): the idiomatic API over
// the raw C surface (annotator_c_api.h). One file, wasm inside, for Node >= 18 and browsers:
//
//   import { createCore } from './annotator-core.mjs';
//   const core = await createCore();
//   const doc = core.annotate('Vučić said on Monday that ...');
//   doc.entities[0]   // {id: 'e1', start: 0, end: 5, label: 'PERSON', text: 'Vučić', ...}
//   core.export(doc, 'w3c')   // the W3C Web Annotation JSON-LD text (also json, brat-*, csv, html)
//
// Offsets are Unicode CODE POINTS (docs/format.md), not the UTF-16 units JavaScript strings
// index by: they differ after an astral character such as an emoji. To slice a JS string use
// Array.from(text).slice(start, end).join(''), or the utf16Offsets() helper (exported too):
//   const toUtf16 = utf16Offsets(text);  text.slice(toUtf16[e.start], toUtf16[e.end])

export async function createCore(moduleOptions = {}) {
  const wasm = await createAnnotatorWasm(moduleOptions);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const lengthSlot = wasm._malloc(4);

  // Copies `input` (a string, or raw bytes as a Uint8Array) into wasm memory, calls
  // fn(pointer, byteLength), and frees the copy. A UTF-16 unit takes at most 3 UTF-8 bytes.
  function withBytes(input, fn) {
    let size;
    if (typeof input === 'string') size = input.length * 3;
    else if (input instanceof Uint8Array) size = input.length;
    else throw new TypeError('annotator core: expected a string or a Uint8Array');
    const pointer = wasm._malloc(size + 1);
    if (pointer === 0) throw new RangeError('annotator core: out of memory');
    try {
      let length = input.length;
      if (typeof input === 'string') {
        // The heap view is read after _malloc: memory growth replaces the buffer.
        length = encoder.encodeInto(input, wasm.HEAPU8.subarray(pointer, pointer + size)).written;
      } else {
        wasm.HEAPU8.set(input, pointer);
      }
      return fn(pointer, length);
    } finally {
      wasm._free(pointer);
    }
  }

  // Takes ownership of a buffer returned by the C surface and decodes it as a JS string.
  function takeString(pointer, length) {
    try {
      return decoder.decode(wasm.HEAPU8.subarray(pointer, pointer + length));
    } finally {
      wasm._ann_free(pointer);
    }
  }

  // The document JSON as a string (what the native `annotate` CLI prints).
  function annotateJson(text) {
    return withBytes(text, (pointer, length) => {
      const result = wasm._ann_annotate(pointer, length, lengthSlot);
      if (result === 0) throw new RangeError('annotator core: out of memory');
      return takeString(result, wasm.HEAP32[lengthSlot >> 2]);
    });
  }

  // A string without lone surrogates reaches the core as valid UTF-8, unchanged: the document's
  // text is then that very string.
  const isWellFormed = typeof String.prototype.isWellFormed === 'function'
    ? (text) => text.isWellFormed()
    : (text) => !/\p{Cs}/u.test(text);

  // The document object. For a well-formed string the core leaves the text out of the JSON
  // ("text": null) and the string given is put back: the text is not copied out of wasm
  // memory, decoded and parsed again (a fifth of the JSON's bytes for news text). The key
  // order is the JSON's either way.
  function annotate(text) {
    if (typeof text !== 'string' || !isWellFormed(text)) return JSON.parse(annotateJson(text));
    const doc = withBytes(text, (pointer, length) => {
      const result = wasm._ann_annotate_without_text(pointer, length, lengthSlot);
      if (result === 0) throw new RangeError('annotator core: out of memory');
      return JSON.parse(takeString(result, wasm.HEAP32[lengthSlot >> 2]));
    });
    doc.text = text;
    return doc;
  }

  // Copies a JS string into wasm memory NUL-terminated (for the C side's `const char*`).
  function withCString(text, fn) {
    return withBytes(text + '\0', (pointer) => fn(pointer));
  }

  // The text of `format` for a document (an object from annotate(), or its JSON text).
  function exportDocument(doc, format) {
    const json = typeof doc === 'string' ? doc : JSON.stringify(doc);
    const okSlot = wasm._malloc(4);
    try {
      const [text, ok] = withBytes(json, (docPointer, docLength) => withCString(String(format), (formatPointer) => {
        const result = wasm._ann_export(docPointer, docLength, formatPointer, lengthSlot, okSlot);
        if (result === 0) throw new RangeError('annotator core: out of memory');
        const ok = wasm.HEAP32[okSlot >> 2] === 1;
        return [takeString(result, wasm.HEAP32[lengthSlot >> 2]), ok];
      }));
      if (!ok) throw new Error('annotator core: cannot export: ' + text);
      return text;
    } finally {
      wasm._free(okSlot);
    }
  }

  return {
    // export(doc, 'json' | 'w3c' | 'brat-txt' | 'brat-ann' | 'brat-conf' | 'csv' | 'html'):
    // the file's text, as the app's Export menu writes it. Throws on a bad document or format.
    export: exportDocument,
    formats: ['json', 'w3c', 'brat-txt', 'brat-ann', 'brat-conf', 'csv', 'html'],
    // The document object: {schema, version, text, entities, groups, claims, ...}.
    annotate,
    annotateJson,
    // A newsroom dictionary ([{name, label, aliases}] or its JSON text) for later calls;
    // null clears it. Throws an Error naming the problem on a bad dictionary.
    setDictionary(entries) {
      const json = entries == null ? '' : typeof entries === 'string' ? entries : JSON.stringify(entries);
      const error = withBytes(json, (pointer, length) => wasm._ann_set_dictionary(pointer, length));
      if (error !== 0) throw new Error('annotator core: bad dictionary: ' + takeString(error, wasm.HEAPU8.indexOf(0, error) - error));
    },
  };
}

// utf16Offsets(text), exported too, is web/embed/utf16.mjs: the build appends it after this file.
