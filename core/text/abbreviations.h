// Abbreviations that keep their full stop inside the token, and how each kind behaves at a
// possible sentence end. Shared by the tokenizer (is the dot part of the word?) and the
// sentence splitter (does the dot also end the sentence?).
//
//   "Mr."  Title       never ends a sentence            "Mr. Smith"
//   "J."   Initial     ends one only before a sentence starter ("Plan B. The ...")
//   "Jan." Month       never before a number ("Jan. 5"), else like Initial
//   "No."  NumberPrefix only an abbreviation before a number ("No. 10"): then never ends
//   "U.S." Other       ends one before a sentence starter ("in the U.S. The ..."), not before
//                      a name ("U.S. President Biden") or a lowercase word
#pragma once
#include <string_view>

namespace ann {

enum class AbbreviationKind { None, Title, Initial, Month, NumberPrefix, Other };

// `word` is the token without its final dot: "Mr", "U.S", "J", "В", "a.m".
AbbreviationKind abbreviation_kind(std::string_view word);

// Capitalised function words that usually start a sentence and are not names:
// "The", "He", "But", "In" ... (case-sensitive: the first letter must be uppercase).
bool is_sentence_starter(std::string_view word);

// Words whose "’s" is "is"/"has", not a possessive: "It’s", "that’s", "Here’s".
// ASCII case-insensitive.
bool is_contraction_base(std::string_view word);

}  // namespace ann
