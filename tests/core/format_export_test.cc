// export_document and its helpers (core/formats/export.h): each format reaches its writer,
// names round-trip, file names are safe.
#include "formats/export.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "document/document_json.h"
#include "formats/brat.h"
#include "formats/csv.h"
#include "formats/html.h"
#include "formats/w3c.h"

namespace ann {
namespace {

Document sample() {
  Document d;
  d.text = "😀 Vučić said Serbia sold nothing.";
  size_t v = d.text.find("Vučić"), s = d.text.find("Serbia sold nothing");
  d.groups = {{1, "Vučić", Label::Person, Origin::Auto}};
  d.entities = {{2, {static_cast<uint32_t>(v), static_cast<uint32_t>(v + 7)}, Label::Person, 1, Origin::Auto}};
  Claim c;
  c.id = 3;
  c.content = {static_cast<uint32_t>(s), static_cast<uint32_t>(s + 19)};
  c.source = d.entities[0].span;
  c.source_group = 1;
  d.claims = {c};
  return d;
}

TEST(FormatExport, EachFormatComesFromItsWriter) {
  Document d = sample();
  EXPECT_EQ(export_document(d, ExportFormat::DocumentJson), write_document_json(d, 2));
  ExportOptions compact;
  compact.pretty = false;
  EXPECT_EQ(export_document(d, ExportFormat::DocumentJson, compact), write_document_json(d, -1));
  EXPECT_EQ(export_document(d, ExportFormat::W3cJsonLd), write_w3c_annotations(d));
  EXPECT_EQ(export_document(d, ExportFormat::BratText), d.text);
  EXPECT_EQ(export_document(d, ExportFormat::BratAnnotations), write_brat_ann(d));
  EXPECT_EQ(export_document(d, ExportFormat::BratConfig), brat_annotation_conf());
  EXPECT_EQ(export_document(d, ExportFormat::ClaimsCsv), write_claims_csv(d));
  ExportOptions options;
  options.title = "Arms";
  options.lang = "sr";
  options.csv_excel_bom = true;
  options.source = "https://example.org/a";
  EXPECT_EQ(export_document(d, ExportFormat::Html, options), write_html(d, HtmlOptions{"Arms", "sr"}));
  EXPECT_EQ(export_document(d, ExportFormat::ClaimsCsv, options).substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(export_document(d, ExportFormat::W3cJsonLd, options).find("https://example.org/a#e2"),
            std::string::npos);
}

TEST(FormatExport, NamesMimeTypesAndFileNames) {
  std::set<std::string> names, files;
  for (int i = 0; i < kExportFormatCount; ++i) {
    auto format = static_cast<ExportFormat>(i);
    std::string_view name = export_format_name(format);
    EXPECT_EQ(export_format_from_name(name), format) << name;
    names.insert(std::string(name));
    files.insert(export_file_name(format));
    EXPECT_FALSE(export_mime_type(format).empty());
  }
  EXPECT_EQ(names.size(), static_cast<size_t>(kExportFormatCount));
  EXPECT_EQ(files.size(), static_cast<size_t>(kExportFormatCount));   // no two collide
  EXPECT_EQ(export_format_from_name("pdf"), std::nullopt);
  EXPECT_EQ(export_mime_type(ExportFormat::Html), "text/html; charset=utf-8");
  EXPECT_EQ(export_file_name(ExportFormat::Html, "serbia-arms"), "serbia-arms.html");
  EXPECT_EQ(export_file_name(ExportFormat::BratAnnotations, "serbia arms"), "serbia-arms.ann");
  EXPECT_EQ(export_file_name(ExportFormat::ClaimsCsv, "../etc/passwd"), "-etc-passwd.claims.csv");
  EXPECT_EQ(export_file_name(ExportFormat::W3cJsonLd, ""), "article.jsonld");
  EXPECT_EQ(export_file_name(ExportFormat::DocumentJson, "Vučić"), "Vučić.json");
  EXPECT_EQ(export_file_name(ExportFormat::DocumentJson, "Vu\xC4"), "Vu-.json");   // bad UTF-8
  EXPECT_EQ(export_file_name(ExportFormat::Html, "a/b\\c:d"), "a-b-c-d.html");
  EXPECT_EQ(export_file_name(ExportFormat::BratConfig, "x"), "annotation.conf");
}

}  // namespace
}  // namespace ann
