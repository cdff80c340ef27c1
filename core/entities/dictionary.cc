#include "entities/dictionary.h"

#include <map>
#include <utility>

#include "document/json_input.h"

namespace ann {
namespace {

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Reads one name ("name" or an alias) and checks it is not used twice in the whole file: the
// finder could not tell which entry "PS" means if two entries claimed it.
Status read_name(const Json& v, const std::string& path, std::map<std::string, std::string>* seen,
                 std::string* out) {
  if (!v.is_string()) return Status::Error(path + ": expected a string, got " + describe_json_value(v));
  const std::string& name = v.get_ref<const std::string&>();
  if (is_blank(name)) return Status::Error(path + ": empty name");
  auto [previous, added] = seen->emplace(name, path);
  if (!added) {
    return Status::Error(path + ": " + quote_for_message(name) + " is already used at " + previous->second);
  }
  *out = name;
  return Status();
}

}  // namespace

// [{"name": "Policske Strojirny", "label": "ORG", "aliases": ["PS"]}]
// Errors name the place, e.g.  [2].label: unknown label "FOO" (expected PERSON, ORG, ...)
Status parse_dictionary_json(std::string_view json, Dictionary* out) {
  Json root;
  Status parsed = parse_untrusted_json(json, &root);
  if (!parsed.ok()) return parsed;
  if (!root.is_array()) {
    return Status::Error("dictionary: expected an array of entries like "
                         "[{\"name\": \"...\", \"label\": \"ORG\", \"aliases\": [\"...\"]}], got " +
                         describe_json_value(root));
  }
  Dictionary dictionary;
  std::map<std::string, std::string> seen;   // name or alias => where it was first defined
  for (size_t i = 0; i < root.size(); ++i) {
    const Json& j = root[i];
    const std::string path = std::string("[") + std::to_string(i) + "]";
    if (!j.is_object()) return Status::Error(path + ": expected an object, got " + describe_json_value(j));
    DictionaryEntry entry;

    auto name = j.find("name");
    if (name == j.end()) return Status::Error(path + ".name: missing");
    if (Status s = read_name(*name, path + ".name", &seen, &entry.name); !s.ok()) return s;

    auto label = j.find("label");
    if (label == j.end()) return Status::Error(path + ".label: missing");
    if (!label->is_string()) {
      return Status::Error(path + ".label: expected a string, got " + describe_json_value(*label));
    }
    std::optional<Label> parsed_label = label_from_name(label->get_ref<const std::string&>());
    if (!parsed_label) {
      return Status::Error(path + ".label: unknown label " + quote_for_message(label->get<std::string>()) +
                           " (expected PERSON, ORG, PLACE, NORP, DATE or QUANTITY)");
    }
    entry.label = *parsed_label;

    if (auto aliases = j.find("aliases"); aliases != j.end() && !aliases->is_null()) {
      if (!aliases->is_array()) {
        return Status::Error(path + ".aliases: expected an array of strings, got " + describe_json_value(*aliases));
      }
      for (size_t k = 0; k < aliases->size(); ++k) {
        std::string alias;
        std::string alias_path = path + ".aliases[" + std::to_string(k) + "]";
        if (Status s = read_name((*aliases)[k], alias_path, &seen, &alias); !s.ok()) return s;
        entry.aliases.push_back(std::move(alias));
      }
    }
    dictionary.entries.push_back(std::move(entry));
  }
  *out = std::move(dictionary);
  return Status();
}

}  // namespace ann
