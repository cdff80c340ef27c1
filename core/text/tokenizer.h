// Tokenizer for news text. Tokens are byte spans into valid UTF-8; whitespace is not a token
// but is recorded in the flags of the token that follows it.
//
//   "Russia’s 1,000.5 tonnes"     => [Russia] [’s] [1,000.5] [tonnes]
//   "“It’s 380kg,” he said."      => [“] [It’s] [380kg] [,] [”] [he] [said] [.]
//   "long-range"                  => [long] [-] [range]        (no kSpaceBefore on - and range)
//   "see https://x.org/a?b=1."    => [see] [https://x.org/a?b=1] [.]
//   "Mr. Smith in the U.S. at 3:32 a.m." => [Mr.] [Smith] [in] [the] [U.S.] [at] [3:32] [a.m.]
//
// Decisions worth knowing:
// - Digits joined by "-" ":" "/" "." are one Number: a score "2-1", a range "1990-95", an ISO
//   date "2020-05-11", a time "3:32", "9/11", "2017/18". "1,000" needs groups of three digits.
//   Letters right after digits are an attached unit or suffix: "380kg", "1990s", "5th".
// - "$5" is [$] [5]: currency and percent signs are Symbol tokens of their own.
// - "’s"/"'s" is split off as Possessive except after pronouns where it means "is"/"has"
//   ("It’s", "that's"). A lone ’ or ' after a word ending in "s" is a Possessive
//   ("ministers’") unless a single quotation mark is open in the paragraph.
// - Abbreviations keep their dot: titles and other known ones ("Mr.", "Inc.", "Jan."),
//   letter-dot runs ("U.S.", "a.m.", "J.K."), an uppercase initial before a space ("J. K.")
//   and "No."/"p." only before a number (see abbreviations.h). Other full stops are Punct;
//   "..." is one Punct token.
// - Quote direction: the position decides when it is clear (after a space or an opening
//   bracket and before a non-space: open; after a non-space and before a space or
//   punctuation: close), else the character (“ ‘ „ « open, ” » close); a straight " between
//   two non-spaces alternates; a " between spaces gets neither flag. ’ outside a word closes.
// - An elided year "’90s" is one Number token.
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
