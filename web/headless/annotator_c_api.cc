#include "annotator_c_api.h"

#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "annotator.h"
#include "document/document_json.h"
#include "entities/dictionary.h"
#include "formats/export.h"
#include "c_strings.h"

namespace {

using ann::wasm::copy_out;
using ann::wasm::view_of;

// The dictionary set by ann_set_dictionary; a single host thread calls in (wasm has one).
ann::Dictionary g_dictionary;
bool g_has_dictionary = false;

ann::Document annotate_with_dictionary(const char* utf8, int len) {
  ann::AnnotateOptions options;
  if (g_has_dictionary) options.dictionary = &g_dictionary;
  return ann::annotate(view_of(utf8, len), options);
}

}  // namespace

extern "C" {

char* ann_annotate(const char* utf8, int len, int* out_len) {
  return copy_out(ann::write_document_json(annotate_with_dictionary(utf8, len)), out_len);
}

char* ann_annotate_without_text(const char* utf8, int len, int* out_len) {
  return copy_out(ann::write_document_json_without_text(annotate_with_dictionary(utf8, len)), out_len);
}

char* ann_set_dictionary(const char* json, int len) {
  std::string_view text = view_of(json, len);
  if (text.empty()) {
    g_dictionary = {};
    g_has_dictionary = false;
    return nullptr;
  }
  ann::Dictionary parsed;
  ann::Status status = ann::parse_dictionary_json(text, &parsed);
  if (!status.ok()) return copy_out(status.message(), nullptr);
  g_dictionary = std::move(parsed);
  g_has_dictionary = true;
  return nullptr;
}

char* ann_export(const char* doc_json, int len, const char* format_name, int* out_len, int* ok) {
  *ok = 0;
  std::optional<ann::ExportFormat> format =
      ann::export_format_from_name(format_name == nullptr ? "" : format_name);
  if (!format) {
    return copy_out(std::string("unknown format \"") + (format_name ? format_name : "") +
                        "\" (json, w3c, brat-txt, brat-ann, brat-conf, csv, html)", out_len);
  }
  ann::Document doc;
  ann::Status status = ann::read_document_json(view_of(doc_json, len), &doc);
  if (!status.ok()) return copy_out(status.message(), out_len);
  *ok = 1;
  return copy_out(ann::export_document(doc, *format), out_len);
}

void ann_free(char* buffer) { std::free(buffer); }

}  // extern "C"
