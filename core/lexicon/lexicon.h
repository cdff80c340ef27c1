// The entity lexicon: gazetteers (countries, subdivisions, cities, first names), common English
// words and our own word lists, compiled at build time into one hashed table (gen_lexicon.py).
//
//   lookup(fold("Vučić"))          => 0 (not listed)
//   lookup(fold("Phnom Penh"))     => kCity
//   lookup("czech")                => kNorp        (keys are folded: lowercase, no diacritics)
//   has_common_word("exporting")   => true         ("export" + "ing")
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace ann::lexicon {

// Flags of an entry (keep in sync with gen_lexicon.py).
enum Flag : uint32_t {
  kCountry = 0x1,
  kCity = 0x2,
  kRegion = 0x4,          // subdivision, region, continent, sea ...
  kNorp = 0x8,
  kFirstName = 0x10,
  kCommon = 0x20,         // unused in the table: common words are in a Bloom filter
  kTitle = 0x40,          // "President", "Mr."
  kOrgWord = 0x80,        // "Ministry", "Service"
  kPlaceWord = 0x100,     // "Province", "Sea"
  kOrg = 0x200,           // a known organisation
  kUnit = 0x400,
  kCurrency = 0x800,
  kMagnitude = 0x1000,    // "million"
  kNumberWord = 0x2000,   // "two", "forty"
  kNotName = 0x4000,      // "However", "I"
  kNameParticle = 0x8000, // "de", "van"
  kPersonCue = 0x10000,   // "who"
  kPlaceCue = 0x20000,    // "in", "from"
  kSkipHead = 0x40000,    // "Treaty", "Palace": names ending so are not tagged
  kOrgCue = 0x80000,      // "company", "newspaper" next to a name
  kFacility = 0x100000,   // "prison", "airport" after a name
  kLongerKey = 0x200000,  // a longer key continues this one after " -.,'/&": "phnom", "u.s."
  kStateBody = 0x400000,  // "Foreign", "Army": a state body's first word ("Russian Foreign Ministry")
};
constexpr uint32_t kPlace = kCountry | kCity | kRegion;

// Folds text for lookup: lowercase, Latin diacritics removed, ’ as ', dashes as '-', runs
// of whitespace as one space. "Vučić" => "vucic", "Jarosław" => "jaroslaw", "L’Aquila" => "l'aquila".
std::string fold(std::string_view utf8);
// Appends the fold of `utf8` to `out` (no allocation when `out` has room).
void append_fold(std::string_view utf8, std::string& out);

// Flags of a folded key, 0 when absent (a hash lookup in an index the generator built; keys
// are shorter than 200 bytes).
uint32_t lookup(std::string_view folded_key);
// The same with kLongerKey: one hash lookup tells both what a word is and whether a longer
// key may start with it. lookup_word("phnom") => kLongerKey, lookup_word("u.s.") => kCountry | kLongerKey.
uint32_t lookup_word(std::string_view folded_key);
// The same for a caller that hashed the key already: hash == fnv1a(folded_key) (word_set.h).
uint32_t lookup_word(std::string_view folded_key, uint64_t hash);
// True when the folded word, or its base without a regular ending (-s, -es, -ed, -ing, -ly,
// -er, -est, -d), is a common English word (lowercase in wamerican). About 0.5% of other
// words answer true too (a Bloom filter keeps the table small).
bool has_common_word(std::string_view folded_word);

// False when no key continues `folded_word` with a space or punctuation: no entry of several
// tokens can start with it ("phnom" => true, "said" => false). Lets callers skip lookups.
// (lookup_word(w) & kLongerKey, for a caller that has the flags already.)
bool may_start_longer_key(std::string_view folded_word);

}  // namespace ann::lexicon
