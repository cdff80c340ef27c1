// The cue lexicon: verbs and nouns that report speech ("said", "denies", "according to",
// "statement"), with every inflection and the stance they give.
//
//   find_cue("said")      => {lemma "say", verb, assert}
//   find_cue("refuted")   => {lemma "refute", verb, deny, noun object allowed}
//   find_cue("told")      => {lemma "tell", verb, takes an object: "told reporters that"}
//   find_cue("statement") => {lemma "statement", noun}
//   find_cue("think")     => nullptr   (opinions are not reported speech)
// Words are matched lowercased (ASCII); the lexicon is English.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ann {

enum CueFlag : uint16_t {
  kCueVerb = 1 << 0,         // "say", "says", "said", "saying"
  kCueNoun = 1 << 1,         // "statement that ...", "claims that ..."
  kCueDeny = 1 << 2,         // stance deny: "denied", "rejects", "dismissed"
  kCueTakesObject = 1 << 3,  // an addressee or target comes first: "told VOA that",
                             // "accused Serbia of", "called the claims ridiculous"
  kCueNounContent = 1 << 4,  // a bare noun phrase is a content: "denied wrongdoing"
  kCueNoSource = 1 << 5,     // the subject is a listener, not a speaker: "a court heard"
  kCueWeak = 1 << 6,         // needs "that", a quote or a colon after it to count:
                             // "found that" but not "found the body"
  kCuePromise = 1 << 7,      // a promise or threat: counts with "to", "that" or a clause
                             // ("vowed to stay", "vowed they will stay"), not with a bare
                             // noun ("vowed revenge")
};

enum class VerbForm : uint8_t { Base, ThirdPerson, Past, Gerund };

struct CueInfo {
  std::string_view lemma;  // "say"
  uint16_t flags = 0;
  VerbForm form = VerbForm::Base;
  bool has(CueFlag f) const { return (flags & f) != 0; }
};

// `word` as written, any case ("Said", "DENIES"). Null when it is not a cue.
const CueInfo* find_cue(std::string_view word);

// Every word find_cue knows ("say", "says", …, "statement"), for lookup tables.
std::vector<std::string_view> cue_words();

// A misspelt "said"/"says"/"told"/"added" (one letter missing, added or changed: "sai",
// "siad" is not covered). Used only where the syntax leaves no doubt:  “…,” sai Carballido.
bool is_said_typo(std::string_view word);

// ASCII lowercase copy ("Vučić" keeps its non-ASCII letters).
std::string ascii_lower(std::string_view word);

}  // namespace ann
