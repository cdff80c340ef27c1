#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/unicode.h"
#include "text/utf8.h"

namespace ann {
namespace {

struct Entry {
  std::string_view word;
  AbbreviationKind kind;
};

using K = AbbreviationKind;

// Sorted by bytes (uppercase before lowercase) for the binary search.
constexpr Entry kAbbreviations[] = {
    {"Adm", K::Title},   {"Ala", K::Other},   {"Amb", K::Title},     {"Apr", K::Month},
    {"Ariz", K::Other},  {"Ark", K::Other},   {"Art", K::NumberPrefix}, {"Assn", K::Other},
    {"Atty", K::Title},  {"Aug", K::Month},   {"Ave", K::Other},     {"Blvd", K::Other},
    {"Brig", K::Title},  {"Bros", K::Other},  {"Calif", K::Other},   {"Capt", K::Title},
    {"Cdr", K::Title},   {"Cmdr", K::Title},  {"Co", K::Other},      {"Col", K::Title},
    {"Colo", K::Other},  {"Conn", K::Other},  {"Corp", K::Other},    {"Cos", K::Other},
    {"Cpl", K::Title},   {"Dec", K::Month},   {"Del", K::Other},     {"Dept", K::Other},
    {"Det", K::Title},   {"Dr", K::Title},    {"Drs", K::Title},     {"Feb", K::Month},
    {"Fig", K::NumberPrefix}, {"Fla", K::Other}, {"Fr", K::Title},   {"Fri", K::Other},
    {"Ft", K::Other},    {"Ga", K::Other},    {"Gen", K::Title},     {"Gov", K::Title},
    {"Hon", K::Title},   {"Ill", K::Other},   {"Inc", K::Other},     {"Ind", K::Other},
    {"Insp", K::Title},  {"Jan", K::Month},   {"Jr", K::Other},      {"Jul", K::Month},
    {"Jun", K::Month},   {"Kan", K::Other},   {"Ky", K::Other},      {"La", K::Other},
    {"Lt", K::Title},    {"Ltd", K::Other},   {"Maj", K::Title},     {"Mar", K::Month},
    {"Mass", K::Other},  {"Md", K::Other},    {"Messrs", K::Title},  {"Mich", K::Other},
    {"Minn", K::Other},  {"Mlle", K::Title},  {"Mme", K::Title},     {"Mo", K::Other},
    {"Mon", K::Other},   {"Mont", K::Other},  {"Mr", K::Title},      {"Mrs", K::Title},
    {"Ms", K::Title},    {"Mt", K::Other},    {"Neb", K::Other},     {"Nev", K::Other},
    {"No", K::NumberPrefix}, {"Nos", K::NumberPrefix}, {"Nov", K::Month}, {"Oct", K::Month},
    {"Okla", K::Other},  {"Ore", K::Other},   {"Pa", K::Other},
    {"Pres", K::Title},  {"Prof", K::Title},  {"Pvt", K::Title},     {"Rd", K::Other},
    {"Rep", K::Title},   {"Reps", K::Title},  {"Rev", K::Title},     {"Sen", K::Title},
    {"Sens", K::Title},  {"Sep", K::Month},   {"Sept", K::Month},    {"Sgt", K::Title},
    {"Sr", K::Other},    {"St", K::Other},    {"Supt", K::Title},    {"Tenn", K::Other},
    {"Tex", K::Other},   {"Thu", K::Other},   {"Thur", K::Other},    {"Thurs", K::Other},
    {"Tue", K::Other},   {"Tues", K::Other},  {"Univ", K::Other},    {"Va", K::Other},
    {"Vol", K::NumberPrefix}, {"Vt", K::Other}, {"Wash", K::Other},  {"Wed", K::Other},
    {"Wis", K::Other},   {"Wyo", K::Other},   {"al", K::Other},      {"approx", K::Other},
    {"ca", K::Other},    {"cf", K::Other},    {"esp", K::Other},     {"est", K::Other},
    {"etc", K::Other},   {"incl", K::Other},  {"no", K::NumberPrefix}, {"nos", K::NumberPrefix},
    {"p", K::NumberPrefix}, {"pp", K::NumberPrefix}, {"v", K::Other}, {"vol", K::NumberPrefix},
    {"vs", K::Other},
};

constexpr std::string_view kSentenceStarters[] = {
    "A", "About", "According", "Additionally", "After", "Afterwards", "Again", "Against", "All",
    "Almost", "Also", "Although", "Among", "An", "And", "Another", "Any", "Are", "Around", "As",
    "Asked", "At", "Because", "Before", "Between", "Both", "But", "By", "Can", "Could",
    "Despite", "Did", "Do", "Does", "During", "Each", "Earlier", "Either", "Elsewhere", "Even",
    "Every", "Few", "Five", "Following", "For", "Four", "From", "Further", "Furthermore", "Had",
    "Has", "Have", "He", "Her", "Here", "His", "How", "However", "I", "If", "In", "Indeed",
    "Instead", "Is", "It", "Its", "Last", "Later", "Let", "Many", "Meanwhile", "More",
    "Moreover", "Most", "Much", "Must", "My", "Nearly", "Neither", "Nevertheless", "No",
    "Nonetheless", "Nor", "Not", "Now", "Of", "On", "Once", "One", "Only", "Or", "Other", "Our",
    "Over", "Overall", "Please", "Separately", "Several", "She", "Should", "Similarly", "Since",
    "So", "Some", "Speaking", "Still", "Such", "That", "The", "Their", "Then", "There",
    "Therefore", "These", "They", "This", "Those", "Though", "Three", "Throughout", "Thus",
    "To", "Today", "Tomorrow", "Two", "Under", "Until", "Was", "We", "Were", "What", "When",
    "Where", "Whether", "Which", "While", "Who", "Why", "Will", "With", "Within", "Without",
    "Would", "Yesterday", "Yet", "You", "Your",
};

constexpr std::string_view kContractionBases[] = {
    "everybody", "everyone", "everything", "he", "here", "how", "it", "let", "nobody",
    "nothing", "she", "somebody", "someone", "something", "that", "there", "this", "what",
    "when", "where", "who", "why",
};

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.empty()) return K::None;
  // A single letter: an initial when uppercase ("J", "В"), "p"/"v" come from the table.
  size_t after_first = 0;
  const char32_t first = decode_utf8(word, after_first);
  if (after_first == word.size() && is_upper(first)) return K::Initial;
  const Entry* it = std::lower_bound(
      std::begin(kAbbreviations), std::end(kAbbreviations), word,
      [](const Entry& e, std::string_view w) { return e.word < w; });
  if (it != std::end(kAbbreviations) && it->word == word) return it->kind;
  // Letters separated by dots: "U.S", "a.m", "e.g", "D.C".
  if (word.size() >= 3 && word.find('.') != std::string_view::npos) return K::Other;
  return K::None;
}

bool is_sentence_starter(std::string_view word) {
  return std::binary_search(std::begin(kSentenceStarters), std::end(kSentenceStarters), word);
}

bool is_contraction_base(std::string_view word) {
  if (word.size() > 10) return false;
  return std::binary_search(std::begin(kContractionBases), std::end(kContractionBases),
                            std::string_view(ascii_lower(word)));
}

}  // namespace ann
