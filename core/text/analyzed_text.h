// AnalyzedText: a valid UTF-8 text with its tokens, sentences and paragraphs. It is what
// the entity and claim finders read.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.h"
#include "text/tokenizer.h"

namespace ann {

struct AnalyzedText {
  std::string text;                      // valid UTF-8
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;

  std::string_view token_text(size_t i) const {
    return std::string_view(text).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  std::string_view span_text(uint32_t begin, uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
};

// `text` must be valid UTF-8 (see sanitize_utf8).
AnalyzedText analyze_text(std::string text);

}  // namespace ann
