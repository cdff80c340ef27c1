// One entry point for every export, so the app's menu and the JS API call one function:
//
//   std::string html = ann::export_document(doc, ann::ExportFormat::Html);
//   ann::export_file_name(ann::ExportFormat::Html, "serbia-arms")   => "serbia-arms.html"
//   ann::export_mime_type(ann::ExportFormat::Html)                  => "text/html; charset=utf-8"
//   ann::export_format_from_name("brat-ann")                        => ExportFormat::BratAnnotations
//
// Formats (docs/exports.md shows each): the document JSON (docs/format.md), W3C Web
// Annotation JSON-LD, brat standoff (.txt + .ann, and an annotation.conf), the claims CSV and
// a standalone HTML page.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "document/document.h"

namespace ann {

enum class ExportFormat : uint8_t {
  DocumentJson,      // "json"       article.json
  W3cJsonLd,         // "w3c"        article.jsonld
  BratText,          // "brat-txt"   article.txt
  BratAnnotations,   // "brat-ann"   article.ann
  BratConfig,        // "brat-conf"  annotation.conf
  ClaimsCsv,         // "csv"        article.claims.csv
  Html,              // "html"       article.html
};
constexpr int kExportFormatCount = 7;

struct ExportOptions {
  std::string title = "Annotated article";                 // HTML title and heading
  std::string lang = "en";                                  // HTML lang attribute
  std::string source = "urn:article-annotator:article";     // W3C: the article's IRI
  bool pretty = true;                                       // JSON formats: indented
  bool csv_excel_bom = false;                               // CSV: UTF-8 BOM for Excel
};

std::string export_document(const Document& doc, ExportFormat format,
                            const ExportOptions& options = {});

std::string_view export_format_name(ExportFormat format);
std::optional<ExportFormat> export_format_from_name(std::string_view name);
std::string_view export_mime_type(ExportFormat format);
// A file name from `base` (an article name): ASCII characters other than letters, digits,
// "-", "_" and "." become "-" (so do all non-ASCII bytes of invalid UTF-8), leading dots go;
// an empty base becomes "article". brat's conf file is always
// "annotation.conf" (brat looks for that name).
std::string export_file_name(ExportFormat format, std::string_view base = "article");

}  // namespace ann
