// Which annotations touch which laid-out line. Each entity and each part of a claim (its
// content, source and cue) is a Mark; a claim's content often spans several lines, so every
// line keeps the list of marks that overlap it, in drawing order (claim content first, then
// entities, then sources and cues on top).
//
//   lines  [0] "Vučić said that Krušik"   [1] "sold shells."
//   claim  content "Krušik sold shells" => marks on line 0 and line 1
//   entity "Vučić" (PERSON)             => mark on line 0 only
#pragma once
#include <cstdint>
#include <vector>

#include "document/document.h"
#include "views/text_layout.h"

namespace ann::web {

enum class MarkKind : uint8_t { ClaimContent, Entity, ClaimSource, ClaimCue };

struct Mark {
  Span span;
  MarkKind kind = MarkKind::Entity;
  uint32_t index = 0;   // into Document::entities (Entity) or Document::claims (the others)
};

struct LineMarks {
  std::vector<Mark> marks;
  std::vector<std::vector<uint32_t>> by_line;   // by_line[i]: indices into marks, drawing order
};

LineMarks index_marks(const Document& doc, const TextLayout& layout);

}  // namespace ann::web
