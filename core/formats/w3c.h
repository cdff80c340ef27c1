// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD: one
// AnnotationCollection whose first (and only) AnnotationPage holds an Annotation per entity
// mention, then one per claim. docs/exports.md shows a whole file.
//
// Entity: motivation "tagging"; body [{TextualBody, purpose "tagging", value "PERSON"},
//   {id "<source>#g1", TextualBody, purpose "identifying", value "Aleksandar Vučić"}] (the
//   group: mentions of one entity share that body id); target {source, selector [
//   TextPositionSelector {start, end} in code points, TextQuoteSelector {exact, prefix,
//   suffix} with up to 32 code points of context]}.
// Claim: motivation "describing"; body [{purpose "classifying", value "claim"}, {purpose
//   "tagging", value "direct"|"indirect"|"mixed"}, {purpose "tagging", value
//   "assert"|"deny"}, the source's group as an "identifying" body]; target: up to three
//   SpecificResources told apart by styleClass "claim-content", "claim-source",
//   "claim-cue" (with the annotation's CssStylesheet showing them).
// creator {type "Software"} marks what the finders found, {type "Person"} a manual edit.
//
// The text is not embedded: annotations point at the article by IRI (options.source), and
// reading needs the text, given by the caller (the app holds it). Selectors are checked
// against it: a position whose text differs from the quote is re-anchored by the quote.
#pragma once
#include <string>
#include <string_view>

#include "document/document.h"
#include "util/status.h"

namespace ann {

struct W3cOptions {
  // The article's IRI: every target's source; annotation ids are "<source>#e7", "#c3"...
  std::string source = "urn:article-annotator:article";
  int indent = 2;   // < 0: one line
};

constexpr size_t kQuoteContextCodePoints = 32;

std::string write_w3c_annotations(const Document& doc, const W3cOptions& options = {});

// Reads an AnnotationCollection (or a single AnnotationPage) as written above into a
// Document of `text` (valid UTF-8). Ids are renumbered. Never throws; on error `*out` is
// untouched and the message names the place: "items[3].target.selector[0].end: 5120 is past
// the end of the text (4096 code points)".
Status read_w3c_annotations(std::string_view json, std::string_view text, Document* out);

}  // namespace ann
