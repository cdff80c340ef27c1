#include "entities/date_finder.h"

#include <algorithm>
#include <string_view>

#include "lexicon/lexicon.h"
#include "lexicon/word_set.h"
#include "util/one_of.h"

namespace ann {
namespace {


bool is_weekday(std::string_view w) {
  return is_one_of(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"});
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Periods that "last", "this", "next", "earlier this" ... turn into a date.
bool is_period_word(std::string_view w) {
  return is_one_of(w, {"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall",
                       "winter", "decade", "century", "night", "morning", "evening",
                       "afternoon"}) ||
         month_number(w) != 0 || is_weekday(w);
}

bool is_ago_unit(std::string_view w) {
  return is_one_of(w, {"day", "days", "week", "weeks", "month", "months", "year", "years",
                       "decade", "decades", "century", "centuries"});
}

class DateMatcher {
 public:
  DateMatcher(const AnalyzedText& text, const std::vector<TokenFeatures>& f,
              const std::vector<bool>& taken)
      : text_(text), f_(f), taken_(taken), n_(static_cast<uint32_t>(f.size())) {}

  // End of the date starting at token i, or i when none starts there.
  uint32_t match(uint32_t i) const {
    if (!may_start(i)) return i;
    if (uint32_t e = match_ago(i); e > i) return e;
    if (uint32_t e = match_relative(i); e > i) return e;
    if (uint32_t e = match_part_of(i); e > i) return e;
    if (uint32_t e = match_calendar(i); e > i) return e;
    if (uint32_t e = match_quarter(i); e > i) return e;
    if (is_numeric_date(i)) return i + 1;
    if (is_one_of(w(i), {"today", "yesterday", "tomorrow", "tonight"})) return i + 1;
    return i;
  }

  // "end of" / "first week of" before a date: "end of this week", "first week of January".
  uint32_t extend_start(uint32_t begin) const {
    if (begin < 2 || w(begin - 1) != "of") return begin;
    uint32_t j = begin - 2;
    if (is_one_of(w(j), {"end", "beginning", "start", "middle", "half"})) {
      if (j > 0 && is_one_of(w(j - 1), {"first", "second", "latter"})) return j - 1;
      return j;
    }
    if (w(j) == "week" && j > 0 &&
        is_one_of(w(j - 1), {"first", "second", "third", "fourth", "last"})) {
      return j - 1;
    }
    return begin;
  }

 private:
  // Quick rejection: a date starts with a number, a number word or one of few words.
  bool may_start(uint32_t i) const {
    if (kind(i, TokenKind::Number)) return true;
    if (!f_[i].word) return false;
    if (f_[i].lex & lexicon::kNumberWord) return true;
    static const WordSet kStarters = [] {
      WordSet set = {
          "today", "yesterday", "tomorrow", "tonight", "mid", "earlier", "later", "early",
          "late", "last", "this", "next", "past", "coming", "a", "an", "several", "few", "many",
          "some", "fiscal", "q1", "q2", "q3", "q4", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
      for (std::string_view m : {"january", "jan", "february", "feb", "march", "mar", "april",
                                 "apr", "may", "june", "jun", "july", "jul", "august", "aug",
                                 "september", "sep", "sept", "october", "oct", "november", "nov",
                                 "december", "dec", "jan.", "feb.", "mar.", "apr.", "jun.",
                                 "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}) {
        set.insert(m);
      }
      return set;
    }();
    return !taken_[i] && kStarters.contains(f_[i].folded, f_[i].fold_hash);   // w(i), hashed
  }

  std::string_view w(uint32_t i) const {
    return i < n_ && !taken_[i] ? std::string_view(f_[i].folded) : std::string_view();
  }
  bool kind(uint32_t i, TokenKind k) const { return i < n_ && text_.tokens[i].kind == k; }
  bool spaced(uint32_t i) const { return text_.tokens[i].has(kSpaceBefore); }

  bool is_day(uint32_t i) const {
    if (!kind(i, TokenKind::Number) || taken_[i]) return false;
    std::string_view s = w(i);
    size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
    std::string_view suffix = s.substr(digits);
    if (digits == 0 || digits > 2) return false;
    if (!suffix.empty() && !is_one_of(suffix, {"st", "nd", "rd", "th"})) return false;
    int d = to_int(s.substr(0, digits));
    return d >= 1 && d <= 31;
  }

  // "2008", "1990s"; "2017/18" and "2014-15" run to the returned end.
  uint32_t match_year(uint32_t i) const {
    if (!kind(i, TokenKind::Number) || taken_[i]) return i;
    std::string_view s = w(i);
    if (s.size() == 5 && s.back() == 's') s.remove_suffix(1);   // "1990s"
    // "2017/18", "2014-15" as one token.
    if ((s.size() == 7 || s.size() == 9) && (s[4] == '/' || s[4] == '-') &&
        all_digits(s.substr(0, 4)) && all_digits(s.substr(5))) {
      s = s.substr(0, 4);
    }
    if (s.size() != 4 || !all_digits(s)) return i;
    int y = to_int(s);
    if (y < 1000 || y > 2099) return i;
    if (i + 2 < n_ && !spaced(i + 1) && !spaced(i + 2) && kind(i + 2, TokenKind::Number) &&
        (w(i + 1) == "/" || kind(i + 1, TokenKind::Hyphen) || kind(i + 1, TokenKind::Dash)) &&
        all_digits(w(i + 2)) && (w(i + 2).size() == 2 || w(i + 2).size() == 4)) {
      return i + 3;
    }
    return i + 1;
  }

  // A year alone is a date unless a unit, a currency or a magnitude makes it an amount.
  bool year_is_amount(uint32_t i, uint32_t end) const {
    if (i > 0 && (f_[i - 1].lex & lexicon::kCurrency)) return true;
    if (end < n_ && (f_[end].lex & (lexicon::kUnit | lexicon::kCurrency | lexicon::kMagnitude)) &&
        !is_period_word(w(end))) {
      return true;
    }
    if (end < n_ && (w(end) == "%" || kind(end, TokenKind::Number))) return true;
    // "more than 1500 soldiers", "some 2000 protesters": an estimate of a count.
    if (i > 0 && end == i + 1 && end < n_ && f_[end].word && !f_[end].capitalized &&
        w(end).size() > 3 && w(end).back() == 's' &&
        is_one_of(w(i - 1), {"some", "nearly", "almost", "approximately", "roughly", "than",
                             "least", "estimated"})) {
      return true;
    }
    return false;
  }

  bool is_month(uint32_t i) const {
    if (i >= n_ || taken_[i] || !f_[i].capitalized) return false;
    std::string_view s = w(i);
    if (month_number(s) == 0) return false;
    if (s == "may" || s == "march") {
      // The verbs: "May I ...", "March on"; a month when a day or year follows, or when
      // capitalised mid-sentence.
      bool number_follows = is_day(i + 1) || match_year(i + 1) > i + 1;
      if (f_[i].ambiguous_case && !number_follows) return false;
    }
    return true;
  }

  uint32_t match_calendar(uint32_t i) const {
    uint32_t j = i;
    if (is_weekday(w(i)) && f_[i].capitalized) {
      j = i + 1;
      // "Monday, April 6, 2009"
      if (w(j) == "," && is_month(j + 1)) {
        uint32_t e = match_month_date(j + 1);
        if (e > j + 2) return e;
      }
      return j;
    }
    // "mid-May"
    if (w(i) == "mid" && kind(i + 1, TokenKind::Hyphen) && is_month(i + 2)) {
      return match_month_date(i + 2);
    }
    if (is_month(i)) return match_month_date(i);
    // "13 July", "13 July 2015"
    if (is_day(i) && is_month(i + 1)) {
      uint32_t e = i + 2;
      if (uint32_t y = match_year(e); y > e) e = y;
      return e;
    }
    if (uint32_t e = match_year(i); e > i && !year_is_amount(i, e)) return e;
    return i;
  }

  // After a month at i: "April", "April 5", "April 5, 2014", "February 2017".
  uint32_t match_month_date(uint32_t i) const {
    uint32_t e = i + 1;
    if (is_day(e)) {
      ++e;
      if (w(e) == "," && match_year(e + 1) > e + 1) return match_year(e + 1);
      if (uint32_t y = match_year(e); y > e) return y;
      return e;
    }
    if (uint32_t y = match_year(e); y > e) return y;
    return e;
  }

  // "early 2025", "late September", "mid-2024", "mid-1980s", "fiscal 2024": a part of a
  // month or year, or a fiscal year. Not "late Sunday" (a time of day) nor "early 2,000".
  uint32_t match_part_of(uint32_t i) const {
    uint32_t j = i + 1;
    if (w(i) == "mid" && kind(i + 1, TokenKind::Hyphen) && !spaced(i + 1)) j = i + 2;
    else if (!is_one_of(w(i), {"early", "late", "fiscal"})) return i;
    if (w(i) != "fiscal" && j < n_ && is_month(j)) return match_month_date(j);
    if (uint32_t e = match_year(j); e > j && !year_is_amount(j, e)) return e;
    return i;
  }

  // "Q3", "Q3 2024": a quarter of a year.
  uint32_t match_quarter(uint32_t i) const {
    std::string_view s = w(i);
    if (s.size() != 2 || s[0] != 'q' || s[1] < '1' || s[1] > '4' || !f_[i].capitalized) return i;
    if (uint32_t e = match_year(i + 1); e > i + 1) return e;
    return i + 1;
  }

  // "3/4/2021", "2021-03-04", "04.03.2021" as one token: three numbers, one of them a year.
  bool is_numeric_date(uint32_t i) const {
    if (!kind(i, TokenKind::Number) || taken_[i]) return false;
    std::string_view s = w(i);
    int parts = 1, digits = 0, longest = 0;
    char separator = 0;
    for (char c : s) {
      if (c >= '0' && c <= '9') {
        longest = std::max(longest, ++digits);
      } else if ((c == '/' || c == '-' || c == '.') && (separator == 0 || separator == c) &&
                 digits > 0) {
        separator = c;
        ++parts;
        digits = 0;
      } else {
        return false;
      }
    }
    return parts == 3 && digits > 0 && (longest == 4 || separator == '/');
  }

  // "last week", "this year", "next Monday", "earlier this month", "late last year".
  uint32_t match_relative(uint32_t i) const {
    uint32_t j = i;
    if (is_one_of(w(j), {"earlier", "later", "early", "late"}) &&
        is_one_of(w(j + 1), {"this", "last", "next"})) {
      ++j;
    }
    if (!is_one_of(w(j), {"last", "this", "next", "past", "coming"})) return i;
    if (w(j) == "past" || w(j) == "coming") {
      // Only with a calendar unit right after: "past week" is vague, but keep it as written.
      if (!is_one_of(w(j + 1), {"week", "month", "year", "weekend"})) return i;
    }
    std::string_view p = w(j + 1);
    if (!is_period_word(p)) return i;
    if ((month_number(p) != 0 || is_weekday(p)) && !f_[j + 1].capitalized) return i;
    if (p == "may" && !f_[j + 1].capitalized) return i;
    return j + 2;
  }

  // "two weeks ago", "95 million years ago", "a year ago", "several months ago", "three
  // days later", "a day earlier", "two years from now".
  uint32_t match_ago(uint32_t i) const {
    uint32_t j = i;
    bool number = kind(j, TokenKind::Number) ||
                  (f_[j].lex & lexicon::kNumberWord) != 0 ||
                  is_one_of(w(j), {"a", "an", "several", "few", "many", "some"});
    if (!number || w(j).empty()) return i;
    ++j;
    while (j < n_ && (f_[j].lex & lexicon::kMagnitude) && !taken_[j]) ++j;
    if (!is_ago_unit(w(j))) return i;
    if (w(j + 1) == "ago") return j + 2;
    // "later" and "earlier" end the phrase: not "two days later than planned".
    if (is_one_of(w(j + 1), {"later", "earlier"}) && w(j + 2) != "than") return j + 2;
    if (w(j + 1) == "from" && w(j + 2) == "now") return j + 3;
    return i;
  }

  const AnalyzedText& text_;
  const std::vector<TokenFeatures>& f_;
  const std::vector<bool>& taken_;
  uint32_t n_;
};

}  // namespace

int month_number(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  static constexpr std::string_view kNames[12][3] = {
      {"january", "jan", ""},   {"february", "feb", ""},  {"march", "mar", ""},
      {"april", "apr", ""},     {"may", "", ""},          {"june", "jun", ""},
      {"july", "jul", ""},      {"august", "aug", ""},    {"september", "sep", "sept"},
      {"october", "oct", ""},   {"november", "nov", ""},  {"december", "dec", ""}};
  for (int m = 0; m < 12; ++m) {
    for (std::string_view name : kNames[m]) {
      if (!name.empty() && s == name) return m + 1;
    }
  }
  return 0;
}

void find_dates(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                std::vector<bool>& taken, std::vector<Mention>& out) {
  DateMatcher matcher(text, features, taken);
  const uint32_t n = static_cast<uint32_t>(features.size());
  for (uint32_t i = 0; i < n;) {
    uint32_t end = taken[i] ? i : matcher.match(i);
    if (end == i) {
      ++i;
      continue;
    }
    uint32_t begin = matcher.extend_start(i);
    // Skip a match that would swallow a token already taken (e.g. by the dictionary).
    bool free = true;
    for (uint32_t k = begin; k < end; ++k) free = free && !taken[k];
    if (!free) begin = i;
    out.push_back(Mention{begin, end, Label::Date, Evidence::Lexicon, -1});
    for (uint32_t k = begin; k < end; ++k) taken[k] = true;
    i = end;
  }
}

}  // namespace ann
