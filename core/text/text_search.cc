#include "text/text_search.h"

#include "lexicon/lexicon.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace ann {
namespace {

// Folds `text` code point by code point, calling on_piece(folded_bytes, begin, end) with the
// byte range [begin, end) of `text` each piece comes from. A run of whitespace becomes one
// space and a combining mark disappears; both widen the previous piece instead:
//   "Vuc\u030Cic  said" => "vucic said", the space piece covering both spaces.
template <typename OnPiece, typename OnWiden>
void fold_pieces(std::string_view text, OnPiece on_piece, OnWiden widen_previous) {
  std::string scratch;
  bool after_space = false;
  size_t i = 0;
  while (i < text.size()) {
    const size_t begin = i;
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    char32_t cp = lead;
    if (lead < 0x80) {
      ++i;
    } else {
      cp = decode_utf8(text, i);
    }
    if (is_space(cp)) {
      if (after_space) {
        widen_previous(i);
      } else {
        on_piece(std::string_view(" "), begin, i);
      }
      after_space = true;
      continue;
    }
    after_space = false;
    if (lead < 0x80) {
      const char lower = (lead >= 'A' && lead <= 'Z') ? static_cast<char>(lead - 'A' + 'a')
                                                      : static_cast<char>(lead);
      on_piece(std::string_view(&lower, 1), begin, i);
    } else if (is_mark(cp)) {
      widen_previous(i);
    } else if (cp == U'\u201C' || cp == U'\u201D' || cp == U'\u201E' || cp == U'\u201F') {
      on_piece(std::string_view("\""), begin, i);   // “ ” „ ‟ as "
    } else if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) {   // Greek capitals
      scratch.clear();
      append_utf8(scratch, cp + 0x20);
      on_piece(std::string_view(scratch), begin, i);
    } else {
      scratch.clear();   // Latin diacritics, ’, dashes, Cyrillic capitals (lexicon.h)
      lexicon::append_fold(text.substr(begin, i - begin), scratch);
      on_piece(std::string_view(scratch), begin, i);
    }
  }
}

}  // namespace

std::string fold_for_search(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  fold_pieces(
      utf8, [&](std::string_view piece, size_t, size_t) { out += piece; }, [](size_t) {});
  return out;
}

TextSearchIndex::TextSearchIndex(std::string_view utf8) {
  folded_.reserve(utf8.size());
  begin_of_.reserve(utf8.size());
  end_of_.reserve(utf8.size());
  fold_pieces(
      utf8,
      [&](std::string_view piece, size_t begin, size_t end) {
        folded_ += piece;
        begin_of_.insert(begin_of_.end(), piece.size(), static_cast<uint32_t>(begin));
        end_of_.insert(end_of_.end(), piece.size(), static_cast<uint32_t>(end));
      },
      [&](size_t end) {
        // Every byte of the previous piece now ends here ("ß" => "ss": both bytes).
        if (end_of_.empty()) return;
        const uint32_t old_end = end_of_.back();
        for (size_t k = end_of_.size(); k > 0 && end_of_[k - 1] == old_end; --k) {
          end_of_[k - 1] = static_cast<uint32_t>(end);
        }
      });
}

std::vector<Span> TextSearchIndex::find_all(std::string_view query, size_t max_hits) const {
  std::vector<Span> hits;
  const std::string needle = fold_for_search(query);
  if (needle.empty() || needle == " ") return hits;
  std::string_view haystack(folded_);
  size_t at = haystack.find(needle);
  while (at != std::string_view::npos && hits.size() < max_hits) {
    Span hit{begin_of_[at], end_of_[at + needle.size() - 1]};
    // Two hits inside one folded code point ("s" twice in "ß") would overlap: keep the first.
    if (hits.empty() || hit.begin >= hits.back().end) hits.push_back(hit);
    at = haystack.find(needle, at + needle.size());
  }
  return hits;
}

std::vector<Span> find_all(std::string_view utf8, std::string_view query, size_t max_hits) {
  return TextSearchIndex(utf8).find_all(query, max_hits);
}

}  // namespace ann
