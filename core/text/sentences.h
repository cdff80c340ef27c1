// Sentence and paragraph segmentation over tokens.
//
//   "Mr. Smith met Dr. Jones in the U.S. on Jan. 5. He left."      => 2 sentences
//   "“We will go...,” he said. Prices rose 2.5 percent."           => 2 sentences
// A line break ends a sentence after a headline-like line (no final stop, next line not
// lowercase) and after a line ending in ":" ("Chris Philp said:" then a block quote), unless
// the whole text looks hard-wrapped (many line breaks inside sentences). A blank line always
// ends a sentence.
// A paragraph is a run of lines between blank lines; a single line break also ends a
// paragraph when the line before it ends a sentence (headlines, one-line paragraphs).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace ann {

struct Sentence {
  uint32_t begin = 0, end = 0;               // byte span (first token begin .. last token end)
  uint32_t first_token = 0, end_token = 0;   // token index range [first, end)
  uint32_t paragraph = 0;                    // index into the paragraphs
};

struct Paragraph {
  uint32_t begin = 0, end = 0;                 // byte span
  uint32_t first_sentence = 0, end_sentence = 0;
};

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);
// Fills Sentence::paragraph and returns the paragraphs.
std::vector<Paragraph> split_paragraphs(std::string_view text, const std::vector<Token>& tokens,
                                        std::vector<Sentence>& sentences);

}  // namespace ann
