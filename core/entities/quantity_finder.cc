#include "entities/quantity_finder.h"

#include <string>
#include <string_view>

#include "lexicon/lexicon.h"

namespace ann {
namespace {

using lexicon::kCurrency;
using lexicon::kMagnitude;
using lexicon::kNumberWord;
using lexicon::kUnit;

class QuantityMatcher {
 public:
  QuantityMatcher(const AnalyzedText& text, const std::vector<TokenFeatures>& f,
                  const std::vector<bool>& taken)
      : text_(text), f_(f), taken_(taken), n_(static_cast<uint32_t>(f.size())) {}

  // [begin, end) of the quantity whose number is token i, or {i, i}.
  std::pair<uint32_t, uint32_t> match(uint32_t i) const {
    if (free_number(i)) return around_digits(i);
    if (f_[i].lex & kNumberWord) return spelled(i);
    return {i, i};
  }

 private:
  bool free(uint32_t i) const { return i < n_ && !taken_[i]; }
  bool kind(uint32_t i, TokenKind k) const { return i < n_ && text_.tokens[i].kind == k; }
  bool joined(uint32_t i) const { return i < n_ && !text_.tokens[i].has(kSpaceBefore); }
  std::string_view w(uint32_t i) const { return i < n_ ? std::string_view(f_[i].folded) : ""; }

  bool free_number(uint32_t i) const { return free(i) && kind(i, TokenKind::Number); }

  // "5th", "1st": ordinals name a position, not an amount.
  bool is_ordinal(uint32_t i) const {
    std::string_view s = w(i);
    return s.ends_with("st") || s.ends_with("nd") || s.ends_with("rd") || s.ends_with("th");
  }

  std::pair<uint32_t, uint32_t> around_digits(uint32_t i) const {
    if (is_ordinal(i)) return {i, i};
    if (w(i).find(':') != std::string_view::npos) return {i, i};   // "3:32" as one token
    // "3:32": a clock time.
    if ((joined(i + 1) && w(i + 1) == ":" && kind(i + 2, TokenKind::Number)) ||
        (i >= 2 && joined(i) && w(i - 1) == ":" && kind(i - 2, TokenKind::Number))) {
      return {i, i};
    }
    // "COVID-19", "G-7": a number hyphenated onto a word is part of a name.
    if (i >= 2 && joined(i) && kind(i - 1, TokenKind::Hyphen) && kind(i - 2, TokenKind::Word)) {
      return {i, i};
    }
    uint32_t begin = i, end = i + 1;
    // Currency before: "$5", "£1,600", "US$ 5", "€ 40".
    if (i >= 1 && free(i - 1) && (f_[i - 1].lex & kCurrency) &&
        kind(i - 1, TokenKind::Symbol)) {
      begin = i - 1;
      if (begin >= 1 && joined(begin) && free(begin - 1) && w(begin - 1) == "us") --begin;
    }
    // "magnitude 6.3"
    if (begin == i && i >= 1 && free(i - 1) && w(i - 1) == "magnitude") begin = i - 1;
    // A range or a score: "1-1", "10-15", "2–0" (no spaces).
    if (joined(end) && (kind(end, TokenKind::Hyphen) || kind(end, TokenKind::Dash)) &&
        joined(end + 1) && free_number(end + 1)) {
      end += 2;
    }
    // "59-year-old", "40-foot", "10-day", "110-yen": a unit or currency hyphenated onto the number.
    if (joined(end) && kind(end, TokenKind::Hyphen) && joined(end + 1) &&
        (f_[end + 1].lex & (kUnit | kCurrency)) && free(end + 1)) {
      end += 2;
      if (joined(end) && kind(end, TokenKind::Hyphen) && w(end + 1) == "old") end += 2;
      return {begin, end};
    }
    // Magnitude: "5 million", "3 bn".
    while (free(end) && (f_[end].lex & kMagnitude) && w(end).size() > 1) ++end;
    return {begin, unit_after(end)};
  }

  // Extends over a unit or currency word after a number: "122 mm", "40 percent",
  // "4 per cent", "49 cents", "26%".
  uint32_t unit_after(uint32_t end) const {
    if (free(end) && w(end) == "%") return end + 1;
    if (free(end) && free(end + 1)) {
      std::string two = std::string(w(end)) + " " + std::string(w(end + 1));
      if (lexicon::lookup(two) & kUnit) return end + 2;   // "per cent", "square kilometres"
    }
    if (free(end) && kind(end, TokenKind::Word) && (f_[end].lex & (kUnit | kCurrency)) &&
        (w(end).size() > 1 || joined(end))) {
      return end + 1;
    }
    return end;
  }

  // "two million", "nine million euros", "five hundred": a spelled number reaching a hundred.
  std::pair<uint32_t, uint32_t> spelled(uint32_t i) const {
    if (!free(i)) return {i, i};
    // Start of the run only: "twenty-five thousand" is matched from "twenty".
    uint32_t end = i + 1;
    while (free(end) && ((f_[end].lex & kNumberWord) || kind(end, TokenKind::Hyphen))) ++end;
    uint32_t magnitude_end = end;
    while (free(magnitude_end) && (f_[magnitude_end].lex & kMagnitude) &&
           w(magnitude_end).size() > 2) {
      ++magnitude_end;
    }
    if (magnitude_end == end) return {i, i};
    return {i, unit_after(magnitude_end)};
  }

  const AnalyzedText& text_;
  const std::vector<TokenFeatures>& f_;
  const std::vector<bool>& taken_;
  uint32_t n_;
};

}  // namespace

void find_quantities(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                     std::vector<bool>& taken, std::vector<Mention>& out) {
  QuantityMatcher matcher(text, features, taken);
  const uint32_t n = static_cast<uint32_t>(features.size());
  for (uint32_t i = 0; i < n;) {
    auto [begin, end] = matcher.match(i);
    if (end <= i) {
      ++i;
      continue;
    }
    out.push_back(Mention{begin, end, Label::Quantity, Evidence::Lexicon, -1});
    for (uint32_t k = begin; k < end; ++k) taken[k] = true;
    i = end;
  }
}

}  // namespace ann
