// What the name finder asks about tokens: is it a capitalised word free to take, a connector
// ("of", "and", "de"), a title; which lexicon entry starts here ("Czech Republic" before
// "Czech"); which capitalised words the document shows as names elsewhere ("Bush said").
// Shared by name_finder.cc (runs and segments) and name_labels.cc (labels).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/mention.h"
#include "entities/token_features.h"
#include "lexicon/word_set.h"
#include "text/analyzed_text.h"
#include "util/one_of.h"

namespace ann {

// "Iranian-Americans" => true: every hyphen part a NORP word, a plural "s" allowed.
bool is_norp_form(std::string_view folded);
// The same for a key whose own lexicon flags are known (saves looking it up again).
bool is_norp_form(std::string_view folded, uint32_t flags);


class NameTokens {
 public:
  static constexpr uint32_t kMaxLexiconWords = 5;

  NameTokens(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
             std::vector<bool>& taken);

  uint32_t size() const { return n_; }
  const TokenFeatures& f(uint32_t i) const { return f_[i]; }
  const AnalyzedText& text() const { return text_; }
  bool taken(uint32_t i) const { return taken_[i]; }
  void mark(uint32_t b, uint32_t e);   // takes tokens [b, e)

  // --- token tests ---------------------------------------------------------------------
  std::string_view w(uint32_t i) const { return i < n_ ? std::string_view(f_[i].folded) : ""; }
  bool kind(uint32_t i, TokenKind k) const { return i < n_ && text_.tokens[i].kind == k; }
  bool joined(uint32_t i) const { return i < n_ && !text_.tokens[i].has(kSpaceBefore); }
  bool newline_before(uint32_t i) const { return text_.tokens[i].has(kNewlineBefore); }
  uint32_t lex_at(uint32_t i) const { return i < n_ ? f_[i].lex : 0; }

  // A capitalised (or all-caps) word not taken yet.
  bool name_token(uint32_t i) const {
    return i < n_ && !taken_[i] && f_[i].word && (f_[i].capitalized || f_[i].all_caps);
  }
  // The lowercase half of a hyphenated given name: "Ji-won".
  bool given_name_tail(uint32_t hyphen) const;
  // Lowercase words that may join two capitalised parts of one name: "of", "and", "for",
  // "&", particles ("de", "van").
  bool connector(uint32_t i) const;
  // The Arabic article of "al-Shabab", "el-Sisi": a lowercase "al", "el", "ash", "ad", "ar"
  // or "az" joined by a hyphen to the next word.
  bool article_prefix(uint32_t i) const;
  // Lexicon flags of word i, with those of its singular for a plural: "Committees" gets the
  // organisation word flag of "Committee".
  uint32_t head_flags(uint32_t i) const;
  // A capitalised word the document uses as a name where a capital means one.
  bool known(uint32_t i) const {
    return known_.contains(w(i), f_[i].fold_hash) && !lowercase_too_.contains(w(i), f_[i].fold_hash);
  }

  // The lowercase word next to [b, e) on one side, across a quotation mark, or size():
  // "company “Eling,”" => "company".
  uint32_t word_before(uint32_t b) const;
  uint32_t word_after(uint32_t e) const;

  // --- lexicon spans -------------------------------------------------------------------
  // Number of tokens from i (at most up to end) that form a lexicon entry with any of
  // `flags`; 0 when none. Longest first: "Czech Republic" before "Czech".
  uint32_t lexicon_match(uint32_t i, uint32_t end, uint32_t flags, uint32_t* found = nullptr) const;
  // Lexicon flags of the `len` tokens from i, NORP forms included ("North Koreans"); memoised.
  uint32_t span_flags(uint32_t i, uint32_t len) const;
  // Length of a title at i ("President", "Prime Minister"), at most 3 tokens, or 0.
  uint32_t title_length(uint32_t i, uint32_t e) const;
  // The fold of the text of tokens [b, e), valid until the next call.
  std::string_view fold_span(uint32_t b, uint32_t e) const;

 private:
  void collect_known_words();

  const AnalyzedText& text_;
  const std::vector<TokenFeatures>& f_;
  std::vector<bool>& taken_;
  uint32_t n_;
  WordSet known_;          // capitalised where a capital means a name ...
  WordSet lowercase_too_;  // ... but also written lowercase: not known after all
  static constexpr uint32_t kUnknown = UINT32_MAX;
  mutable std::vector<uint32_t> memo_;   // span_flags of one token
  // span_flags of two tokens or more, asked only where a longer key may start ("phnom"):
  // open addressing, key (token * kMaxLexiconWords + length - 1) + 1, 0 = empty slot.
  struct LongerSpan {
    uint32_t key = 0;
    uint32_t flags = 0;
  };
  mutable std::vector<LongerSpan> longer_memo_;
  mutable size_t longer_count_ = 0;
  uint32_t& longer_memo(uint32_t i, uint32_t len) const;
  mutable std::string key_;              // fold_span's buffer
};

}  // namespace ann
