// Code point offsets (the document JSON's) to UTF-16 offsets (JavaScript string indexes).
// One copy for both JavaScript APIs: annotator.mjs imports it, and the build appends it to the
// headless core (annotator-core.mjs, web/CMakeLists.txt), which exports it too.
//
//   const toUtf16 = utf16Offsets('😀 Vučić');   // toUtf16[2] === 3: the emoji is 2 units
//   text.slice(toUtf16[entity.start], toUtf16[entity.end]) === entity.text
//
// Index i holds the UTF-16 offset of code point i, up to and including the end. A lone
// surrogate counts as one code point, as it does in the UTF-8 the core reads (U+FFFD).
export function utf16Offsets(text) {
  const map = [0];
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length &&
                 (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += pair ? 2 : 1;
    map.push(i);
  }
  return map;
}
