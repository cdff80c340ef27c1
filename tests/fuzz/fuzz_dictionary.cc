// libFuzzer target: the newsroom dictionary parser. Input "<dictionary JSON>\0<article text>";
// a dictionary that parses is then used to annotate the text (or a fixed sentence when
// there is none), so the dictionary matcher is fuzzed too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotator.h"
#include "entities/dictionary.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto [json, text] = ann::fuzz::split_at_nul(bytes);

  ann::Dictionary dictionary;
  ann::Status s = ann::parse_dictionary_json(json, &dictionary);
  if (!s.ok()) {
    ann::fuzz::check(!s.message().empty(), "an error without a message");
    return 0;
  }
  for (const ann::DictionaryEntry& entry : dictionary.entries) {
    ann::fuzz::check(!entry.name.empty(), "a dictionary entry without a name");
  }
  if (text.empty()) text = "PS director Jana Novakova said on Monday that Policske Strojirny would grow.";
  ann::AnnotateOptions options;
  options.dictionary = &dictionary;
  ann::Document doc = ann::annotate(text, options);
  ann::fuzz::check_document(doc);
  ann::fuzz::check_json_round_trip(doc);
  return 0;
}
