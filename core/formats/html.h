// A standalone, accessible HTML page of the annotated article: no script, no external
// request, CSS inline, UTF-8. The article keeps its paragraphs (blank lines) and line breaks;
// entities are <mark class="ent ent-person" title="PERSON: Aleksandar Vučić">, claim contents
// <span class="claim claim-direct stance-deny" title="...">, their sources and cues
// <span class="claim-source"> and <span class="claim-cue">. Overlapping spans are nested,
// split where they cross. A legend, a claims table and an entities table follow, so the
// annotations are readable without colours or hovering (screen readers, print).
//
//   article "Tom & <b>Jerry</b>" => "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;"
#pragma once
#include <string>
#include <string_view>

#include "document/document.h"

namespace ann {

struct HtmlOptions {
  std::string title = "Annotated article";   // <title> and the page heading
  std::string lang = "en";                   // the article's language (html lang attribute)
};

std::string write_html(const Document& doc, const HtmlOptions& options = {});

// Escapes & < > " ' for text and attribute values.
std::string html_escape(std::string_view text);

}  // namespace ann
