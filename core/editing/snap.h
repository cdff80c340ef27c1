// Snapping a selection to whole words: the article view's drag selection snaps unless Alt
// is held. Spans are byte offsets into valid UTF-8; the result never splits a character.
//
//   text "Aleksandar Vučić’s visit"
//   "ksandar Vu"       => "Aleksandar Vučić’s"   (both edges extended; an inner apostrophe
//                                                  joins a word)
//   " visit"           => "visit"                (edge whitespace trimmed)
//   caret inside "vis" => "visit"                (an empty span selects the word it touches)
// Digits joined by "." or "," stay one word ("1,000.5"); hyphens and other punctuation are
// edges ("long-range" is "long" "-" "range").
#pragma once
#include <string_view>

#include "document/document.h"

namespace ann {

// Offsets past the end are clamped, a reversed span is swapped, and an offset inside a
// UTF-8 sequence moves outward to the character's edge.
Span snap_to_words(std::string_view valid_utf8, Span span);

}  // namespace ann
