// ClaimText: the analyzed text as the claim finder reads it: lowercased words, quotation
// spans and small token tests shared by the source and claim modules.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claims/cues.h"
#include "claims/quotes.h"
#include "claims/word_classes.h"
#include "text/analyzed_text.h"

namespace ann {

// Half-open token range [begin, end).
struct TokenRange {
  uint32_t begin = 0, end = 0;
  bool empty() const { return end <= begin; }
};

// Longest sentence the finder reads whole; longer ones are read in windows this long.
constexpr uint32_t kMaxSentenceTokens = 256;

class ClaimText {
 public:
  explicit ClaimText(const AnalyzedText& text);

  const AnalyzedText& text() const { return text_; }
  size_t size() const { return text_.tokens.size(); }
  const Token& token(size_t i) const { return text_.tokens[i]; }
  std::string_view raw(size_t i) const { return text_.token_text(i); }
  // Lowercased word ("Said" => "said"); punctuation and quotes as written.
  std::string_view word(size_t i) const {
    return std::string_view(lower_.get() + info_[i].lower_begin,
                            info_[i + 1].lower_begin - info_[i].lower_begin);
  }

  // The cue lexicon entry of word i ("said" => say), or nullptr; looked up once.
  const CueInfo* cue(size_t i) const { return info_[i].cue; }

  bool is_word(size_t i) const { return token(i).kind == TokenKind::Word; }
  bool is_wordlike(size_t i) const {
    return token(i).kind == TokenKind::Word || token(i).kind == TokenKind::Number;
  }
  bool is_capitalized(size_t i) const { return is_word(i) && token(i).has(kCapitalized); }
  bool is_quote_mark(size_t i) const { return token(i).kind == TokenKind::Quote; }
  bool is(size_t i, std::string_view lower) const { return word(i) == lower; }
  bool is_comma(size_t i) const { return info_[i].comma; }
  // Word i is in a closed class (word_classes.h), read from a per-token table:
  // is_class(i, kPreposition) equals is_preposition(word(i)).
  bool is_class(size_t i, WordClass c) const { return (info_[i].classes & c) != 0; }

  const std::vector<Quotation>& quotes() const { return quotes_; }
  // The outermost quotation whose inner tokens hold token i, or nullptr.
  const Quotation* quote_at(size_t i) const { return quotation(info_[i].quote_of); }
  // The quotation that this mark opens or closes, or nullptr.
  const Quotation* quote_opened_by(size_t i) const { return quotation(info_[i].opened_by); }
  const Quotation* quote_closed_by(size_t i) const { return quotation(info_[i].closed_by); }

  // The sentences the finder reads: the text's, with run-on ones (a megabyte line without
  // a full stop) cut into windows of kMaxSentenceTokens, so that every look-around is
  // bounded and the finder stays linear. Paragraph indices are the text's.
  const std::vector<Sentence>& sentences() const { return sentences_; }
  // Index into sentences() of each token.
  uint32_t sentence_of(size_t i) const { return info_[i].sentence_of; }
  uint32_t sentence_first(size_t i) const { return sentences_[sentence_of(i)].first_token; }
  uint32_t sentence_end(size_t i) const { return sentences_[sentence_of(i)].end_token; }

 private:
  // What the finder asks about token i, in one record: one allocation, filled in one pass
  // (no zero-filled arrays per question).
  struct TokenInfo {
    const CueInfo* cue = nullptr;
    uint32_t lower_begin = 0;  // word(i) is lower_[lower_begin, next token's lower_begin)
    uint32_t sentence_of = 0;
    int32_t quote_of = -1;   // quotation index, -1 for none
    int32_t opened_by = -1;
    int32_t closed_by = -1;
    uint16_t classes = 0;  // word_class_bits of each word, 0 for other tokens
    bool comma = false;
  };
  const Quotation* quotation(int32_t q) const {
    return q < 0 ? nullptr : &quotes_[static_cast<size_t>(q)];
  }

  const AnalyzedText& text_;
  std::unique_ptr<char[]> lower_;  // every token, lowercased, back to back
  std::vector<TokenInfo> info_;    // one per token, and one past the end (lower_begin)
  std::vector<Quotation> quotes_;
  std::vector<Sentence> sentences_;
};

}  // namespace ann
