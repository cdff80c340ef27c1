// libFuzzer target: every export of any document the JSON import accepts (document JSON,
// W3C, brat .txt/.ann, claims CSV, HTML). Input: a document JSON file. Checks, besides no
// crash: the W3C export imports again to the same document; every brat T line's ranges
// select its text in the .txt (code points, as brat reads it); the CSV has one row per claim
// plus the header; the HTML is valid UTF-8 and holds no "<script".
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "document/document_json.h"
#include "formats/export.h"
#include "formats/w3c.h"
#include "fuzz_checks.h"
#include "text/offsets.h"
#include "text/utf8.h"

namespace {

// "T3\tContent 10 20;21 30\tfirst second": the ranges' texts joined by spaces must be the
// line's text. The .txt holds no "\r" (export.cc writes it with line feeds), so code points
// of the .txt are what brat counts.
void check_brat(const std::string& txt, const std::string& ann) {
  ann::fuzz::check(txt.find('\r') == std::string::npos, "brat .txt holds a carriage return");
  ann::OffsetMap offsets(txt);
  std::istringstream lines(ann);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] != 'T') continue;
    size_t tab1 = line.find('\t'), space = line.find(' ', tab1), tab2 = line.find('\t', space);
    ann::fuzz::check(tab1 != std::string::npos && space != std::string::npos && tab2 != std::string::npos,
                     "brat T line without its fields:", line);
    std::istringstream ranges(line.substr(space + 1, tab2 - space - 1));
    std::string selected;
    for (std::string range; std::getline(ranges, range, ';');) {
      size_t start = 0, end = 0;
      std::istringstream(range) >> start >> end;
      ann::fuzz::check(start <= end && end <= offsets.code_point_size(), "brat range outside the text:", line);
      size_t b = offsets.code_point_to_byte(start), e = offsets.code_point_to_byte(end);
      selected += (selected.empty() ? "" : " ") + txt.substr(b, e - b);
    }
    ann::fuzz::check(selected == line.substr(tab2 + 1), "brat ranges do not select the T line's text:", line);
  }
}

size_t csv_rows(std::string_view csv) {
  size_t rows = 0;
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    if (csv[i] == '"') quoted = !quoted;
    if (!quoted && csv[i] == '\n') ++rows;
  }
  return rows;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  ann::Document doc;
  if (!ann::read_document_json(json, &doc).ok()) return 0;
  ann::fuzz::check_document(doc);

  for (int f = 0; f < ann::kExportFormatCount; ++f) {
    std::string out = ann::export_document(doc, static_cast<ann::ExportFormat>(f));
    ann::fuzz::check(ann::is_valid_utf8(out), "an export is not valid UTF-8:",
                     std::string(ann::export_format_name(static_cast<ann::ExportFormat>(f))));
  }
  check_brat(ann::export_document(doc, ann::ExportFormat::BratText),
             ann::export_document(doc, ann::ExportFormat::BratAnnotations));
  ann::fuzz::check(csv_rows(ann::export_document(doc, ann::ExportFormat::ClaimsCsv)) == doc.claims.size() + 1,
                   "the CSV does not have one row per claim");
  std::string html = ann::export_document(doc, ann::ExportFormat::Html);
  ann::fuzz::check(html.find("<script") == std::string::npos, "the HTML export holds a <script");

  ann::Document back;
  ann::Status s = ann::read_w3c_annotations(ann::export_document(doc, ann::ExportFormat::W3cJsonLd), doc.text, &back);
  ann::fuzz::check(s.ok(), "the W3C export does not import:", s.message());
  ann::fuzz::check(ann::fuzz::fingerprint(back) == ann::fuzz::fingerprint(doc), "W3C export then import changes the document");
  return 0;
}
