#include "claims/word_classes.h"

#include <algorithm>
#include <array>

namespace ann {
namespace {

template <size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

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

bool is_auxiliary(std::string_view w) { return in(kAuxiliaries, w); }
bool is_be_form(std::string_view w) { return in(kBeForms, w); }
bool is_adverb(std::string_view w) {
  // "-ly" words between subject and verb are adverbs ("flatly", "consistently"); "only",
  // "family" and "July" are not verbs' satellites but never sit there either.
  return in(kAdverbs, w) || (w.size() > 4 && w.substr(w.size() - 2) == "ly" && w != "july");
}
bool is_preposition(std::string_view w) { return in(kPrepositions, w); }
bool is_clause_opener(std::string_view w) { return in(kClauseOpeners, w); }
bool is_determiner(std::string_view w) { return in(kDeterminers, w); }
bool is_pronoun(std::string_view w) { return in(kPronouns, w); }
bool is_conjunction(std::string_view w) { return in(kConjunctions, w); }
bool is_sentence_adverb(std::string_view w) { return in(kSentenceAdverbs, w); }
bool is_time_word(std::string_view w) { return in(kTimeWords, w); }

}  // namespace ann
