#include "editing/snap.h"

#include <algorithm>

#include "text/unicode.h"
#include "text/utf8.h"

namespace ann {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offset of the character before `at` (at > 0).
size_t previous_start(std::string_view text, size_t at) {
  do {
    --at;
  } while (at > 0 && is_continuation_byte(text[at]));
  return at;
}

size_t next_start(std::string_view text, size_t at) {
  do {
    ++at;
  } while (at < text.size() && is_continuation_byte(text[at]));
  return at;
}

// The character starting at `at`, or 0 outside the text.
char32_t char_at(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  return decode_utf8(text, at);
}

char32_t char_before(std::string_view text, size_t at) {
  return at == 0 ? 0 : char_at(text, previous_start(text, at));
}

bool is_word_char(char32_t c) { return c != 0 && (is_letter(c) || is_mark(c) || is_ascii_digit(c)); }

// A character that joins the two around it into one word: "It’s", "1,000.5".
bool joins(char32_t before, char32_t c, char32_t after) {
  if (is_apostrophe(c)) return is_word_char(before) && is_word_char(after);
  if (c == '.' || c == ',') return is_ascii_digit(before) && is_ascii_digit(after);
  return false;
}

// True when offset `at` lies between two characters of the same word.
bool inside_word(std::string_view text, size_t at) {
  if (at == 0 || at >= text.size()) return false;
  size_t prev = previous_start(text, at);
  char32_t before = char_at(text, prev);
  char32_t current = char_at(text, at);
  if (is_word_char(before) && is_word_char(current)) return true;
  char32_t two_before = char_before(text, prev);
  if (joins(two_before, before, current)) return true;
  char32_t after = char_at(text, next_start(text, at));
  return joins(before, current, after);
}

}  // namespace

Span snap_to_words(std::string_view text, Span span) {
  size_t begin = std::min<size_t>(span.begin, text.size());
  size_t end = std::min<size_t>(span.end, text.size());
  if (end < begin) std::swap(begin, end);
  while (begin > 0 && begin < text.size() && is_continuation_byte(text[begin])) --begin;
  while (end < text.size() && is_continuation_byte(text[end])) ++end;

  if (begin == end) {
    // A caret: the word it touches, else nothing.
    if (is_word_char(char_at(text, end))) end = next_start(text, end);
    if (is_word_char(char_before(text, begin))) begin = previous_start(text, begin);
    if (begin == end) return Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  } else {
    while (begin < end && is_space(char_at(text, begin))) begin = next_start(text, begin);
    while (end > begin && is_space(char_before(text, end))) end = previous_start(text, end);
    if (begin == end) return Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  }
  while (inside_word(text, begin)) begin = previous_start(text, begin);
  while (inside_word(text, end)) end = next_start(text, end);
  return Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

}  // namespace ann
