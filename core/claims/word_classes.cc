#include "claims/word_classes.h"

#include <algorithm>
#include <array>
#include <utility>

#include "claims/word_table.h"

namespace ann {
namespace {

constexpr std::array<std::string_view, 23> kAuxiliaries = {
    "has",   "have", "had",   "having", "is",    "are",   "was",    "were",
    "be",    "been", "being", "will",   "would", "shall", "should", "can",
    "could", "may",  "might", "must",   "do",    "does",  "did"};

constexpr std::array<std::string_view, 7> kBeForms = {"is", "are",  "was",  "were",
                                                      "be", "been", "being"};

constexpr std::array<std::string_view, 30> kAdverbs = {
    "also",       "again",        "already", "still",      "then",          "now",
    "not",        "never",        "once",    "later",      "earlier",       "previously",
    "repeatedly", "consistently", "flatly",  "reportedly", "widely",        "recently",
    "publicly",   "openly",       "firmly",  "strongly",   "categorically", "immediately",
    "further",    "even",         "yet",     "just",       "often",         "first"};

constexpr std::array<std::string_view, 34> kPrepositions = {
    "in",      "on",     "at",      "during", "after",   "before",  "to",      "from",      "by",
    "with",    "for",    "of",      "about",  "over",    "under",   "since",   "until",     "into",
    "through", "across", "against", "among",  "amid",    "between", "despite", "following", "via",
    "upon",    "near",   "without", "within", "towards", "toward",  "like"};

constexpr std::array<std::string_view, 20> kClauseOpeners = {
    "that",   "which",   "who",     "whom",  "whose",    "when",   "where",
    "while",  "whereas", "because", "since", "although", "though", "if",
    "unless", "after",   "before",  "as",    "once",     "until"};

constexpr std::array<std::string_view, 19> kDeterminers = {
    "the",   "a",   "an", "this", "that", "these", "those",   "his",  "her",    "its",
    "their", "our", "my", "your", "some", "many",  "several", "such", "another"};

constexpr std::array<std::string_view, 7> kPronouns = {"he", "she", "they", "it", "we", "i", "you"};

constexpr std::array<std::string_view, 6> kConjunctions = {"and", "but", "or", "so", "yet", "nor"};

constexpr std::array<std::string_view, 12> kSentenceAdverbs = {
    "however", "meanwhile", "moreover",     "furthermore", "but",     "and",
    "so",      "also",      "nevertheless", "still",       "instead", "besides"};

constexpr std::array<std::string_view, 23> kTimeWords = {
    "monday",   "tuesday",  "wednesday", "thursday", "friday",    "saturday", "sunday", "january",
    "february", "march",    "april",     "may",      "june",      "july",     "august", "september",
    "october",  "november", "december",  "today",    "yesterday", "tomorrow", "tonight"};

}  // namespace

std::vector<std::pair<std::string_view, uint16_t>> class_words() {
  std::vector<std::pair<std::string_view, uint16_t>> all;
  auto add = [&](const auto& list, uint16_t bit) {
    for (std::string_view w : list) all.emplace_back(w, bit);
  };
  add(kAuxiliaries, kAuxiliary);
  add(kBeForms, kBeForm);
  add(kAdverbs, kAdverb);
  add(kPrepositions, kPreposition);
  add(kClauseOpeners, kClauseOpener);
  add(kDeterminers, kDeterminer);
  add(kPronouns, kPronoun);
  add(kConjunctions, kConjunction);
  add(kSentenceAdverbs, kSentenceAdverb);
  add(kTimeWords, kTimeWord);
  // One entry per word with all its bits ("that": clause opener and determiner); sorted,
  // so that merging is not a search of the list for every word.
  std::sort(all.begin(), all.end());
  std::vector<std::pair<std::string_view, uint16_t>> out;
  for (const auto& [w, bit] : all) {
    if (!out.empty() && out.back().first == w) {
      out.back().second |= bit;
    } else {
      out.emplace_back(w, bit);
    }
  }
  return out;
}

uint16_t word_class_bits(std::string_view w) { return look_up_word(w).classes; }

bool is_auxiliary(std::string_view w) { return (word_class_bits(w) & kAuxiliary) != 0; }
bool is_be_form(std::string_view w) { return (word_class_bits(w) & kBeForm) != 0; }
bool is_adverb(std::string_view w) { return (word_class_bits(w) & kAdverb) != 0; }
bool is_preposition(std::string_view w) { return (word_class_bits(w) & kPreposition) != 0; }
bool is_clause_opener(std::string_view w) { return (word_class_bits(w) & kClauseOpener) != 0; }
bool is_determiner(std::string_view w) { return (word_class_bits(w) & kDeterminer) != 0; }
bool is_pronoun(std::string_view w) { return (word_class_bits(w) & kPronoun) != 0; }
bool is_conjunction(std::string_view w) { return (word_class_bits(w) & kConjunction) != 0; }
bool is_sentence_adverb(std::string_view w) {
  return (word_class_bits(w) & kSentenceAdverb) != 0;
}
bool is_time_word(std::string_view w) { return (word_class_bits(w) & kTimeWord) != 0; }

}  // namespace ann
