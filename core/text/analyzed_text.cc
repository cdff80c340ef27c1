#include "text/analyzed_text.h"

#include <utility>

namespace ann {

AnalyzedText analyze_text(std::string text) {
  AnalyzedText out;
  out.text = std::move(text);
  out.tokens = tokenize(out.text);
  out.sentences = split_sentences(out.text, out.tokens);
  out.paragraphs = split_paragraphs(out.text, out.tokens, out.sentences);
  return out;
}

}  // namespace ann
