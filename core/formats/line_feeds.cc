#include "formats/line_feeds.h"

#include <algorithm>
#include <vector>

namespace ann {

bool has_carriage_returns(const Document& doc) { return doc.text.find('\r') != std::string::npos; }

Document with_line_feeds(const Document& doc) {
  Document out = doc;
  out.text.clear();
  std::vector<uint32_t> dropped;   // byte offsets of the "\r" of each "\r\n", ascending
  for (size_t i = 0; i < doc.text.size(); ++i) {
    if (doc.text[i] != '\r') {
      out.text += doc.text[i];
    } else if (i + 1 < doc.text.size() && doc.text[i + 1] == '\n') {
      dropped.push_back(static_cast<uint32_t>(i));
    } else {
      out.text += '\n';
    }
  }
  // An offset moves back by the number of dropped bytes before it.
  auto moved = [&dropped](uint32_t offset) {
    return offset - static_cast<uint32_t>(std::lower_bound(dropped.begin(), dropped.end(), offset) - dropped.begin());
  };
  auto move = [&moved](Span& s) {
    Span old = s;
    s = Span{moved(old.begin), moved(old.end)};
    if (s.begin == s.end && old.begin < old.end) ++s.end;
  };
  for (Entity& e : out.entities) move(e.span);
  for (Claim& c : out.claims) {
    move(c.content);
    if (c.source) move(*c.source);
    if (c.cue) move(*c.cue);
  }
  return out;
}

}  // namespace ann
