// The embedding API's C side: the functions web/embed/annotator.mjs calls on one app
// instance (each instance is its own wasm module, so the state pointer here is per instance),
// and the 'change'/'select' events it receives.
//
//   connect_embed_api(&app.state);          // once, in main()
//   poll_embed_events(app.state);            // every animation frame, even idle ones
//
// Offsets: the document JSON (getDocument, setDocument, exports) counts Unicode CODE POINTS,
// like docs/format.md; a selection given to JavaScript counts UTF-16 units of the JS string,
// so `text.slice(start, end)` works without conversion (core/text/offsets.h converts here).
#pragma once
#include <cstdint>

#include "app/app_state.h"

namespace ann::web {

// Makes `state` the target of the exported ann_embed_* functions.
void connect_embed_api(AppState* state);

// Calls the page's Module.annotatorEvent('change' | 'select') when revision() or
// selection_revision() moved since the last call. Returns whether anything moved.
bool poll_embed_events(const AppState& state);

}  // namespace ann::web

// The exported functions (EMSCRIPTEN_KEEPALIVE), for annotator.mjs only. Strings in are UTF-8
// bytes with a length; strings out are malloc'd, NUL-terminated, their byte length written to
// *out_len, and released with ann_embed_free. A null return from a setter means success;
// otherwise it is the error message.
extern "C" {
void ann_embed_free(char* buffer);
void ann_embed_set_text(const char* utf8, int len);
char* ann_embed_document_json(int* out_len);                          // code points
char* ann_embed_set_document_json(const char* json, int len);         // null or error
char* ann_embed_export(const char* format_name, int* out_len);        // null: unknown format
char* ann_embed_set_dictionary(const char* json, int len);            // null or error
// Empties the document (an embedded instance starts blank, whatever the app restored).
void ann_embed_clear();
void ann_embed_set_read_only(int read_only);
void ann_embed_set_label_visible(int label, int visible);             // label: ann::Label
void ann_embed_set_theme(int dark);
char* ann_embed_selection_json(int* out_len);                         // UTF-16 offsets
}
