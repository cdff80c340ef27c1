#include "entities/name_tokens.h"

#include <algorithm>

#include "lexicon/lexicon.h"

namespace ann {

using namespace lexicon;   // flags

bool is_norp_form(std::string_view key) {
  if (key.empty()) return false;
  size_t start = 0;
  while (start <= key.size()) {
    size_t dash = key.find('-', start);
    std::string_view part = key.substr(start, dash == std::string_view::npos ? dash : dash - start);
    bool norp = lookup(part) & kNorp;
    if (!norp && part.size() > 3 && part.back() == 's') {
      norp = lookup(part.substr(0, part.size() - 1)) & kNorp;
    }
    if (!norp) return false;
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return true;
}

bool is_norp_form(std::string_view key, uint32_t flags) {
  if (flags & kNorp) return true;
  if (key.find('-') != std::string_view::npos) return is_norp_form(key);
  // One part, itself no NORP word: only its singular may be one ("Koreans").
  return key.size() > 3 && key.back() == 's' && (lookup(key.substr(0, key.size() - 1)) & kNorp);
}

NameTokens::NameTokens(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                       std::vector<bool>& taken)
    : text_(text), f_(features), taken_(taken), n_(static_cast<uint32_t>(features.size())),
      memo_(n_, kUnknown) {
  collect_known_words();
}

void NameTokens::mark(uint32_t b, uint32_t e) {
  for (uint32_t k = b; k < e; ++k) taken_[k] = true;
}

// Short, capitalised, unknown word before the hyphen, in a run that already has a name
// before it: "Park Ji-won", "Moon Jae-in".
bool NameTokens::given_name_tail(uint32_t hyphen) const {
  uint32_t before = hyphen - 1, after = hyphen + 1;
  if (after >= n_ || taken_[after] || !f_[after].word || f_[after].capitalized) return false;
  if (before == 0 || !name_token(before - 1) || f_[before].all_caps) return false;
  constexpr uint32_t kNameFlags = kPlace | kNorp | kOrg;
  return w(before).size() <= 4 && w(after).size() <= 4 && !(f_[before].lex & kNameFlags);
}

bool NameTokens::connector(uint32_t i) const {
  if (i >= n_ || taken_[i] || f_[i].capitalized) return false;
  if (kind(i, TokenKind::Symbol)) return w(i) == "&";
  return f_[i].word && (is_one_of(w(i), {"of", "and", "for"}) || (f_[i].lex & kNameParticle));
}

// Capitalised words seen where a capital means a name (mid-sentence, not in a headline, as
// the last word of a name), and never lowercase: they stay names at a sentence start too.
void NameTokens::collect_known_words() {
  for (uint32_t i = 0; i < n_; ++i) {
    if (f_[i].word && f_[i].capitalized && !f_[i].ambiguous_case &&
        !(f_[i].lex & (kTitle | kOrgWord | kPlaceWord)) &&
        !(i + 1 < n_ && name_token(i + 1) && !newline_before(i + 1))) {
      known_.insert(w(i), f_[i].fold_hash);   // "Bush said", "Mam Sonando’s Beehive radio": a run's last word
    }
  }
  // Most lowercase words share no first byte and length with a known word: WordSet's filter
  // answers them without hashing.
  for (uint32_t i = 0; i < n_; ++i) {
    if (f_[i].word && !f_[i].capitalized && known_.contains(w(i), f_[i].fold_hash)) {
      lowercase_too_.insert(w(i), f_[i].fold_hash);
    }
  }
}

bool NameTokens::article_prefix(uint32_t i) const {
  if (i + 2 >= n_ || taken_[i] || taken_[i + 1] || !f_[i].word || f_[i].capitalized) return false;
  if (!kind(i + 1, TokenKind::Hyphen) || !joined(i + 1) || !joined(i + 2)) return false;
  return is_one_of(w(i), {"al", "el", "ash", "ad", "ar", "az"});
}

uint32_t NameTokens::head_flags(uint32_t i) const {
  uint32_t flags = f_[i].lex;
  std::string_view word = w(i);
  if (f_[i].word && word.size() > 3 && word.back() == 's') {
    flags |= lookup(word.substr(0, word.size() - 1)) & (kOrgWord | kPlaceWord);
  }
  return flags;
}

uint32_t NameTokens::word_before(uint32_t b) const {
  if (b > 0 && kind(b - 1, TokenKind::Quote)) --b;
  return b > 0 && f_[b - 1].word && !f_[b - 1].capitalized ? b - 1 : n_;
}

uint32_t NameTokens::word_after(uint32_t e) const {
  if (e < n_ && kind(e, TokenKind::Quote)) ++e;
  return e < n_ && f_[e].word && !f_[e].capitalized ? e : n_;
}

uint32_t NameTokens::lexicon_match(uint32_t i, uint32_t end, uint32_t flags, uint32_t* found) const {
  uint32_t max = std::min(end - i, kMaxLexiconWords);
  for (uint32_t len = max; len >= 1; --len) {
    uint32_t hit = span_flags(i, len);
    if (hit & flags) {
      if (found) *found = hit;
      return len;
    }
  }
  return 0;
}

uint32_t& NameTokens::longer_memo(uint32_t i, uint32_t len) const {
  if (2 * (longer_count_ + 1) > longer_memo_.size()) {
    std::vector<LongerSpan> old = std::move(longer_memo_);
    longer_memo_.assign(old.empty() ? 64 : old.size() * 2, LongerSpan{});
    longer_count_ = 0;
    for (const LongerSpan& s : old) {
      if (s.key != 0) {
        const uint32_t k = s.key - 1;
        longer_memo(k / kMaxLexiconWords, k % kMaxLexiconWords + 1) = s.flags;
      }
    }
  }
  const uint32_t key = i * kMaxLexiconWords + (len - 1) + 1;
  const size_t mask = longer_memo_.size() - 1;
  for (size_t slot = (key * 0x9E3779B1u) & mask;; slot = (slot + 1) & mask) {
    LongerSpan& s = longer_memo_[slot];
    if (s.key == key) return s.flags;
    if (s.key == 0) {
      ++longer_count_;
      s = LongerSpan{key, kUnknown};
      return s.flags;
    }
  }
}

uint32_t NameTokens::span_flags(uint32_t i, uint32_t len) const {
  if (len > 1 && !f_[i].starts_longer_key) return 0;
  uint32_t& memo = len == 1 ? memo_[i] : longer_memo(i, len);
  if (memo == kUnknown && len == 1 && (kind(i, TokenKind::Word) || kind(i, TokenKind::Symbol))) {
    memo = f_[i].lex;   // looked up already: lookup(w(i))
    if (is_norp_form(w(i), memo)) memo |= kNorp;
  } else if (memo == kUnknown) {
    std::string_view key = fold_span(i, i + len);
    memo = lookup(key);
    if (is_norp_form(key, memo)) memo |= kNorp;
  }
  return memo;
}

uint32_t NameTokens::title_length(uint32_t i, uint32_t e) const {
  uint32_t max = std::min<uint32_t>(e - i, 3);
  // A title of several tokens starts with a key prefix, unless the tokens are joined ("Mr.X").
  const bool may_continue = f_[i].starts_longer_key || (i + 1 < n_ && joined(i + 1));
  for (uint32_t len = max; len >= 2; --len) {
    if (may_continue && (lookup(fold_span(i, i + len)) & kTitle)) return len;
  }
  if (max < 1) return 0;
  const bool listed = kind(i, TokenKind::Word) || kind(i, TokenKind::Symbol);   // f_[i].lex is set
  return ((listed ? f_[i].lex : lookup(w(i))) & kTitle) ? 1 : 0;
}

// The tokens' folds joined by one space where a single space was; any other gap (a newline,
// a thin space) folds the whole text as fold() does.
std::string_view NameTokens::fold_span(uint32_t b, uint32_t e) const {
  key_.clear();
  key_ += f_[b].folded;
  for (uint32_t k = b + 1; k < e; ++k) {
    std::string_view gap = text_.span_text(text_.tokens[k - 1].end, text_.tokens[k].begin);
    if (gap == " ") {
      key_ += ' ';
    } else if (!gap.empty()) {
      key_.clear();
      append_fold(text_.span_text(text_.tokens[b].begin, text_.tokens[e - 1].end), key_);
      return key_;
    }
    key_ += f_[k].folded;
  }
  return key_;
}

}  // namespace ann
