// Newsroom dictionaries: [{"name": ..., "label": ..., "aliases": [...]}], strict errors.
#include "entities/dictionary.h"

#include <gtest/gtest.h>

namespace ann {
namespace {

TEST(DictionaryJson, ReadsEntriesWithAndWithoutAliases) {
  Dictionary d;
  Status s = parse_dictionary_json(R"([
      {"name": "Policske Strojirny", "label": "ORG", "aliases": ["PS", "Policske"]},
      {"name": "Zoe\u0308 Ardent", "label": "PERSON"},
      {"name": "Přerov", "label": "PLACE", "aliases": []}])",
                                   &d);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(d.entries.size(), 3u);
  EXPECT_EQ(d.entries[0].name, "Policske Strojirny");
  EXPECT_EQ(d.entries[0].label, Label::Org);
  EXPECT_EQ(d.entries[0].aliases, (std::vector<std::string>{"PS", "Policske"}));
  EXPECT_EQ(d.entries[1].name, "Zoe\xCC\x88 Ardent");   // the \u escape decoded to UTF-8
  EXPECT_TRUE(d.entries[1].aliases.empty());
  EXPECT_EQ(d.entries[2].name, "Přerov");
  EXPECT_EQ(d.entries[2].label, Label::Place);
}

TEST(DictionaryJson, EmptyArrayIsAnEmptyDictionary) {
  Dictionary d;
  d.entries.push_back({.name = "stale"});
  ASSERT_TRUE(parse_dictionary_json("[]", &d).ok());
  EXPECT_TRUE(d.entries.empty());
}

struct BadDictionary {
  const char* name;
  const char* json;
  const char* message;
};

class DictionaryJsonErrors : public testing::TestWithParam<BadDictionary> {};

TEST_P(DictionaryJsonErrors, NamesThePlaceAndTheReason) {
  Dictionary d;
  d.entries.push_back({.name = "kept"});
  Status s = parse_dictionary_json(GetParam().json, &d);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), GetParam().message);
  ASSERT_EQ(d.entries.size(), 1u);   // left untouched
  EXPECT_EQ(d.entries[0].name, "kept");
}

const BadDictionary kBadDictionaries[] = {
    {"UnknownLabel", R"([{"name": "A", "label": "ORG"}, {"name": "B", "label": "ORG"}, {"name": "C", "label": "FOO"}])",
     "[2].label: unknown label \"FOO\" (expected PERSON, ORG, PLACE, NORP, DATE or QUANTITY)"},
    {"MissingName", R"([{"label": "ORG"}])", "[0].name: missing"},
    {"MissingLabel", R"([{"name": "A"}])", "[0].label: missing"},
    {"NameNotString", R"([{"name": 7, "label": "ORG"}])", "[0].name: expected a string, got number 7"},
    {"BlankName", R"([{"name": "  ", "label": "ORG"}])", "[0].name: empty name"},
    {"AliasNotString", R"([{"name": "A", "label": "ORG", "aliases": ["B", null]}])",
     "[0].aliases[1]: expected a string, got null"},
    {"AliasesNotArray", R"([{"name": "A", "label": "ORG", "aliases": "B"}])",
     "[0].aliases: expected an array of strings, got string \"B\""},
    {"DuplicateName", R"([{"name": "NATO", "label": "ORG"}, {"name": "NATO", "label": "ORG"}])",
     "[1].name: \"NATO\" is already used at [0].name"},
    {"AliasClashesWithOtherEntry", R"([{"name": "Policske Strojirny", "label": "ORG", "aliases": ["PS"]},
                                       {"name": "Petr Svoboda", "label": "PERSON", "aliases": ["PS"]}])",
     "[1].aliases[0]: \"PS\" is already used at [0].aliases[0]"},
    {"EntryNotObject", R"([["A", "ORG"]])", "[0]: expected an object, got array"},
    {"RootObject", R"({"name": "A", "label": "ORG"})",
     "dictionary: expected an array of entries like [{\"name\": \"...\", \"label\": \"ORG\", \"aliases\": "
     "[\"...\"]}], got object"},
};

INSTANTIATE_TEST_SUITE_P(Malformed, DictionaryJsonErrors, testing::ValuesIn(kBadDictionaries),
                         [](const testing::TestParamInfo<BadDictionary>& info) { return info.param.name; });

TEST(DictionaryJson, NotJsonSaysWhere) {
  Dictionary d;
  Status s = parse_dictionary_json("[{\"name\": \"A\", \"label\": \"ORG\"", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("not valid JSON at line 1, column ", 0), 0u) << s.message();
}

}  // namespace
}  // namespace ann
