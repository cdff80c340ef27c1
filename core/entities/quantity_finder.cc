#include "entities/quantity_finder.h"

#include <string>
#include <string_view>

#include "lexicon/lexicon.h"
#include "util/one_of.h"

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
    if (free(i) && kind(i, TokenKind::Word) && f_[i].capitalized) return prefixed_currency(i);
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

  // "3 p.m.", "3pm", "10.30am", "10 am GMT": an hour, not an amount ("400ppm" is one).
  bool is_clock_hour(uint32_t i) const {
    std::string_view s = w(i);
    const size_t digits = s.find_first_not_of("0123456789.:");
    if (digits != std::string_view::npos && digits > 0 &&
        is_one_of(s.substr(digits), {"am", "pm", "a.m.", "p.m."})) {
      return true;
    }
    return free(i + 1) && is_one_of(w(i + 1), {"a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc"});
  }

  // "3/4/2021", "2021-03-04": a date in digits, which the date finder does not take.
  bool is_numeric_date(uint32_t i) const {
    std::string_view s = w(i);
    int separators = 0;
    for (char c : s) separators += (c == '/' || c == '-') ? 1 : 0;
    return separators == 2;
  }

  std::pair<uint32_t, uint32_t> around_digits(uint32_t i) const {
    if (is_ordinal(i) || is_clock_hour(i) || is_numeric_date(i)) return {i, i};
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
    if (numbers_a_name(i)) return {i, i};
    uint32_t begin = i, end = i + 1;
    // Currency before: "$5", "£1,600", "US$ 5", "€ 40", "CHF 10,000", "Rs 500".
    if (i >= 1 && free(i - 1) && currency_before(i - 1)) {
      begin = i - 1;
      if (begin >= 1 && joined(begin) && free(begin - 1) && w(begin - 1) == "us") --begin;
    }
    // "magnitude 6.3"
    if (begin == i && i >= 1 && free(i - 1) && w(i - 1) == "magnitude") begin = i - 1;
    // "minus 5 degrees": the sign is part of the number.
    if (begin == i && i >= 1 && free(i - 1) && w(i - 1) == "minus") begin = i - 1;
    // A range or a score: "1-1", "10-15", "2–0" (no spaces).
    if (joined(end) && (kind(end, TokenKind::Hyphen) || kind(end, TokenKind::Dash)) &&
        joined(end + 1) && free_number(end + 1)) {
      end += 2;
    }
    // "59-year-old", "40-foot", "10-day", "110-yen", "7.1-magnitude": a unit, a currency or
    // "magnitude" hyphenated onto the number.
    if (joined(end) && kind(end, TokenKind::Hyphen) && joined(end + 1) && free(end + 1) &&
        ((f_[end + 1].lex & (kUnit | kCurrency)) || w(end + 1) == "magnitude")) {
      end += 2;
      if (joined(end) && kind(end, TokenKind::Hyphen) && w(end + 1) == "old") end += 2;
      return {begin, end};
    }
    // Magnitude: "5 million", "3 bn".
    while (free(end) && (f_[end].lex & kMagnitude) && w(end).size() > 1) ++end;
    return {begin, unit_after(end)};
  }

  // "Article 5", "Boeing 737", "FTSE 100": a number right after a capitalised
  // word inside a sentence numbers a name. Not after a sentence's first word or in a
  // headline ("Vietnam Sentences 3 to Prison"), nor after a month, a currency, a unit or a
  // place ("Kenya 2, Uganda 1"), nor a score ("beat Chelsea 3-1").
  bool numbers_a_name(uint32_t i) const {
    if (i == 0 || taken_[i - 1] || !text_.tokens[i].has(kSpaceBefore) ||
        !kind(i - 1, TokenKind::Word)) {
      return false;
    }
    const TokenFeatures& name = f_[i - 1];
    if (!name.capitalized || name.ambiguous_case || name.headline || name.caps_line) return false;
    constexpr uint32_t kNotNaming = kCurrency | kUnit | kMagnitude | lexicon::kNotName |
                                    lexicon::kCountry | lexicon::kCity | lexicon::kRegion |
                                    lexicon::kNorp;
    if (name.lex & kNotNaming) return false;
    // A score after a team is no name: "beat Chelsea 3-1" (one token or three).
    if (w(i).find('-') != std::string_view::npos || w(i).find("\u2013") != std::string_view::npos) {
      return false;
    }
    if (joined(i + 1) && (kind(i + 1, TokenKind::Hyphen) || kind(i + 1, TokenKind::Dash)) &&
        joined(i + 2) && kind(i + 2, TokenKind::Number)) {
      return false;
    }
    // A unit or magnitude after the number makes it an amount again: "Boeing 737 million".
    return !(free(i + 1) && (f_[i + 1].lex & (kUnit | kMagnitude | kCurrency)) &&
             f_[i + 1].word);
  }

  // A currency written before the number: a symbol ("$", "€") or a code or abbreviation
  // ("CHF", "Rs"); a lowercase currency word there is something else ("won 3 games").
  bool currency_before(uint32_t i) const {
    if (!(f_[i].lex & kCurrency)) return false;
    if (kind(i, TokenKind::Symbol)) return true;
    return kind(i, TokenKind::Word) && (f_[i].all_caps || w(i) == "rs" || w(i) == "rs.");
  }

  // A currency abbreviation written onto the number, one word to the tokenizer:
  //   "Sh2.5 billion" (shillings)  "KSh1,000"  "R500 million" (rand)  "Rs500"
  // but not "N95 masks" or "K9 unit".
  std::pair<uint32_t, uint32_t> prefixed_currency(uint32_t i) const {
    std::string_view s = w(i);
    if (s.empty() || s.back() < '0' || s.back() > '9') return {i, i};   // most words: no digit
    const size_t digits = s.find_first_of("0123456789");
    if (digits == std::string_view::npos || digits == 0 || digits > 3) return {i, i};
    if (!is_one_of(s.substr(0, digits), {"sh", "ksh", "ush", "tsh", "r", "rs", "n", "k"})) {
      return {i, i};
    }
    if (s.substr(digits).find_first_not_of("0123456789,") != std::string_view::npos) {
      return {i, i};
    }
    uint32_t end = i + 1;
    // "KSh1,000", "Sh2.5": the thousands and the decimals are tokens of their own.
    while (joined(end) && w(end) == "," && joined(end + 1) && free_number(end + 1) &&
           w(end + 1).size() == 3) {
      end += 2;
    }
    if (joined(end) && w(end) == "." && joined(end + 1) && free_number(end + 1)) end += 2;
    const uint32_t number_end = end;
    while (free(end) && (f_[end].lex & kMagnitude) && w(end).size() > 1) ++end;
    // One letter is a currency only before a magnitude: "R500 million", not "N95 masks".
    if (digits == 1 && end == number_end) return {i, i};
    return {i, end};
  }

  // Extends over a unit or currency word after a number: "122 mm", "40 percent",
  // "4 per cent", "49 cents", "26%", "250 km/h", "10,000 Swiss francs".
  uint32_t unit_after(uint32_t end) const {
    if (free(end) && w(end) == "%") return end + 1;
    if (free(end) && free(end + 1)) {
      std::string two = std::string(w(end)) + " " + std::string(w(end + 1));
      if (lexicon::lookup(two) & kUnit) return end + 2;   // "per cent", "degrees Celsius"
    }
    // "Swiss francs", "US dollars": a nationality word before the currency.
    if (free(end) && free(end + 1) && f_[end].capitalized && (f_[end + 1].lex & kCurrency) &&
        kind(end + 1, TokenKind::Word) &&
        ((f_[end].lex & lexicon::kNorp) || w(end) == "us" || w(end) == "u.s.")) {
      return end + 2;
    }
    if (!free(end) || !kind(end, TokenKind::Word) || !(f_[end].lex & (kUnit | kCurrency))) {
      return end;
    }
    // "km/h", "m/s": a unit per unit, written without spaces.
    if (joined(end + 1) && w(end + 1) == "/" && joined(end + 2) && free(end + 2) &&
        kind(end + 2, TokenKind::Word) && w(end + 2).size() <= 3) {
      return end + 3;
    }
    // A one-letter unit only when joined: "5m", not "5 m" ("the 5 p ..." is no amount).
    if (w(end).size() > 1 || joined(end)) return end + 1;
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
