// The document JSON format (schema "article-annotator/1"; docs/format.md describes it
// field by field). Offsets in JSON are Unicode code points, end exclusive, as in the W3C
// TextPositionSelector; the Document keeps byte offsets.
//
//   text "😀 Vučić said"  (the emoji is 4 bytes, "č" and "ć" 2 bytes each)
//   Entity bytes [5, 12)  =>  {"id": "e1", "start": 2, "end": 7, "label": "PERSON",
//                              "text": "Vučić", "group": "g1", "origin": "auto"}
//
// Reading is strict: any problem gives an error naming the place and the reason, e.g.
//   claims[3].content.end: 5120 is past the end of the text (4096 code points)
#pragma once
#include <string>
#include <string_view>

#include "document/document.h"
#include "util/status.h"

namespace ann {

constexpr std::string_view kDocumentSchema = "article-annotator/1";
constexpr int kDocumentVersion = 1;

// One JSON object; indent < 0 gives one line (for JSONL), indent >= 0 pretty-prints.
std::string write_document_json(const Document& doc, int indent = -1);

// The same one-line JSON with "text": null, for a caller that holds the text already and puts
// it back itself (the wasm core's annotate(): the JS string it was given, not a copy of 5 bytes
// per character through wasm memory, UTF-8 decoding and JSON.parse).
std::string write_document_json_without_text(const Document& doc);

// Reads what write_document_json writes. Never throws. On error `*out` is left untouched.
// Entities and claims are stably sorted by start, the Document's invariant.
Status read_document_json(std::string_view json, Document* out);

}  // namespace ann
