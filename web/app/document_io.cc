#include "app/document_io.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <utility>

#include "annotator.h"
#include "document/document_json.h"
#include "formats/w3c.h"
#include "imgui.h"
#include "platform/browser.h"
#include "text/html_to_text.h"
#include "text/utf8.h"

namespace ann::web {
namespace {

using nlohmann::json;

// Annotation slower than this shows the progress message first.
constexpr double kProgressAfterMs = 100;

const char* const kQuoteOpen = "\xE2\x80\x9C";    // “
const char* const kQuoteClose = "\xE2\x80\x9D";   // ”

std::string in_quotes(std::string_view name) { return kQuoteOpen + std::string(name) + kQuoteClose; }

// "Report.HTML" => "html"; "" when there is no extension.
std::string extension_of(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == name.size()) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return ext;
}

// Windows Notepad saves "Unicode" text as UTF-16 with a byte order mark: FF FE (little
// endian) or FE FF. Returns false when `bytes` has neither. Lone surrogates become U+FFFD.
bool utf16_to_utf8(std::string_view bytes, std::string* out) {
  if (bytes.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  const bool little = b0 == 0xFF && b1 == 0xFE;
  if (!little && !(b0 == 0xFE && b1 == 0xFF)) return false;
  const auto unit = [&](size_t i) -> uint32_t {
    const auto lo = static_cast<unsigned char>(bytes[i + (little ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(bytes[i + (little ? 1 : 0)]);
    return static_cast<uint32_t>(hi << 8 | lo);
  };
  out->clear();
  for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      const uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(*out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(*out, (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u);
  }
  return true;
}

// Why `bytes` (a file named .txt/.md/.html) is not text, or "" when it looks like text: a NUL
// byte or many control characters in its first 64 KB. Well-known binary formats are named.
std::string why_not_text(std::string_view bytes) {
  if (bytes.substr(0, 5) == "%PDF-") return "it is a PDF: copy its text and paste it instead";
  if (bytes.substr(0, 4) == "PK\x03\x04") return "it is a ZIP archive (a .docx or .odt?): copy its text and paste it instead";
  const std::string_view head = bytes.substr(0, 64 * 1024);
  size_t control = 0;
  for (char c : head) {
    const auto u = static_cast<unsigned char>(c);
    if (u == 0) return "it looks binary, not like text";
    if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control * 20 > head.size()) return "it looks binary, not like text";
  return "";
}

// A file name part from a title: ASCII letters and digits in lower case, common accented
// letters without their accents, words joined by "-": "Vučić’s “no” to Krušik" =>
// "vucic-s-no-to-krusik".
std::string slug(std::string_view title, size_t max_words) {
  static constexpr std::pair<std::string_view, char> kFolds[] = {
      {"č", 'c'}, {"ć", 'c'}, {"ç", 'c'}, {"š", 's'}, {"ś", 's'}, {"ş", 's'}, {"ž", 'z'}, {"ź", 'z'},
      {"ż", 'z'}, {"đ", 'd'}, {"ł", 'l'}, {"ń", 'n'}, {"ñ", 'n'}, {"ğ", 'g'}, {"ı", 'i'}, {"á", 'a'},
      {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ã", 'a'}, {"å", 'a'}, {"ą", 'a'}, {"é", 'e'}, {"è", 'e'},
      {"ê", 'e'}, {"ë", 'e'}, {"ę", 'e'}, {"ě", 'e'}, {"í", 'i'}, {"ì", 'i'}, {"î", 'i'}, {"ï", 'i'},
      {"ó", 'o'}, {"ò", 'o'}, {"ô", 'o'}, {"ö", 'o'}, {"õ", 'o'}, {"ø", 'o'}, {"ú", 'u'}, {"ù", 'u'},
      {"û", 'u'}, {"ü", 'u'}, {"ů", 'u'}, {"ý", 'y'}, {"ř", 'r'}, {"ť", 't'}, {"ď", 'd'}, {"ň", 'n'},
      {"Č", 'c'}, {"Ć", 'c'}, {"Š", 's'}, {"Ž", 'z'}, {"Đ", 'd'}, {"Ł", 'l'}, {"É", 'e'}, {"Ö", 'o'},
      {"Ü", 'u'}, {"Ä", 'a'}, {"ß", 's'},
  };
  std::string out;
  size_t words = 0;
  bool gap = false;
  for (size_t i = 0; i < title.size() && words <= max_words;) {
    char c = title[i];
    char folded = 0;
    size_t used = 1;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      folded = c;
    } else if (c >= 'A' && c <= 'Z') {
      folded = static_cast<char>(c + 32);
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      for (const auto& [from, to] : kFolds) {
        if (title.substr(i, from.size()) == from) {
          folded = to;
          used = from.size();
          break;
        }
      }
      if (!folded) {   // skip the whole UTF-8 sequence
        while (i + used < title.size() && (static_cast<unsigned char>(title[i + used]) & 0xC0) == 0x80) ++used;
      }
    }
    if (folded) {
      if (gap && !out.empty()) {
        if (++words >= max_words) break;
        out += '-';
      }
      gap = false;
      out += folded;
    } else {
      gap = true;
    }
    i += used;
  }
  return out.empty() ? "article" : out;
}

std::string_view format_label(ExportFormat format) {
  switch (format) {
    case ExportFormat::DocumentJson: return "document JSON";
    case ExportFormat::W3cJsonLd: return "W3C JSON-LD";
    case ExportFormat::BratText: return "brat text";
    case ExportFormat::BratAnnotations: return "brat annotations";
    case ExportFormat::BratConfig: return "brat annotation.conf";
    case ExportFormat::ClaimsCsv: return "claims CSV";
    case ExportFormat::Html: return "HTML page";
  }
  return "export";
}

}  // namespace

DocumentIo& document_io() {
  static DocumentIo io;
  return io;
}

void DocumentIo::start(AppState& state) {
  state_ = &state;
  // Read-only (an embedding option): paste and drop do not replace the article; the host
  // page still can, through the embedding API.
  auto refused = [this] {
    if (!state_->options().read_only) return false;
    state_->set_notice("This annotator is read-only.");
    return true;
  };
  connect_io({
      .on_text = [this, refused](std::string text) { if (!refused()) take_text(*state_, std::move(text)); },
      .on_html = [this, refused](std::string html, std::string plain) {
        if (!refused()) take_html(*state_, html, std::move(plain));
      },
      .on_file = [this, refused](std::string name, std::string bytes, std::string error) {
        if (refused()) return;
        if (error.rfind("too-big ", 0) == 0) {
          state_->set_notice(in_quotes(name) + " is too big to open (" +
                             size_text(std::stoull(error.substr(8))) + ").");
        } else if (!error.empty()) {
          state_->set_notice(in_quotes(name) + " could not be read: " + error);
        } else {
          open_file(*state_, name, std::move(bytes));
        }
      },
      .on_clipboard_blocked = [this](std::string reason) { clipboard_blocked(*state_, reason); },
      .test_query = [this](std::string_view query) { return test_query(query, *state_); },
  });
  autosave_.start(state, !page_is_embedded());
}

void DocumentIo::before_frame(AppState& state) {
  items_.clear();
  // A big text: one long step per frame, and a frame drawn between steps (the card shows).
  if (big_step_ != BigStep::None && progress_frames_ >= 1) {
    progress_frames_ = 0;
    wake_app();
    if (big_step_ == BigStep::Queued) {
      if (pending_text_.find_first_not_of(" \t\n\r\f\v") == std::string::npos) {
        big_step_ = BigStep::None;   // set_text says it is blank
        progress_message_.clear();
        return state.set_text(std::move(pending_text_));
      }
      const auto start = std::chrono::steady_clock::now();
      AnnotateOptions options;
      options.dictionary = state.dictionary().entries.empty() ? nullptr : &state.dictionary();
      annotated_ = annotate(pending_text_, options);
      annotated_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      pending_text_ = std::string();   // the document holds its own copy
      big_step_ = BigStep::Annotated;
    } else {
      // The article view lays the text out in this frame; the save (the whole document
      // JSON, ~2 MB for a 1 MB article) waits for the next.
      hand_over(state);
    }
    return;
  }
  if (big_step_ != BigStep::None) return;   // nothing to save yet
  autosave_.after_change(state);
}

// --- Input -------------------------------------------------------------------------------------

void DocumentIo::take_text(AppState& state, std::string text, std::string_view source) {
  // Ctrl+V while typing in a text field (the search bar) is for that field.
  if (source.empty() && ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    return;
  }
  if (text.size() > kMaxTextBytes) {
    state.set_notice("The text is too long (" + size_text(text.size()) + "; the limit is " +
                     size_text(kMaxTextBytes) + ").");
    return;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.erase(0, 3);   // a UTF-8 byte order mark
  const double expected_ms = estimated_ms(text.size());
  if (expected_ms <= kProgressAfterMs) {
    annotate_now(state, std::move(text), std::string(source));
    return;
  }
  // Show "Annotating 1.2 MB…" first; before_frame() does the work once it was drawn.
  big_step_ = BigStep::Queued;
  pending_text_ = std::move(text);
  pending_source_ = std::string(source);
  progress_frames_ = 0;
  progress_message_ = "Annotating " + size_text(pending_text_.size()) + "\xE2\x80\xA6";
  wake_app();
}

void DocumentIo::annotate_now(AppState& state, std::string text, std::string source) {
  const size_t bytes = text.size();
  const auto start = std::chrono::steady_clock::now();
  state.set_text(std::move(text));
  last_handover_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() -
                      state.annotate_ms();
  // Learn this machine's speed from texts big enough to measure (20 KB: several ms).
  if (bytes >= 20000 && state.annotate_ms() > 1) bytes_per_ms_ = static_cast<double>(bytes) / state.annotate_ms();
  if (!source.empty() && state.notice().empty() && state.has_text()) {
    state.set_notice("Opened " + in_quotes(source) + ".");
  }
}

void DocumentIo::hand_over(AppState& state) {
  big_step_ = BigStep::None;
  progress_message_.clear();
  const size_t bytes = annotated_.text.size();
  const auto start = std::chrono::steady_clock::now();
  state.set_annotated(std::move(annotated_), annotated_ms_);
  annotated_ = Document();
  last_handover_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (annotated_ms_ > 1) bytes_per_ms_ = static_cast<double>(bytes) / annotated_ms_;
  if (!pending_source_.empty() && state.notice().empty()) {
    state.set_notice("Opened " + in_quotes(pending_source_) + ".");
  }
  pending_source_.clear();
}

void DocumentIo::take_html(AppState& state, std::string_view html, std::string plain,
                           std::string_view source) {
  if (source.empty() && ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) {
    return take_text(state, std::move(plain));
  }
  std::string text = html_to_text(html);
  if (text.empty() && !plain.empty()) text = std::move(plain);
  if (text.empty()) {
    state.set_notice(source.empty() ? "The pasted HTML holds no text."
                                    : in_quotes(source) + " holds no text.");
    return;
  }
  take_text(state, std::move(text), source);
}

void DocumentIo::open_file(AppState& state, std::string_view name, std::string bytes) {
  const std::string ext = extension_of(name);
  const bool is_text = ext == "txt" || ext == "text" || ext == "md" || ext == "markdown";
  const bool is_html = ext == "html" || ext == "htm" || ext == "xhtml";
  const bool is_json = ext == "json" || ext == "jsonld";
  if (!is_text && !is_html && !is_json) {
    state.set_notice(in_quotes(name) + " cannot be opened: use a .txt, .md, .html or .json file" +
                     " (or paste the text).");
    return;
  }
  if (bytes.empty()) {
    state.set_notice(in_quotes(name) + " is empty.");
    return;
  }
  std::string decoded;
  if (utf16_to_utf8(bytes, &decoded)) bytes = std::move(decoded);
  if (std::string why = why_not_text(bytes); !why.empty()) {
    state.set_notice(in_quotes(name) + " cannot be opened: " + why + ".");
    return;
  }
  if (is_json) {
    Status status = import_json(state, bytes);
    state.set_notice(status.ok() ? "Imported " + in_quotes(name) + "."
                                 : in_quotes(name) + " was not imported: " + status.message());
    return;
  }
  if (is_html) return take_html(state, bytes, {}, name);
  take_text(state, std::move(bytes), name);
}

Status DocumentIo::import_json(AppState& state, std::string_view text) {
  const json root = json::parse(text, nullptr, false);
  if (root.is_discarded()) return Status::Error("it is not valid JSON.");
  if (!root.is_object()) return Status::Error("it is JSON, but not an object.");
  const auto string_field = [&](const char* key) {
    return root.contains(key) && root[key].is_string() ? root[key].get<std::string>() : std::string();
  };
  const std::string type = string_field("type");
  if (type == "AnnotationCollection" || type == "AnnotationPage" || root.contains("@context")) {
    if (!state.has_text()) {
      return Status::Error("it holds W3C annotations without their article. Open or paste the "
                           "article first, then import its annotations.");
    }
    Document doc;
    Status status = read_w3c_annotations(text, state.document().text, &doc);
    if (!status.ok()) return status;
    state.set_document(std::move(doc));
    return status;
  }
  if (root.contains("schema") || root.contains("text")) {
    Document doc;
    Status status = read_document_json(text, &doc);
    if (!status.ok()) return status;
    state.set_document(std::move(doc));
    return status;
  }
  return Status::Error("it is neither this app's document JSON nor W3C Web Annotations "
                       "(JSON-LD).");
}

void DocumentIo::clipboard_blocked(AppState& state, std::string_view reason) {
  std::string notice = "The browser did not let the app read the clipboard";
  if (reason == "NoClipboardApi") notice = "This browser does not let pages read the clipboard";
  state.set_notice(notice + ": press Ctrl+V (Cmd+V on a Mac) instead.");
}

// --- Export ------------------------------------------------------------------------------------

std::string DocumentIo::file_base_name(const Document& doc) const {
  return slug(document_title(doc.text), 6);
}

void DocumentIo::export_document(AppState& state, ExportFormat format, ExportAction action) {
  const Document& doc = state.document();
  ExportOptions options;
  options.title = document_title(doc.text);
  const std::string base = file_base_name(doc);
  const auto one = [&](ExportFormat f) {
    std::string content = ann::export_document(doc, f, options);
    const std::string name = export_file_name(f, base);
    if (action == ExportAction::Download) {
      download_file(name, export_mime_type(f), content);
    } else {
      copy_to_clipboard(content);
    }
    return std::make_pair(name, content.size());
  };
  if (format == ExportFormat::BratText && action == ExportAction::Download) {
    // brat needs both files side by side: one click, two downloads.
    auto [txt, txt_bytes] = one(ExportFormat::BratText);
    auto [ann, ann_bytes] = one(ExportFormat::BratAnnotations);
    state.set_notice("Downloaded " + txt + " and " + ann + " (brat standoff; put them in one "
                     "folder with annotation.conf).");
    return;
  }
  auto [name, bytes] = one(format);
  if (action == ExportAction::Download) {
    state.set_notice("Downloaded " + name + " (" + size_text(bytes) + ").");
  } else {
    state.set_notice("Copied the " + std::string(format_label(format)) + " (" + size_text(bytes) +
                     ") to the clipboard.");
  }
}

// --- Tests -------------------------------------------------------------------------------------

void DocumentIo::note_item(std::string name, float x, float y, float width, float height) {
  items_.push_back({std::move(name), x, y, width, height});
}

// "progress" {"message":"Annotating 1.2 MB…","pending":true}
// "stored"   {"current":"d17...","saves":3,"error":"","documents":[{"id","title","bytes",
//             "saved","damaged"}],"problem":"","opened":true,"backend":"indexeddb",
//             "backend_problem":"","migrated":0,"saving":false,"loading":false,
//             "last_save_bytes":5120}
// "items"    [{"name":"toolbar/Export","x":..,"y":..,"width":..,"height":..}]
// "notice"   {"notice":"..."}
// "document" the document JSON (document_json.h)
std::string DocumentIo::test_query(std::string_view query, AppState& state) {
  const auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  if (query == "progress") {
    return dump({{"message", progress_message_}, {"pending", big_step_ != BigStep::None},
                 {"bytes_per_ms", bytes_per_ms_}, {"annotate_ms", state.annotate_ms()},
                 {"handover_ms", last_handover_ms_}});
  }
  if (query == "stored") {
    std::string problem;
    json documents = json::array();
    for (const StoredDocument& d : autosave_.store().list(&problem)) {
      documents.push_back({{"id", d.id}, {"title", d.title}, {"bytes", d.bytes},
                           {"saved", d.saved_ms}, {"damaged", d.damaged}});
    }
    const DocumentStore& store = autosave_.store();
    return dump({{"current", autosave_.current_id()}, {"saves", autosave_.saves()},
                 {"error", autosave_.last_error()}, {"documents", documents}, {"problem", problem},
                 {"opened", store.opened()}, {"backend", store.backend()},
                 {"backend_problem", store.problem()}, {"migrated", store.migrated()},
                 {"saving", autosave_.saving()}, {"unsaved", autosave_.unsaved(state)}, {"loading", !autosave_.loading_message().empty()},
                 {"last_save_bytes", autosave_.last_save_bytes()},
                 {"last_save_ms", autosave_.last_save_ms()}, {"last_load_ms", autosave_.last_load_ms()}});
  }
  if (query == "items") {
    json items = json::array();
    for (const Item& item : items_) {
      items.push_back({{"name", item.name}, {"x", item.x}, {"y", item.y}, {"width", item.width},
                       {"height", item.height}});
    }
    return dump(items);
  }
  if (query == "notice") return dump({{"notice", state.notice()}});
  if (query == "document") return write_document_json(state.document());
  return dump({{"error", "unknown query"}});
}

}  // namespace ann::web
