// libFuzzer target: ann::annotate on arbitrary bytes. The result must hold the Document
// invariants (spans inside the text, on UTF-8 boundaries, sorted) and survive a document
// JSON round trip unchanged. docs/FUZZING.md shows how to build and run it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotator.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ann::Document doc = ann::annotate(bytes);
  ann::fuzz::check_document(doc);
  ann::fuzz::check_json_round_trip(doc);
  return 0;
}
