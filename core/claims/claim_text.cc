#include "claims/claim_text.h"

#include <algorithm>

#include "claims/cues.h"
#include "claims/word_table.h"

namespace ann {

ClaimText::ClaimText(const AnalyzedText& text) : text_(text) {
  size_t n = text.tokens.size();
  // Every token back to back, words lowercased; sized once, then written in place.
  size_t total = 0;
  for (const Token& t : text.tokens) total += t.end - t.begin;
  lower_.resize(total);
  lower_begin_.resize(n + 1);
  cues_.assign(n, nullptr);
  classes_.assign(n, 0);
  char* out = lower_.data();
  uint32_t at = 0;
  const WordTable& table = WordTable::get();
  for (size_t i = 0; i < n; ++i) {
    lower_begin_[i] = at;
    std::string_view s = text.token_text(i);
    if (text.tokens[i].kind != TokenKind::Word) {
      for (char c : s) out[at++] = c;
      continue;
    }
    // Lowercase and hash in one pass; then one table lookup gives cue and word classes.
    uint32_t hash = WordTable::kHashSeed;
    for (char c : s) {
      char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      out[at++] = lower;
      hash = WordTable::hash_step(hash, lower);
    }
    WordInfo info = table.find(std::string_view(out + lower_begin_[i], s.size()), hash);
    cues_[i] = info.cue;
    classes_[i] = info.classes;
  }
  lower_begin_[n] = at;
  quotes_ = find_quotations(text);
  quote_of_ = quotation_of_tokens(quotes_, n);
  opened_by_.assign(n, -1);
  closed_by_.assign(n, -1);
  for (size_t q = 0; q < quotes_.size(); ++q) {
    if (quotes_[q].open_token < n) opened_by_[quotes_[q].open_token] = static_cast<int32_t>(q);
    if (quotes_[q].close_token < n) closed_by_[quotes_[q].close_token] = static_cast<int32_t>(q);
  }
  sentences_.reserve(text.sentences.size());
  for (const Sentence& sent : text.sentences) {
    for (uint32_t b = sent.first_token; b < sent.end_token; b += kMaxSentenceTokens) {
      Sentence window = sent;
      window.first_token = b;
      window.end_token = std::min(sent.end_token, b + kMaxSentenceTokens);
      if (window.first_token < n) window.begin = text.tokens[window.first_token].begin;
      if (window.end_token > 0 && window.end_token <= n) {
        window.end = text.tokens[window.end_token - 1].end;
      }
      sentences_.push_back(window);
    }
  }
  sentence_of_.assign(n, 0);
  for (size_t s = 0; s < sentences_.size(); ++s) {
    for (uint32_t k = sentences_[s].first_token; k < sentences_[s].end_token && k < n; ++k) {
      sentence_of_[k] = static_cast<uint32_t>(s);
    }
  }
}

const Quotation* ClaimText::quote_opened_by(size_t i) const {
  return opened_by_[i] < 0 ? nullptr : &quotes_[static_cast<size_t>(opened_by_[i])];
}

const Quotation* ClaimText::quote_closed_by(size_t i) const {
  return closed_by_[i] < 0 ? nullptr : &quotes_[static_cast<size_t>(closed_by_[i])];
}

}  // namespace ann
