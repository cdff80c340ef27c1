// Closed word classes the claim finder reads syntax from (English, matched lowercased):
// which words may sit between a subject and its verb ("has consistently denied"), which
// ones open a clause or a prepositional phrase, which ones are pronouns.
//
//   is_auxiliary("has")        is_adverb("consistently")     is_preposition("during")
//   is_clause_opener("after")  is_determiner("the")          is_pronoun("she")
#pragma once
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace ann {

// The classes below as bits, for a per-token table (ClaimText::is_class).
enum WordClass : uint16_t {
  kAuxiliary = 1 << 0,
  kBeForm = 1 << 1,
  kAdverb = 1 << 2,
  kPreposition = 1 << 3,
  kClauseOpener = 1 << 4,
  kDeterminer = 1 << 5,
  kPronoun = 1 << 6,
  kConjunction = 1 << 7,
  kSentenceAdverb = 1 << 8,
  kTimeWord = 1 << 9,
};

// Every class `lower` belongs to, one hash lookup: word_class_bits("that") =>
// kClauseOpener | kDeterminer; word_class_bits("flatly") => kAdverb.
uint16_t word_class_bits(std::string_view lower);

// Every word in some class list with its bits (the "-ly" adverbs aside): the contents of
// the lookup table behind word_class_bits (word_table.h).
std::vector<std::pair<std::string_view, uint16_t>> class_words();

bool is_auxiliary(std::string_view lower);      // has, have, had, is, was, will, would, been ...
bool is_be_form(std::string_view lower);        // is, are, was, were, be, been, being
bool is_adverb(std::string_view lower);         // also, again, already, flatly, -ly words
bool is_preposition(std::string_view lower);    // in, on, at, during, after, to, from ...
bool is_clause_opener(std::string_view lower);  // that, which, who, when, after, because ...
bool is_determiner(std::string_view lower);     // the, a, an, this, his, their ...
bool is_pronoun(std::string_view lower);        // he, she, they, it, we, i, you
bool is_conjunction(std::string_view lower);    // and, but, or, so, yet
// Sentence adverbs that open a sentence before its subject: "However, he said".
bool is_sentence_adverb(std::string_view lower);
// Day and month names and day words: "on Friday", "said on June 23".
bool is_time_word(std::string_view lower);

}  // namespace ann
