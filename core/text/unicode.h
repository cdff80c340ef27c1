// Character classes for the tokenizer: small hand-made tables, no ICU. Letters of the
// common European scripts (Latin with diacritics, Greek, Cyrillic) are exact; other scripts
// are covered by block ranges, which is enough to keep their words whole.
//
//   is_letter(U'é') => true     is_upper(U'Č') => true     is_upper(U'д') => false
//   is_space(U'\u00A0') => true (no-break space)           is_line_break(U'\u2028') => true
#pragma once

namespace ann {

bool is_space(char32_t c);        // any whitespace, line breaks included
bool is_line_break(char32_t c);   // \n \r U+0085 U+2028 U+2029 (and \v \f)
bool is_ascii_digit(char32_t c);
bool is_letter(char32_t c);       // letters of any script (digits of other scripts count too)
bool is_mark(char32_t c);         // combining marks and joiners that continue a word
bool is_upper(char32_t c);        // uppercase or titlecase letter
bool is_lower(char32_t c);        // a letter with case that is not uppercase

// Quotation marks other than the apostrophes ' and ’ (see is_apostrophe).
bool is_quote_char(char32_t c);
// ' ’ ʼ: an apostrophe inside a word, a possessive, or a single quotation mark.
bool is_apostrophe(char32_t c);
bool is_dash_char(char32_t c);    // – — ― ‒ (not the hyphen-minus)
bool is_hyphen_char(char32_t c);  // - ‐ ‑
bool is_punct_char(char32_t c);   // . , ; : ! ? ( ) [ ] { } / … and the like
bool is_symbol_char(char32_t c);  // $ € £ % & @ # + = and the like

// Closing/opening brackets, for quote context.
bool is_open_bracket(char32_t c);
bool is_close_bracket(char32_t c);

}  // namespace ann
