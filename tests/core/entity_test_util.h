// Shared by the entity tests: run the finder on a few sentences and list what it found.
//
//   mention_texts("Vučić spoke on Monday.", Label::Date)   => ["Monday"]
//   labelled_mentions("Vučić spoke on Monday.")            => ["Vučić:PERSON", "Monday:DATE"]
#pragma once
#include <string>
#include <vector>

#include "entities/entity_finder.h"

namespace ann {

inline Document find_entities_in(const std::string& text) {
  AnalyzedText analyzed = analyze_text(text);
  Document doc;
  doc.text = analyzed.text;
  find_entities(analyzed, nullptr, doc);
  return doc;
}

// The covered texts of the mentions with `label`, in text order.
inline std::vector<std::string> mention_texts(const std::string& text, Label label) {
  Document doc = find_entities_in(text);
  std::vector<std::string> out;
  for (const Entity& e : doc.entities) {
    if (e.label == label) out.emplace_back(doc.span_text(e.span));
  }
  return out;
}

// "text:LABEL" for every mention; `names_only` leaves out dates and quantities.
inline std::vector<std::string> labelled_mentions(const std::string& text, bool names_only = false) {
  Document doc = find_entities_in(text);
  std::vector<std::string> out;
  for (const Entity& e : doc.entities) {
    if (names_only && (e.label == Label::Date || e.label == Label::Quantity)) continue;
    out.push_back(std::string(doc.span_text(e.span)) + ":" + std::string(label_name(e.label)));
  }
  return out;
}

}  // namespace ann
