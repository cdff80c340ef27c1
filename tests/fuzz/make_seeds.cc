// Writes seed corpora for the fuzz targets from a folder of articles (*.txt), e.g. the dev
// corpus. The seeds go to a build or /tmp folder, never into the repository (several dev
// articles are not openly licensed):
//
//   make_fuzz_seeds ../shared/corpus/dev build/fuzz/seeds
//   => seeds/annotate/<name>.txt             the article, and its first ~1500 bytes
//      seeds/document_json/<name>.json       what `annotate` writes for it (one line, pretty)
//      seeds/w3c/<name>.w3c                  "<text>\0<W3C JSON-LD export>"
//      seeds/dictionary/<name>.dict          "<dictionary of its entity groups>\0<text>"
//      seeds/exports/<name>.json             the document JSON again (fuzz_exports reads it)
//      seeds/html_to_text/<name>.html        its HTML export, and the text in <p> paragraphs
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "annotator.h"
#include "document/document_json.h"
#include "formats/html.h"
#include "formats/w3c.h"

namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// The article cut at the last line break before `max_bytes`: small seeds mutate faster.
std::string head_of(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = text.rfind('\n', max_bytes);
  return text.substr(0, cut == std::string::npos || cut == 0 ? max_bytes : cut);
}

// [{"name": canonical, "label": ..., "aliases": [other mention texts]}] for a document.
std::string dictionary_of(const ann::Document& doc) {
  nlohmann::json entries = nlohmann::json::array();
  for (const ann::EntityGroup& group : doc.groups) {
    nlohmann::json entry = {{"name", group.canonical}, {"label", ann::label_name(group.label)}};
    nlohmann::json aliases = nlohmann::json::array();
    for (const ann::Entity& e : doc.entities) {
      std::string mention(doc.span_text(e.span));
      if (e.group == group.id && mention != group.canonical && !aliases.contains(mention)) {
        aliases.push_back(mention);
      }
    }
    if (!aliases.empty()) entry["aliases"] = aliases;
    entries.push_back(entry);
  }
  return entries.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// "<p>first paragraph</p>\n<p>second &amp; last</p>": the text as a web page would hold it.
std::string paragraphs_of(const std::string& text) {
  std::string out = "<!doctype html><meta charset=utf-8><title>t</title><p>";
  for (char c : text) {
    if (c == '\n') out += "</p>\n<p>";
    else if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else out += c;
  }
  return out + "</p>";
}

void write_seeds(const std::string& name, const std::string& text, const fs::path& out) {
  ann::Document doc = ann::annotate(text);
  write_file(out / "annotate" / (name + ".txt"), text);
  write_file(out / "document_json" / (name + ".json"), ann::write_document_json(doc));
  write_file(out / "document_json" / (name + ".pretty.json"), ann::write_document_json(doc, 2));
  ann::W3cOptions compact;
  compact.indent = -1;
  write_file(out / "w3c" / (name + ".w3c"), doc.text + '\0' + ann::write_w3c_annotations(doc, compact));
  write_file(out / "dictionary" / (name + ".dict"), dictionary_of(doc) + '\0' + text);
  write_file(out / "exports" / (name + ".json"), ann::write_document_json(doc));
  write_file(out / "html_to_text" / (name + ".html"), ann::write_html(doc));
  write_file(out / "html_to_text" / (name + ".p.html"), paragraphs_of(text));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: make_fuzz_seeds ARTICLE_DIR OUT_DIR\n";
    return 2;
  }
  fs::path in = argv[1], out = argv[2];
  for (const char* target : {"annotate", "document_json", "w3c", "dictionary", "exports", "html_to_text"}) {
    fs::create_directories(out / target);
  }
  int articles = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(in)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::string name = entry.path().stem().string();
    write_seeds(name, text, out);
    write_seeds(name + ".head", head_of(text, 1500), out);
    ++articles;
  }
  std::cout << "seeds for " << articles << " articles in " << out.string() << "\n";
  return articles > 0 ? 0 : 1;
}
