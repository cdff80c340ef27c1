// Prepended to the generated annotator-core.mjs (emcc --extern-pre-js).
// Emscripten 3.1.6 writes the CommonJS name __dirname into its ES module output for Node,
// where an ES module has no such name ("ReferenceError: __dirname is not defined"). The wasm
// is inlined (-sSINGLE_FILE=1), so nothing is ever read from disk: an empty stand-in is enough.
const __dirname = '';
