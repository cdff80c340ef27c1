#include "text/tokenizer.h"

#include <array>
#include <string>

#include "text/abbreviations.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace ann {
namespace {

bool is_word_char(char32_t c) { return is_letter(c) || is_ascii_digit(c) || is_mark(c); }

bool is_opening_quote_char(char32_t c) {
  switch (c) {
    case 0x201C: case 0x2018: case 0x201E: case 0x201A: case 0x201F: case 0x201B:
    case 0xAB: case 0x2039: case 0x300C: case 0x300E: case 0x301D:
      return true;
    default:
      return false;
  }
}

bool is_single_quote_char(char32_t c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B ||
         c == 0x2039 || c == 0x203A || c == 0x2BC;
}

// What may stand right before an opening quote: "(“", "—“", ": “" ...
bool opens_context(char32_t prev) {
  return prev == 0 || is_space(prev) || is_open_bracket(prev) || is_opening_quote_char(prev) ||
         is_dash_char(prev) || is_hyphen_char(prev) || prev == '/';
}

// What may stand right after a closing quote: "”.", "” he", "”)" ...
bool closes_context(char32_t next) {
  return next == 0 || is_space(next) || is_punct_char(next) || is_close_bracket(next) ||
         is_dash_char(next) || is_hyphen_char(next) || is_quote_char(next) ||
         is_apostrophe(next);
}

bool ascii_iequals_prefix(std::string_view text, size_t i, std::string_view prefix) {
  if (text.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = text[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

// ASCII letters and digits, one table lookup per byte (the word loop's test).
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return table;
}();
bool is_ascii_alnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }

bool is_email_local_char(char c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool is_email_domain_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '-'; }

// ASCII characters that may appear inside a URL (RFC 3986 plus a few seen in the wild).
bool is_url_ascii(char c) {
  if (c <= 0x20 || c >= 0x7F) return false;
  switch (c) {
    case '<': case '>': case '"': case '`': case '{': case '}': case '|': case '\\': case '^':
      return false;
    default:
      return true;
  }
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    tokens_.reserve(text_.size() / 5 + 1);
    uint16_t pending = kParagraphBefore;  // the text start counts as a paragraph start
    int newlines = 0;
    size_t i = 0;
    while (i < text_.size()) {
      if (text_[i] == ' ') {   // most whitespace: no decoding, no line break test
        pending |= kSpaceBefore;
        ++i;
        continue;
      }
      size_t next = i;
      const char32_t c = decode_utf8(text_, next);
      if (is_space(c)) {
        pending |= kSpaceBefore;
        if (c == 0x2029) newlines += 2;  // PARAGRAPH SEPARATOR
        else if (is_line_break(c) && !(c == '\r' && next < text_.size() && text_[next] == '\n'))
          ++newlines;
        i = next;
        continue;
      }
      if (newlines > 0) pending |= kNewlineBefore;
      if (newlines > 1) pending |= kParagraphBefore;
      if (pending & kParagraphBefore) single_open_ = double_open_ = 0;
      i = token_at(i, c, next, pending);
      pending = 0;
      newlines = 0;
    }
    return std::move(tokens_);
  }

 private:
  // Code point before byte `i` (0 at the start).
  char32_t cp_before(size_t i) const {
    if (i == 0) return 0;
    size_t start = i - 1;
    while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80)
      --start;
    return decode_utf8(text_, start);
  }
  // Code point at byte `i` (0 at the end); `after` receives the offset past it.
  char32_t cp_at(size_t i, size_t* after = nullptr) const {
    if (i >= text_.size()) {
      if (after) *after = i;
      return 0;
    }
    size_t j = i;
    const char32_t c = decode_utf8(text_, j);
    if (after) *after = j;
    return c;
  }

  void emit(size_t begin, size_t end, TokenKind kind, uint16_t flags) {
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.flags = flags;
    tokens_.push_back(t);
  }

  // The previous token when it touches byte `i` with no space between.
  const Token* attached_before(size_t i, uint16_t flags) const {
    if (tokens_.empty() || (flags & kSpaceBefore) || tokens_.back().end != i) return nullptr;
    return &tokens_.back();
  }

  // Emits the token starting at `i` (first code point `c`, ending at `next`); returns its end.
  size_t token_at(size_t i, char32_t c, size_t next, uint16_t flags) {
    if (c < 0x80 && (c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W')) {
      if (size_t end = scan_url(i); end > i) {
        emit(i, end, TokenKind::Url, flags);
        return end;
      }
    }
    if (c < 0x80 && is_ascii_alnum(static_cast<char>(c)) && may_be_email(i)) {
      if (size_t end = scan_email(i); end > i) {
        emit(i, end, TokenKind::Email, flags);
        return end;
      }
    }
    if (is_ascii_digit(c)) {
      const size_t end = scan_number(i);
      emit(i, end, TokenKind::Number, flags);
      return end;
    }
    if (is_letter(c) || is_mark(c)) return word(i, flags);
    if (is_apostrophe(c)) return apostrophe(i, c, next, flags);
    if (is_quote_char(c)) return quote(i, c, next, flags);
    if (is_hyphen_char(c)) {
      const Token* prev = attached_before(i, flags);
      if (prev && (prev->kind == TokenKind::Word || prev->kind == TokenKind::Number) &&
          is_word_char(cp_at(next))) {
        emit(i, next, TokenKind::Hyphen, flags);  // "long-range", "U.S.-backed", "COVID-19"
        return next;
      }
      size_t end = next;  // "--" is one dash
      while (end < text_.size() && is_hyphen_char(cp_at(end))) cp_at(end, &end);
      emit(i, end, TokenKind::Dash, flags);
      return end;
    }
    if (is_dash_char(c)) {
      size_t end = next;  // "——" is one dash
      while (end < text_.size() && is_dash_char(cp_at(end))) cp_at(end, &end);
      emit(i, end, TokenKind::Dash, flags);
      return end;
    }
    if (c == '.') {
      size_t end = next;  // "..." is one token, like "…"
      while (end < text_.size() && text_[end] == '.') ++end;
      emit(i, end, TokenKind::Punct, flags);
      return end;
    }
    if (is_punct_char(c)) {
      emit(i, next, TokenKind::Punct, flags);
      return next;
    }
    if (is_symbol_char(c)) {
      emit(i, next, TokenKind::Symbol, flags);
      return next;
    }
    const size_t end = scan_other(c, next);
    emit(i, end, TokenKind::Other, flags);
    return end;
  }

  // "https://x.org/a?b=1." => "https://x.org/a?b=1"; "(see www.x.org)" keeps the ")" out.
  size_t scan_url(size_t i) {
    size_t body = 0;
    if (ascii_iequals_prefix(text_, i, "https://")) body = i + 8;
    else if (ascii_iequals_prefix(text_, i, "http://")) body = i + 7;
    else if (ascii_iequals_prefix(text_, i, "ftp://")) body = i + 6;
    else if (ascii_iequals_prefix(text_, i, "www.")) body = i + 4;
    else return i;
    size_t end = body;
    int open_parens = 0, open_brackets = 0;
    while (end < text_.size()) {
      const char b = text_[end];
      if (static_cast<unsigned char>(b) < 0x80) {
        if (!is_url_ascii(b)) break;
        if (b == '(') ++open_parens;
        if (b == ')') --open_parens;
        if (b == '[') ++open_brackets;
        if (b == ']') --open_brackets;
        ++end;
        continue;
      }
      size_t after = end;
      const char32_t c = decode_utf8(text_, after);
      if (!is_word_char(c)) break;  // a closing ” or a dash ends the URL
      end = after;
    }
    // Trailing punctuation belongs to the sentence, an unbalanced ")" to the brackets.
    while (end > body) {
      const char b = text_[end - 1];
      if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == '\'' ||
          b == '*' || (b == ')' && open_parens < 0) || (b == ']' && open_brackets < 0)) {
        if (b == ')') ++open_parens;
        if (b == ']') ++open_brackets;
        --end;
      } else {
        break;
      }
    }
    if (end == body || (!is_ascii_alnum(text_[body]) && text_[body] != '/')) return i;
    return end;
  }

  // False when no "@" follows byte i: then no email starts there (most texts have none).
  bool may_be_email(size_t i) {
    if (next_at_ < i) {
      size_t at = text_.find('@', i);
      next_at_ = at == std::string_view::npos ? text_.size() : at;
    }
    return next_at_ < text_.size();
  }

  // "name.surname@example.org" => the whole address. Remembers failures so that a long run
  // of local-part characters ("a.a.a.a...") is scanned once, not once per token.
  size_t scan_email(size_t i) {
    if (i < email_fail_until_) return i;
    size_t at = i;
    while (at < text_.size() && is_email_local_char(text_[at])) ++at;
    if (at >= text_.size() || text_[at] != '@') {
      email_fail_until_ = at;
      return i;
    }
    size_t end = at + 1;
    while (end < text_.size() && is_email_domain_char(text_[end])) ++end;
    while (end > at + 1 && (text_[end - 1] == '.' || text_[end - 1] == '-')) --end;
    const std::string_view domain = text_.substr(at + 1, end - at - 1);
    const size_t dot = domain.rfind('.');
    const std::string_view local = text_.substr(i, at - i);
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size() ||
        domain.find("..") != std::string_view::npos || local.back() == '.') {
      email_fail_until_ = at;
      return i;
    }
    return end;
  }

  // "1,000.5" "380kg" "3.5" "10:30" "9/11" "2020-05-11" "2-1" "1990s"
  // A hyphen between digits stays inside: a score, a range or an ISO date is one value.
  size_t scan_number(size_t i) const {
    const size_t n = text_.size();
    auto digits = [&](size_t k) {
      while (k < n && is_ascii_digit(static_cast<unsigned char>(text_[k]))) ++k;
      return k;
    };
    auto digit_at = [&](size_t k) { return k < n && text_[k] >= '0' && text_[k] <= '9'; };
    size_t end = digits(i);
    while (end < n) {
      const char b = text_[end];
      if (b == ',' && digit_at(end + 1) && digit_at(end + 2) && digit_at(end + 3) &&
          !digit_at(end + 4)) {
        end += 4;  // thousands: "1,000" but not "1,2" or "2019,2020"
      } else if ((b == '.' || b == ':' || b == '/' || b == '-') && digit_at(end + 1)) {
        end = digits(end + 1);
      } else {
        break;
      }
    }
    // An attached unit or suffix: "380kg", "5th", "1990s", "10am".
    size_t after = end;
    if (end < n && is_letter(cp_at(end, &after))) {
      end = after;
      while (end < n) {
        const char32_t c = cp_at(end, &after);
        if (!is_word_char(c)) break;
        end = after;
      }
    }
    return end;
  }

  // Words, with inner apostrophes ("O'Brien", "don’t"), contractions ("It’s") and
  // abbreviations that keep their dot ("Mr.", "U.S.", "J.").
  size_t word(size_t start, uint16_t flags) {
    size_t i = start;
    while (i < text_.size()) {
      if (is_ascii_alnum(text_[i])) {   // the common case, without decoding
        ++i;
        continue;
      }
      size_t after = i;
      const char32_t c = cp_at(i, &after);
      if (is_word_char(c)) {
        i = after;
        continue;
      }
      if (is_apostrophe(c) && i > start) {
        size_t after_next = after;
        const char32_t next = cp_at(after, &after_next);
        if (!is_letter(next)) break;
        if ((next == 's' || next == 'S') && !is_word_char(cp_at(after_next))) {
          // "It’s" stays whole; "Russia’s" => [Russia] [’s]
          if (!is_contraction_base(text_.substr(start, i - start))) break;
          i = after_next;
          break;
        }
        i = after;  // "O'Brien", "don’t", "rock’n’roll"
        continue;
      }
      break;
    }
    const size_t end = abbreviation_end(start, i);
    emit(start, end, TokenKind::Word, flags | case_flags(start, end));
    return end;
  }

  // Extends the word [start, end) over its abbreviation dot(s) when it is an abbreviation.
  size_t abbreviation_end(size_t start, size_t end) const {
    if (end >= text_.size() || text_[end] != '.') return end;
    const std::string_view word = text_.substr(start, end - start);
    size_t one_letter_end = start;
    const bool one_letter = is_letter(cp_at(start, &one_letter_end)) && one_letter_end == end;
    if (one_letter) {
      // "U.S.", "a.m.", "e.g.", "J.K.": single letters each followed by a dot.
      size_t j = end + 1;
      int segments = 1;
      while (j < text_.size()) {
        size_t after = j;
        const char32_t c = cp_at(j, &after);
        if (!is_letter(c) || after >= text_.size() || text_[after] != '.') break;
        j = after + 1;
        ++segments;
      }
      if (segments >= 2 && !is_word_char(cp_at(j))) return j;
    }
    const char32_t after_dot = cp_at(end + 1);
    if (is_word_char(after_dot)) return end;  // "x.org", "3.5" handled elsewhere
    switch (abbreviation_kind(word)) {
      case AbbreviationKind::None:
        return end;
      case AbbreviationKind::NumberPrefix: {  // "No. 10", but "said no."
        size_t k = end + 1;
        while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t')) ++k;
        return (k < text_.size() && is_ascii_digit(static_cast<unsigned char>(text_[k])))
                   ? end + 1 : end;
      }
      case AbbreviationKind::Initial:
        // "J. K. Rowling"; not "Plan B." at the end of a line of text.
        return (after_dot == 0 || is_space(after_dot)) ? end + 1 : end;
      default:
        return end + 1;
    }
  }

  // kCapitalized when the first letter is uppercase; kAllCaps when every letter is, with
  // at least two letters: "NATO" => both, "McDonald" => kCapitalized, "G7" => kCapitalized.
  uint16_t case_flags(size_t begin, size_t end) const {
    int letters = 0, upper = 0;
    bool first_upper = false;
    size_t i = begin;
    const char first = text_[begin];
    if (first >= 'a' && first <= 'z') return 0;   // "iPhone", "the": nothing more to learn
    while (i < end) {
      const auto byte = static_cast<unsigned char>(text_[i]);
      char32_t c = byte;
      if (byte < 0x80) ++i;   // ASCII without the decoder: most words are
      else c = decode_utf8_multibyte(text_, i);
      if (!is_letter(c)) continue;
      const bool up = is_upper(c);
      if (letters == 0) first_upper = up;
      ++letters;
      if (up) ++upper;
      if (!first_upper) break;  // "iPhone": neither flag, nothing more to learn
    }
    uint16_t flags = 0;
    if (first_upper) flags |= kCapitalized;
    if (letters >= 2 && upper == letters) flags |= kAllCaps;
    return flags;
  }

  // ' ’ ʼ outside a word: a possessive, an elision ("’90s") or a single quotation mark.
  size_t apostrophe(size_t i, char32_t c, size_t next, uint16_t flags) {
    size_t after_next = next;
    const char32_t n1 = cp_at(next, &after_next);
    const Token* prev = attached_before(i, flags);
    if (prev && (prev->kind == TokenKind::Word || prev->kind == TokenKind::Number)) {
      if ((n1 == 's' || n1 == 'S') && !is_word_char(cp_at(after_next))) {
        emit(i, after_next, TokenKind::Possessive, flags);  // "Russia’s"
        return after_next;
      }
      const char last = text_[prev->end - 1];
      if (!is_word_char(n1) && (last == 's' || last == 'S') && single_open_ == 0) {
        emit(i, next, TokenKind::Possessive, flags);  // "ministers’"
        return next;
      }
      close_single(i, next, flags);
      return next;
    }
    const char32_t before = cp_before(i);
    if (is_ascii_digit(n1) && opens_context(before)) {
      const size_t end = scan_number(next);  // "’90s"
      emit(i, end, TokenKind::Number, flags);
      return end;
    }
    if (c == '\'' && opens_context(before) && !is_space(n1) && n1 != 0) {
      open_single(i, next, flags);
    } else if (c != '\'' || (!opens_context(before) && closes_context(n1))) {
      close_single(i, next, flags);  // ’ is a closing quote outside words
    } else {
      emit(i, next, TokenKind::Quote, flags);  // a lone ' between spaces: cannot tell
    }
    return next;
  }

  void open_single(size_t i, size_t next, uint16_t flags) {
    ++single_open_;
    emit(i, next, TokenKind::Quote, flags | kOpenQuote);
  }
  void close_single(size_t i, size_t next, uint16_t flags) {
    if (single_open_ > 0) --single_open_;
    emit(i, next, TokenKind::Quote, flags | kCloseQuote);
  }

  // “ ” „ « » ‹ › ‘ " ...: the character says open or close, the position can overrule it
  // (Swedish ”x”, German »x« and „x“). A straight " is decided by position alone.
  size_t quote(size_t i, char32_t c, size_t next, uint16_t flags) {
    const char32_t before = cp_before(i);
    const char32_t after = cp_at(next);
    if (c == 0x2018 && is_ascii_digit(after) && opens_context(before)) {
      const size_t end = scan_number(next);  // "‘90s" typed with the wrong mark
      emit(i, end, TokenKind::Number, flags);
      return end;
    }
    const bool left_flanking = opens_context(before) && after != 0 && !is_space(after);
    const bool right_flanking = !opens_context(before) && closes_context(after);
    bool open;
    if (left_flanking != right_flanking) {
      open = left_flanking;
    } else if (c == '"' || c == 0xFF02) {
      if (is_space(before) && (after == 0 || is_space(after))) {
        emit(i, next, TokenKind::Quote, flags);  // a lone " between spaces
        return next;
      }
      open = double_open_ == 0;  // "a"b": alternate
    } else {
      open = is_opening_quote_char(c);
    }
    int& depth = is_single_quote_char(c) ? single_open_ : double_open_;
    if (open) ++depth;
    else if (depth > 0) --depth;
    emit(i, next, TokenKind::Quote, flags | (open ? kOpenQuote : kCloseQuote));
    return next;
  }

  // Emoji and other symbols with their modifiers: "👍🏽", "👨‍👩‍👧", flags "🇷🇸".
  size_t scan_other(char32_t c, size_t end) const {
    const bool regional = c >= 0x1F1E6 && c <= 0x1F1FF;
    size_t after = end;
    if (regional) {
      const char32_t n = cp_at(end, &after);
      if (n >= 0x1F1E6 && n <= 0x1F1FF) end = after;
    }
    while (end < text_.size()) {
      const char32_t n = cp_at(end, &after);
      if (n == 0x200D) {  // zero-width joiner: the next code point belongs too
        end = after;
        if (end < text_.size()) cp_at(end, &end);
      } else if (is_mark(n) || (n >= 0x1F3FB && n <= 0x1F3FF) || (n >= 0xE0020 && n <= 0xE007F)) {
        end = after;
      } else {
        break;
      }
    }
    return end;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  int single_open_ = 0;   // single quotes opened and not closed in this paragraph
  int double_open_ = 0;
  size_t email_fail_until_ = 0;
  size_t next_at_ = 0;     // the first "@" at or after the last may_be_email position (or size)
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Tokenizer(text).run(); }

}  // namespace ann
