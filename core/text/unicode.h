// Character classes for the tokenizer: small hand-made tables, no ICU. Letters of the
// common European scripts (Latin with diacritics, Greek, Cyrillic) are exact; other scripts
// are covered by block ranges, which is enough to keep their words whole.
//
//   is_letter(U'é') => true     is_upper(U'Č') => true     is_upper(U'д') => false
//   is_space(U'\u00A0') => true (no-break space)           is_line_break(U'\u2028') => true
#pragma once

namespace ann {

// The non-ASCII halves of the inline tests below (ASCII is answered inline: most of the text).
bool is_space_non_ascii(char32_t c);
bool is_letter_non_ascii(char32_t c);
bool is_upper_non_ascii(char32_t c);

// Any whitespace, line breaks included.
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || (c >= 0x0A && c <= 0x0D);
  return is_space_non_ascii(c);
}
bool is_line_break(char32_t c);   // \n \r U+0085 U+2028 U+2029 (and \v \f)
inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
// Letters of any script (digits of other scripts count too).
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return is_letter_non_ascii(c);
}
bool is_mark_non_ascii(char32_t c);
// Combining marks and joiners that continue a word (none is ASCII).
inline bool is_mark(char32_t c) { return c >= 0xAD && is_mark_non_ascii(c); }
// Uppercase or titlecase letter.
inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return is_upper_non_ascii(c);
}
bool is_lower(char32_t c);        // a letter with case that is not uppercase

// Quotation marks other than the apostrophes ' and ’ (see is_apostrophe).
bool is_quote_char(char32_t c);
// ' ’ ʼ: an apostrophe inside a word, a possessive, or a single quotation mark.
inline bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2BC; }
bool is_dash_char(char32_t c);    // – — ― ‒ (not the hyphen-minus)
bool is_hyphen_char(char32_t c);  // - ‐ ‑
bool is_punct_char(char32_t c);   // . , ; : ! ? ( ) [ ] { } / … and the like
bool is_symbol_char(char32_t c);  // $ € £ % & @ # + = and the like

// Closing/opening brackets, for quote context.
bool is_open_bracket(char32_t c);
bool is_close_bracket(char32_t c);

}  // namespace ann
