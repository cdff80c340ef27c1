// Tokenizer for news text. Tokens are byte spans into valid UTF-8; whitespace is not a token
// but is recorded in the flags of the token that follows it.
//
//   "Russia’s 1,000.5 tonnes"     => [Russia] [’s] [1,000.5] [tonnes]
//   "“It’s 380kg,” he said."      => [“] [It’s] [380kg] [,] [”] [he] [said] [.]
//   "long-range"                  => [long] [-] [range]        (kJoinedToPrev on - and range)
//   "see https://x.org/a?b=1."    => [see] [https://x.org/a?b=1] [.]
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace ann {

enum class TokenKind : uint8_t {
  Word,         // letters (with inner apostrophes: "It’s", "O'Brien"), may contain digits: "G7"
  Number,       // digits with separators, an attached unit kept whole: "1,000.5", "380kg", "6.3"
  Possessive,   // "’s" / "'s" / a lone "’" after a plural ("ministers’")
  Punct,        // . , ; : ! ? ( ) [ ] / … and other punctuation
  Quote,        // “ ” ‘ ’ " ' « » „ ‹ › used as quotation marks
  Dash,         // - – — when not joining a compound
  Hyphen,       // - joining a compound ("long-range")
  Symbol,       // $ € £ % & @ # and other symbols
  Url,          // https://..., www.example.com
  Email,        // name@example.org
  Other,        // anything else (emoji, U+FFFD, control characters)
};

enum TokenFlag : uint16_t {
  kSpaceBefore     = 1 << 0,  // whitespace between this token and the previous one
  kNewlineBefore   = 1 << 1,  // a line break in that whitespace
  kParagraphBefore = 1 << 2,  // a blank line (or more) in that whitespace, or text start
  kCapitalized     = 1 << 3,  // first letter is uppercase ("Serbia", "NATO", "McDonald")
  kAllCaps         = 1 << 4,  // every letter uppercase and at least two letters ("NATO")
  kOpenQuote       = 1 << 5,  // Quote token that opens a quotation
  kCloseQuote      = 1 << 6,  // Quote token that closes one (neither flag: cannot tell)
};

struct Token {
  uint32_t begin = 0;   // byte offset, inclusive
  uint32_t end = 0;     // byte offset, exclusive
  TokenKind kind = TokenKind::Other;
  uint16_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

// Tokenizes valid UTF-8 (see sanitize_utf8). Linear time; never fails.
std::vector<Token> tokenize(std::string_view text);

}  // namespace ann
