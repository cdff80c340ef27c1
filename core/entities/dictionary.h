// A newsroom's own names, which take precedence over the built-in lexicons.
//
//   [{"name": "Policske Strojirny", "label": "ORG", "aliases": ["PS"]}]
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "util/status.h"

namespace ann {

struct DictionaryEntry {
  std::string name;
  Label label = Label::Person;
  std::vector<std::string> aliases;
};

struct Dictionary {
  std::vector<DictionaryEntry> entries;
};

// Parses the JSON form above. Never throws; a bad file gives an error naming the place.
Status parse_dictionary_json(std::string_view json, Dictionary* out);

}  // namespace ann
