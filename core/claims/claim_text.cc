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
  lower_.reset(new char[total + 1]);
  info_.reserve(n + 1);
  char* out = lower_.get();
  uint32_t at = 0;
  const WordTable& table = WordTable::get();
  for (size_t i = 0; i < n; ++i) {
    TokenInfo& info = info_.emplace_back();
    info.lower_begin = at;
    const Token& t = text.tokens[i];
    const char* s = text.text.data() + t.begin;
    size_t len = t.end - t.begin;
    if (t.kind != TokenKind::Word) {
      for (size_t k = 0; k < len; ++k) out[at++] = s[k];
      info.comma = len == 1 && s[0] == ',';
      continue;
    }
    // Lowercase and hash in one pass; then one table lookup gives cue and word classes.
    uint32_t hash = WordTable::kHashSeed;
    for (size_t k = 0; k < len; ++k) {
      char c = s[k];
      char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      out[at++] = lower;
      hash = WordTable::hash_step(hash, lower);
    }
    WordInfo found = table.find(std::string_view(out + info.lower_begin, len), hash);
    info.cue = found.cue;
    info.classes = found.classes;
  }
  info_.emplace_back().lower_begin = at;
  quotes_ = find_quotations(text);
  // Quotations are sorted by opening mark: the first one to claim a token is the outermost.
  for (size_t q = 0; q < quotes_.size(); ++q) {
    const Quotation& quote = quotes_[q];
    int32_t index = static_cast<int32_t>(q);
    for (uint32_t k = quote.first_token; k < quote.end_token && k < n; ++k) {
      if (info_[k].quote_of < 0) info_[k].quote_of = index;
    }
    if (quote.open_token < n) info_[quote.open_token].opened_by = index;
    if (quote.close_token < n) info_[quote.close_token].closed_by = index;
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
      uint32_t index = static_cast<uint32_t>(sentences_.size());
      for (uint32_t k = window.first_token; k < window.end_token && k < n; ++k) {
        info_[k].sentence_of = index;
      }
      sentences_.push_back(window);
    }
  }
}

}  // namespace ann
