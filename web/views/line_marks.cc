#include "views/line_marks.h"

#include <algorithm>

namespace ann::web {

LineMarks index_marks(const Document& doc, const TextLayout& layout) {
  LineMarks out;
  for (uint32_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& claim = doc.claims[i];
    out.marks.push_back({claim.content, MarkKind::ClaimContent, i});
    if (claim.source) out.marks.push_back({*claim.source, MarkKind::ClaimSource, i});
    if (claim.cue) out.marks.push_back({*claim.cue, MarkKind::ClaimCue, i});
  }
  for (uint32_t i = 0; i < doc.entities.size(); ++i) {
    out.marks.push_back({doc.entities[i].span, MarkKind::Entity, i});
  }
  // Drawing order: by kind, then by position.
  std::stable_sort(out.marks.begin(), out.marks.end(), [](const Mark& a, const Mark& b) {
    return a.kind != b.kind ? a.kind < b.kind : a.span.begin < b.span.begin;
  });

  const std::vector<TextLine>& lines = layout.lines;
  out.by_line.resize(lines.size());
  for (uint32_t m = 0; m < out.marks.size(); ++m) {
    const Span span = out.marks[m].span;
    if (span.empty()) continue;
    // Lines are in text order: the first that ends after the span begins, then onwards.
    auto it = std::upper_bound(lines.begin(), lines.end(), span.begin,
                               [](uint32_t offset, const TextLine& line) { return offset < line.end; });
    for (; it != lines.end() && it->begin < span.end; ++it) {
      out.by_line[it - lines.begin()].push_back(m);
    }
  }
  return out;
}

}  // namespace ann::web
