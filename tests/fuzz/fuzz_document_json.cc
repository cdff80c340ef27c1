// libFuzzer target: read_document_json on arbitrary bytes. It must never crash or hang; what
// it accepts must hold the Document invariants and round-trip unchanged.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document/document_json.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ann::Document doc;
  ann::Status s = ann::read_document_json(bytes, &doc);
  if (!s.ok()) {
    ann::fuzz::check(!s.message().empty(), "an error without a message");
    return 0;
  }
  ann::fuzz::check_document(doc);
  ann::fuzz::check_json_round_trip(doc);
  return 0;
}
