#include "formats/export.h"

#include <array>

#include "document/document_json.h"
#include "formats/brat.h"
#include "formats/csv.h"
#include "formats/html.h"
#include "formats/line_feeds.h"
#include "formats/w3c.h"
#include "text/utf8.h"

namespace ann {
namespace {

struct FormatInfo {
  std::string_view name, mime, extension;
};
constexpr std::array<FormatInfo, kExportFormatCount> kFormats = {{
    {"json", "application/json", ".json"},
    {"w3c", "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"", ".jsonld"},
    {"brat-txt", "text/plain; charset=utf-8", ".txt"},
    {"brat-ann", "text/plain; charset=utf-8", ".ann"},
    {"brat-conf", "text/plain; charset=utf-8", ".conf"},
    {"csv", "text/csv; charset=utf-8; header=present", ".claims.csv"},
    {"html", "text/html; charset=utf-8", ".html"},
}};

const FormatInfo& info(ExportFormat format) { return kFormats[static_cast<size_t>(format)]; }

}  // namespace

std::string export_document(const Document& doc, ExportFormat format, const ExportOptions& options) {
  switch (format) {
    case ExportFormat::DocumentJson:
      return write_document_json(doc, options.pretty ? 2 : -1);
    case ExportFormat::W3cJsonLd:
      return write_w3c_annotations(doc, W3cOptions{options.source, options.pretty ? 2 : -1});
    // brat counts offsets in the text it reads with universal newlines ("\r\n" is one "\n"):
    // both files come from that text, so the .ann agrees with brat (formats/line_feeds.h).
    case ExportFormat::BratText:
      return has_carriage_returns(doc) ? with_line_feeds(doc).text : doc.text;
    case ExportFormat::BratAnnotations:
      if (has_carriage_returns(doc)) return write_brat_ann(with_line_feeds(doc));
      return write_brat_ann(doc);
    case ExportFormat::BratConfig:
      return brat_annotation_conf();
    case ExportFormat::ClaimsCsv:
      return write_claims_csv(doc, CsvOptions{options.csv_excel_bom});
    case ExportFormat::Html:
      return write_html(doc, HtmlOptions{options.title, options.lang});
  }
  return {};
}

std::string_view export_format_name(ExportFormat format) { return info(format).name; }

std::optional<ExportFormat> export_format_from_name(std::string_view name) {
  for (size_t i = 0; i < kFormats.size(); ++i) {
    if (kFormats[i].name == name) return static_cast<ExportFormat>(i);
  }
  return std::nullopt;
}

std::string_view export_mime_type(ExportFormat format) { return info(format).mime; }

std::string export_file_name(ExportFormat format, std::string_view base) {
  if (format == ExportFormat::BratConfig) return "annotation.conf";
  std::string name;
  const bool keep_non_ascii = is_valid_utf8(base);   // "Vučić" stays readable
  for (char c : base) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || c == '.' ||
                (keep_non_ascii && static_cast<unsigned char>(c) >= 0x80);
    name += keep ? c : '-';
  }
  // No hidden or parent-directory names: "..", ".profile".
  while (!name.empty() && name.front() == '.') name.erase(0, 1);
  if (name.empty()) name = "article";
  return name + std::string(info(format).extension);
}

}  // namespace ann
