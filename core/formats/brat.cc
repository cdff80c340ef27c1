#include "formats/brat.h"

#include <map>
#include <vector>

#include "text/offsets.h"

namespace ann {
namespace {

// Writes T lines, numbering them.
class TextBoundWriter {
 public:
  TextBoundWriter(const Document& doc, std::string& out) : doc_(doc), offsets_(doc.text), out_(out) {}

  // "T7\tContent 10 20;21 30\tfirst line second line\n" => returns 7.
  int write(std::string_view type, Span span) {
    int id = ++count_;
    std::string ranges, texts;
    // Fragments: the span's runs between line breaks.
    uint32_t at = span.begin;
    while (at < span.end) {
      uint32_t from = at;
      while (from < span.end && is_break(doc_.text[from])) ++from;
      uint32_t to = from;
      while (to < span.end && !is_break(doc_.text[to])) ++to;
      if (to > from) {
        if (!ranges.empty()) {
          ranges += ';';
          texts += ' ';
        }
        ranges += std::to_string(offsets_.byte_to_code_point(from)) + " " +
                  std::to_string(offsets_.byte_to_code_point(to));
        texts += doc_.span_text({from, to});
      }
      at = to;
    }
    if (ranges.empty()) {   // only line breaks: keep the span as it is
      ranges = std::to_string(offsets_.byte_to_code_point(span.begin)) + " " +
               std::to_string(offsets_.byte_to_code_point(span.end));
    }
    out_ += "T" + std::to_string(id) + "\t" + std::string(type) + " " + ranges + "\t" + texts + "\n";
    return id;
  }

 private:
  static bool is_break(char c) { return c == '\n' || c == '\r'; }
  const Document& doc_;
  OffsetMap offsets_;
  std::string& out_;
  int count_ = 0;
};

}  // namespace

std::string write_brat_ann(const Document& doc) {
  std::string out;
  TextBoundWriter t(doc, out);
  std::map<Id, std::vector<int>> mentions;   // group => T ids, in document order
  for (const Entity& e : doc.entities) {
    mentions[e.group].push_back(t.write(label_name(e.label), e.span));
  }
  for (const EntityGroup& g : doc.groups) {
    const std::vector<int>& ids = mentions[g.id];
    if (ids.size() < 2) continue;
    out += "*\tEquiv";
    for (int id : ids) out += " T" + std::to_string(id);
    out += "\n";
  }
  int events = 0, attributes = 0, notes = 0;
  for (const Claim& c : doc.claims) {
    std::string event = "E" + std::to_string(++events);
    // "E1\tAttribution:T5 Source:T6 Cue:T7 Content:T8": the trigger first, as brat lists it.
    int trigger = t.write("Attribution", c.cue ? *c.cue : c.content);
    int source = c.source ? t.write("Source", *c.source) : 0;
    int cue = c.cue ? t.write("Cue", *c.cue) : 0;
    int content = t.write("Content", c.content);
    out += event + "\tAttribution:T" + std::to_string(trigger);
    if (source) out += " Source:T" + std::to_string(source);
    if (cue) out += " Cue:T" + std::to_string(cue);
    out += " Content:T" + std::to_string(content) + "\n";
    out += "A" + std::to_string(++attributes) + "\tKind " + event + " " +
           std::string(claim_kind_name(c.kind)) + "\n";
    out += "A" + std::to_string(++attributes) + "\tStance " + event + " " +
           std::string(claim_stance_name(c.stance)) + "\n";
    const EntityGroup* g = doc.find_group(c.source_group);
    if (source && g) {
      out += "#" + std::to_string(++notes) + "\tAnnotatorNotes T" + std::to_string(source) +
             "\t" + g->canonical + "\n";
    }
  }
  return out;
}

std::string brat_annotation_conf() {
  std::string labels;
  for (int i = 0; i < kLabelCount; ++i) labels += std::string(label_name(static_cast<Label>(i))) + "\n";
  return "# brat configuration for files written by article-annotator\n"
         "[entities]\n" + labels + "Source\nCue\nContent\n\n"
         "[relations]\n"
         "Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive\n\n"
         "[events]\n"
         "Attribution\tSource?:Source, Cue?:Cue, Content:Content\n\n"
         "[attributes]\n"
         "Kind\tArg:Attribution, Value:direct|indirect|mixed\n"
         "Stance\tArg:Attribution, Value:assert|deny\n";
}

}  // namespace ann
