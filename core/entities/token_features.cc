#include "entities/token_features.h"

#include <string_view>

#include "lexicon/lexicon.h"

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

}  // namespace

std::vector<TokenFeatures> token_features(const AnalyzedText& text) {
  const uint32_t n = static_cast<uint32_t>(text.tokens.size());
  std::vector<TokenFeatures> f(n);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = text.tokens[i];
    TokenFeatures& x = f[i];
    lexicon::append_fold(text.token_text(i), x.folded);
    x.word = t.kind == TokenKind::Word;
    x.capitalized = x.word && t.has(kCapitalized);
    x.all_caps = x.word && t.has(kAllCaps);
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Symbol) {
      uint32_t flags = lexicon::lookup_word(x.folded);
      x.lex = flags & ~lexicon::kLongerKey;
      x.starts_longer_key = (flags & lexicon::kLongerKey) != 0;
    } else {
      x.starts_longer_key = lexicon::may_start_longer_key(x.folded);   // "-", "&"
    }
    // Only capitalised words are ever asked (a lowercase word is no name anyway).
    if (x.capitalized) x.common = lexicon::has_common_word(x.folded);
    // A capital after a line break, an opening quote, a colon or a dash tells nothing.
    if (i == 0 || t.has(kNewlineBefore) || opens_clause(text, i - 1)) x.ambiguous_case = true;
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
