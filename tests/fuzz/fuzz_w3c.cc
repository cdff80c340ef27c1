// libFuzzer target: the W3C Web Annotation JSON-LD import. Input "<article text>\0<JSON-LD>"
// (no NUL: the whole input is the JSON and the text is empty); the text is made valid UTF-8
// first, as the app holds only valid text. What is accepted must hold the Document
// invariants, export again and import again to the same document (up to ids).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "document/document_json.h"
#include "formats/w3c.h"
#include "fuzz_checks.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto [first, second] = ann::fuzz::split_at_nul(bytes);
  std::string_view json = second.empty() ? first : second;
  std::string text = second.empty() ? std::string() : ann::sanitize_utf8(first).utf8;

  ann::Document doc;
  ann::Status s = ann::read_w3c_annotations(json, text, &doc);
  if (!s.ok()) {
    ann::fuzz::check(!s.message().empty(), "an error without a message");
    return 0;
  }
  ann::fuzz::check(doc.text == text, "the imported document does not hold the given text");
  ann::fuzz::check_document(doc);
  ann::fuzz::check_json_round_trip(doc);

  std::string exported = ann::write_w3c_annotations(doc);
  ann::Document back;
  ann::Status again = ann::read_w3c_annotations(exported, text, &back);
  ann::fuzz::check(again.ok(), "our own W3C export does not import:", again.message());
  ann::fuzz::check_document(back);
  // Ids are renumbered on import (in file order), so compare without them.
  ann::fuzz::check(ann::fuzz::fingerprint(back) == ann::fuzz::fingerprint(doc),
                   "W3C export then import changes the document",
                   "\n" + ann::write_document_json(doc) + "\n" + ann::write_document_json(back));
  return 0;
}
