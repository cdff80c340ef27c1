#include "entities/token_features.h"

#include <string_view>

#include "lexicon/lexicon.h"
#include "lexicon/word_set.h"

namespace ann {
namespace {

// Lowercase words a title-case headline leaves lowercase: "Vietnam Sentences 3 to Prison for
// Anti-State Activities" is still title case.
bool is_minor_word(std::string_view w) {
  if (w.size() > 4) return false;
  static constexpr std::string_view kMinor[] = {"a", "an", "the", "of", "in", "on", "at", "to",
                                                "for", "and", "or", "but", "by", "with", "as",
                                                "from", "vs", "via", "into", "over", "per"};
  for (std::string_view m : kMinor) {
    if (w == m) return true;
  }
  return false;
}

// A sentence whose words are (almost) all capitalised: a title-case or all-caps headline.
//   "Cambodia Court Indicts Four More Border Activists"   => true
//   "Russian intelligence service claims Serbia is ..."   => false
bool is_headline(const AnalyzedText& text, const std::vector<TokenFeatures>& f, uint32_t first,
                 uint32_t end) {
  int words = 0, capitalized = 0;
  for (uint32_t i = first; i < end; ++i) {
    if (!f[i].word) continue;
    bool joined_part = i > first && !text.tokens[i].has(kSpaceBefore);   // "U.S.-backed"
    if (joined_part) continue;
    ++words;
    if (f[i].capitalized) {
      ++capitalized;
    } else if (!is_minor_word(f[i].folded)) {
      return false;   // a lowercase word: body text
    }
  }
  return words >= 3 && capitalized >= 3;
}

bool opens_clause(const AnalyzedText& text, size_t i) {
  const Token& t = text.tokens[i];
  if (t.kind == TokenKind::Quote) return !t.has(kCloseQuote);
  if (t.kind == TokenKind::Dash) return true;
  std::string_view s = text.token_text(i);
  return t.kind == TokenKind::Punct &&
         (s == ":" || s == "(" || s == "[" || s == ";" || s == "..." || s == "…");
}

// Writes the fold of a plain ASCII token (bytes 0x21..0x7E: no space, control or UTF-8) at its
// own offset in `folds` and returns its FNV-1a hash; false when the token is not plain.
bool fold_plain_ascii(std::string_view text, const Token& t, char* folds, uint64_t& hash) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (uint32_t k = t.begin; k < t.end; ++k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    if (c - 0x21u >= 0x5Eu) return false;
    const unsigned char lower = static_cast<unsigned>(c - 'A') < 26u ? c + ('a' - 'A') : c;
    folds[k] = static_cast<char>(lower);
    h = (h ^ lower) * 0x100000001b3ull;
  }
  hash = h;
  return true;
}

// has_common_word per distinct capitalised word of the document (names come back often, and
// the Bloom filter tries every regular ending): "Santos" ... "Santos" asks once. Words are
// kept as offsets: `folds` may still grow (and move).
class CommonWordCache {
 public:
  explicit CommonWordCache(const std::string& folds) : folds_(folds) {}

  bool is_common(uint32_t begin, uint32_t length, uint32_t hash) {
    if (slots_.size() < 2 * (size_ + 1)) grow();
    const std::string_view word(folds_.data() + begin, length);
    const size_t mask = slots_.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
      Slot& s = slots_[slot];
      if (s.length == kEmpty) {
        s = Slot{begin, length, hash, lexicon::has_common_word(word)};
        ++size_;
        return s.common;
      }
      if (s.hash == hash && std::string_view(folds_.data() + s.begin, s.length) == word) {
        return s.common;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t begin = 0, length = kEmpty;   // of the word in folds_
    uint32_t hash = 0;
    bool common = false;
  };
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.length == kEmpty) continue;
      size_t slot = s.hash & mask;
      while (slots_[slot].length != kEmpty) slot = (slot + 1) & mask;
      slots_[slot] = s;
    }
  }
  const std::string& folds_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace

std::vector<TokenFeatures> token_features(const AnalyzedText& text, std::string& folds) {
  const uint32_t n = static_cast<uint32_t>(text.tokens.size());
  std::vector<TokenFeatures> f(n);
  // Where each token's fold starts in `folds`; the views are made once `folds` stops growing.
  std::vector<uint32_t> fold_begin(n);
  folds.assign(text.text.size(), '\0');
  std::string other;   // the fold of one non-ASCII token
  CommonWordCache common_words(folds);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = text.tokens[i];
    TokenFeatures& x = f[i];
    uint64_t hash = 0;
    std::string_view fold;
    if (fold_plain_ascii(text.text, t, folds.data(), hash)) {
      fold_begin[i] = t.begin;
      fold = std::string_view(folds.data() + t.begin, t.end - t.begin);
    } else {
      other.clear();
      lexicon::append_fold(text.token_text(i), other);
      fold_begin[i] = static_cast<uint32_t>(folds.size());
      folds += other;
      fold = std::string_view(folds.data() + fold_begin[i], other.size());
      hash = fnv1a(fold);
    }
    x.folded = std::string_view(nullptr, fold.size());   // pointed into `folds` below
    x.fold_hash = static_cast<uint32_t>(hash);
    x.word = t.kind == TokenKind::Word;
    x.capitalized = x.word && t.has(kCapitalized);
    x.all_caps = x.word && t.has(kAllCaps);
    // One lookup says what a word is and whether a longer key may start here ("phnom", "-").
    const uint32_t flags = lexicon::lookup_word(fold, hash);
    x.starts_longer_key = (flags & lexicon::kLongerKey) != 0;
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Symbol) x.lex = flags & ~lexicon::kLongerKey;
    // Only capitalised words are ever asked (a lowercase word is no name anyway).
    if (x.capitalized) {
      x.common = common_words.is_common(fold_begin[i], static_cast<uint32_t>(fold.size()), x.fold_hash);
    }
    // A capital after a line break, an opening quote, a colon or a dash tells nothing.
    if (i == 0 || t.has(kNewlineBefore) || opens_clause(text, i - 1)) x.ambiguous_case = true;
  }
  for (uint32_t i = 0; i < n; ++i) {
    f[i].folded = std::string_view(folds.data() + fold_begin[i], f[i].folded.size());
  }
  for (const Sentence& s : text.sentences) {
    // The first word of a sentence, after any quotes or brackets: “The ...
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (text.tokens[i].kind == TokenKind::Word || text.tokens[i].kind == TokenKind::Number) {
        f[i].ambiguous_case = true;
        break;
      }
    }
  }
  // Headlines are lines: the sentence splitter may join a headline to the line below it.
  for (uint32_t first = 0; first < n;) {
    uint32_t end = first + 1;
    while (end < n && !text.tokens[end].has(kNewlineBefore)) ++end;
    if (is_headline(text, f, first, end)) {
      bool caps = true;
      for (uint32_t i = first; i < end; ++i) caps = caps && (!f[i].word || f[i].all_caps);
      for (uint32_t i = first; i < end; ++i) {
        f[i].ambiguous_case = true;
        f[i].headline = true;
        f[i].caps_line = caps;
      }
    }
    first = end;
  }
  return f;
}

}  // namespace ann
