// Quotation spans: pairs opening and closing marks, straight or curly, double or single.
//
//   “A,” he said, “B.”                 => two quotations, "A," and "B."
//   “A. (paragraph break) “B,” he said. => one quotation over both paragraphs (a paragraph
//                                          that reopens an unclosed quote continues it)
//   He said: "A.  (paragraph ends)      => unbalanced: closed at the end of its paragraph,
//                                          never swallowing the rest of the article
//   the 'World's Largest' dinosaur     => one single-quoted span; the apostrophe in
//                                          "World's" is not a mark
// A quotation of a few capitalised words (“Krušik”, "Project Chrome") is a name, not speech.
#pragma once
#include <cstdint>
#include <vector>

#include "text/analyzed_text.h"

namespace ann {

constexpr uint32_t kNoToken = UINT32_MAX;

struct Quotation {
  uint32_t open_token = kNoToken;   // token of the opening mark
  uint32_t close_token = kNoToken;  // closing mark; kNoToken when unbalanced
  uint32_t first_token = 0;         // inner tokens [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t begin = 0, end = 0;  // inner byte span, marks excluded
  uint32_t words = 0;           // Word and Number tokens inside
  bool single = false;          // ‘ ’ or ' marks
  bool name_like = false;       // “Krušik”, "Project Chrome": a name, not speech
  bool sentence_like = false;   // long enough to be a statement on its own
};

// Quotations sorted by open_token. Single-quoted ones may sit inside double-quoted ones.
// Linear time.
std::vector<Quotation> find_quotations(const AnalyzedText& text);

// For each token, the index of the outermost quotation whose inner tokens hold it, or -1.
std::vector<int32_t> quotation_of_tokens(const std::vector<Quotation>& quotes, size_t tokens);

}  // namespace ann
