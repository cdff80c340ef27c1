#include "formats/html.h"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>
#include <vector>

namespace ann {
namespace {

// Light tints with distinct underline styles, so the labels differ without colour too
// (Okabe–Ito hues, readable for the common colour blindnesses).
constexpr std::string_view kCss = R"(
:root { color-scheme: light; }
body { font: 1.05rem/1.7 Georgia, "DejaVu Serif", serif; color: #1a1a1a; background: #fff;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2 { font-family: system-ui, "DejaVu Sans", sans-serif; line-height: 1.25; }
h2 { margin-top: 2.5rem; font-size: 1.2rem; }
article p { margin: 0 0 1em; }
mark.ent { color: inherit; padding: 0 .08em; border-radius: 2px; border-bottom: 2px solid; }
.ent-person { background: #d6eaff; border-color: #0072b2; }
.ent-org { background: #ffe4c2; border-color: #b07800; border-bottom-style: dashed; }
.ent-place { background: #cdeee3; border-color: #009e73; border-bottom-style: dotted; }
.ent-norp { background: #f6d5e8; border-color: #cc79a7; border-bottom-style: double; }
.ent-date { background: #fff6b3; border-color: #8a7a00; }
.ent-quantity { background: #e6e6e6; border-color: #555; border-bottom-style: dashed; }
.claim { text-decoration: underline 2px #0072b2; text-underline-offset: .35em; }
.claim.stance-deny { text-decoration-style: wavy; text-decoration-color: #d55e00; }
.claim-source { font-weight: 700; }
.claim-cue { font-style: italic; outline: 1px dotted #555; outline-offset: 1px; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #ccc; }
caption { text-align: left; font-weight: 700; padding: .3rem 0; }
)";

struct LabelInfo {
  std::string_view css_class;
  std::string_view meaning;
};
constexpr std::array<LabelInfo, kLabelCount> kLabels = {{
    {"ent-person", "people"},
    {"ent-org", "organisations"},
    {"ent-place", "places"},
    {"ent-norp", "nationalities, religious and political groups"},
    {"ent-date", "dates"},
    {"ent-quantity", "quantities"},
}};


// One element to wrap around a byte range. Ranks order equal ranges: a claim's content
// outside its source and cue, those outside entities.
struct Mark {
  uint32_t begin, end;
  int rank;
  size_t index;
  std::string open;
  std::string_view close;
};

bool outer_first(const Mark* a, const Mark* b) {
  return std::tuple(a->begin, -static_cast<int64_t>(a->end), a->rank, a->index) <
         std::tuple(b->begin, -static_cast<int64_t>(b->end), b->rank, b->index);
}

std::vector<Mark> collect_marks(const Document& doc) {
  std::vector<Mark> marks;
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    std::string n = std::to_string(i + 1);
    const EntityGroup* g = doc.find_group(c.source_group);
    std::string title = "Claim " + n + ": " + std::string(claim_kind_name(c.kind)) + ", " +
                        std::string(claim_stance_name(c.stance));
    if (c.source) title += ". Source: " + std::string(doc.span_text(*c.source));
    if (g) title += " (" + g->canonical + ")";
    if (c.cue) title += ". Cue: " + std::string(doc.span_text(*c.cue));
    marks.push_back({c.content.begin, c.content.end, 0, i,
                     "<span class=\"claim claim-" + std::string(claim_kind_name(c.kind)) +
                         " stance-" + std::string(claim_stance_name(c.stance)) + "\" title=\"" +
                         html_escape(title) + "\">",
                     "</span>"});
    if (c.source) {
      marks.push_back({c.source->begin, c.source->end, 1, i,
                       "<span class=\"claim-source\" title=\"Source of claim " + n + "\">",
                       "</span>"});
    }
    if (c.cue) {
      marks.push_back({c.cue->begin, c.cue->end, 2, i,
                       "<span class=\"claim-cue\" title=\"Cue of claim " + n + "\">", "</span>"});
    }
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    const EntityGroup* g = doc.find_group(e.group);
    std::string title(label_name(e.label));
    if (g) title += ": " + g->canonical;
    marks.push_back({e.span.begin, e.span.end, 3, i,
                     "<mark class=\"ent " + std::string(kLabels[static_cast<size_t>(e.label)].css_class) +
                         "\" title=\"" + html_escape(title) + "\">",
                     "</mark>"});
  }
  return marks;
}

// Escaped text with line breaks as <br>.
void append_text(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (text[i] == '\n' || text[i] == '\r') {
      out += "<br>\n";
    } else {
      out += html_escape(text.substr(i, 1));
    }
  }
}

// Paragraphs: runs of lines that are not blank. Byte ranges, without the final line break.
std::vector<Span> paragraphs(std::string_view text) {
  std::vector<Span> out;
  size_t line = 0;
  size_t para_begin = std::string_view::npos, para_end = 0;
  while (line <= text.size()) {
    size_t eol = text.find('\n', line);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view content = text.substr(line, eol - line);
    bool blank = content.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
    if (!blank) {
      if (para_begin == std::string_view::npos) para_begin = line;
      para_end = eol;
      if (para_end > line && text[para_end - 1] == '\r') --para_end;
    } else if (para_begin != std::string_view::npos) {
      out.push_back({static_cast<uint32_t>(para_begin), static_cast<uint32_t>(para_end)});
      para_begin = std::string_view::npos;
    }
    line = eol + 1;
  }
  if (para_begin != std::string_view::npos) {
    out.push_back({static_cast<uint32_t>(para_begin), static_cast<uint32_t>(para_end)});
  }
  return out;
}

// One paragraph with its marks properly nested: at each boundary, the open elements that do
// not cover the next piece are closed (and reopened if they go on past a crossing one).
void append_paragraph(std::string& out, const Document& doc, Span para,
                      const std::vector<Mark>& marks) {
  std::vector<const Mark*> inside;
  std::set<uint32_t> cuts = {para.begin, para.end};
  for (const Mark& m : marks) {
    if (m.begin >= para.end || m.end <= para.begin || m.begin >= m.end) continue;
    inside.push_back(&m);
    cuts.insert(std::max(m.begin, para.begin));
    cuts.insert(std::min(m.end, para.end));
  }
  std::sort(inside.begin(), inside.end(), outer_first);
  std::vector<const Mark*> open;
  out += "<p>";
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    uint32_t from = *it, to = *std::next(it);
    std::vector<const Mark*> active;
    for (const Mark* m : inside) {
      if (m->begin <= from && m->end >= to) active.push_back(m);
    }
    size_t keep = 0;
    while (keep < open.size() && keep < active.size() && open[keep] == active[keep]) ++keep;
    while (open.size() > keep) {
      out += open.back()->close;
      open.pop_back();
    }
    for (size_t i = keep; i < active.size(); ++i) {
      out += active[i]->open;
      open.push_back(active[i]);
    }
    append_text(out, doc.span_text({from, to}));
  }
  while (!open.empty()) {
    out += open.back()->close;
    open.pop_back();
  }
  out += "</p>\n";
}

void append_legend(std::string& out) {
  out += "<section aria-labelledby=\"legend\">\n<h2 id=\"legend\">Legend</h2>\n<ul class=\"legend\">\n";
  for (int i = 0; i < kLabelCount; ++i) {
    const LabelInfo& info = kLabels[static_cast<size_t>(i)];
    out += "<li><mark class=\"ent " + std::string(info.css_class) + "\">" +
           std::string(label_name(static_cast<Label>(i))) + "</mark> " +
           std::string(info.meaning) + "</li>\n";
  }
  out += "<li><span class=\"claim\">claim</span> what a source said</li>\n"
         "<li><span class=\"claim stance-deny\">denial</span> what a source denied</li>\n"
         "<li><span class=\"claim-source\">source</span> who said it</li>\n"
         "<li><span class=\"claim-cue\">cue</span> the reporting word</li>\n</ul>\n</section>\n";
}

std::string cell(std::string_view text) { return "<td>" + html_escape(text) + "</td>"; }

void append_claims_table(std::string& out, const Document& doc) {
  out += "<section aria-labelledby=\"claims\">\n<h2 id=\"claims\">Claims</h2>\n";
  if (doc.claims.empty()) {
    out += "<p>No claims.</p>\n</section>\n";
    return;
  }
  out += "<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Source</th>"
         "<th scope=\"col\">Speaker</th><th scope=\"col\">Cue</th><th scope=\"col\">Content</th>"
         "<th scope=\"col\">Kind</th><th scope=\"col\">Stance</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    const EntityGroup* g = doc.find_group(c.source_group);
    out += "<tr><th scope=\"row\">" + std::to_string(i + 1) + "</th>" +
           cell(c.source ? doc.span_text(*c.source) : "") + cell(g ? g->canonical : "") +
           cell(c.cue ? doc.span_text(*c.cue) : "") + cell(doc.span_text(c.content)) +
           cell(claim_kind_name(c.kind)) + cell(claim_stance_name(c.stance)) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void append_entities_table(std::string& out, const Document& doc) {
  out += "<section aria-labelledby=\"entities\">\n<h2 id=\"entities\">Entities</h2>\n";
  if (doc.groups.empty()) {
    out += "<p>No entities.</p>\n</section>\n";
    return;
  }
  out += "<table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Label</th>"
         "<th scope=\"col\">Mentions</th><th scope=\"col\">Written as</th></tr></thead>\n<tbody>\n";
  for (const EntityGroup& g : doc.groups) {
    size_t count = 0;
    std::vector<std::string> forms;
    for (const Entity& e : doc.entities) {
      if (e.group != g.id) continue;
      ++count;
      std::string form(doc.span_text(e.span));
      if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
    }
    std::string written;
    for (const std::string& f : forms) written += (written.empty() ? "" : ", ") + f;
    out += "<tr><th scope=\"row\">" + html_escape(g.canonical) + "</th>" +
           cell(label_name(g.label)) + cell(std::to_string(count)) + cell(written) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string write_html(const Document& doc, const HtmlOptions& options) {
  std::string out;
  out.reserve(doc.text.size() * 2 + 8192);
  out += "<!DOCTYPE html>\n<html lang=\"" + html_escape(options.lang) + "\">\n<head>\n"
         "<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"article-annotator\">\n"
         "<title>" + html_escape(options.title) + "</title>\n<style>" + std::string(kCss) +
         "</style>\n</head>\n<body>\n<main>\n<h1>" + html_escape(options.title) + "</h1>\n";
  append_legend(out);
  out += "<section aria-labelledby=\"article\">\n<h2 id=\"article\">Article</h2>\n<article>\n";
  std::vector<Mark> marks = collect_marks(doc);
  for (Span para : paragraphs(doc.text)) append_paragraph(out, doc, para, marks);
  out += "</article>\n</section>\n";
  append_claims_table(out, doc);
  append_entities_table(out, doc);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace ann
