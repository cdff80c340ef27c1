#include "app/storage.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "document/document_json.h"
#include "platform/browser.h"

namespace ann::web {
namespace {

constexpr std::string_view kDocPrefix = "annotator.doc.";
constexpr std::string_view kMetaPrefix = "annotator.meta.";
constexpr std::string_view kCurrentKey = "annotator.current";

std::string doc_key(const std::string& id) { return std::string(kDocPrefix) + id; }
std::string meta_key(const std::string& id) { return std::string(kMetaPrefix) + id; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A new id from the clock: "d1732547681000", or "d1732547681000-2" if that one is taken.
std::string new_document_id(const DocumentStore& store, double now) {
  const std::string base = "d" + std::to_string(static_cast<long long>(now));
  std::string id = base;
  std::string unused;
  for (int n = 2; storage_get(meta_key(id), &unused) || storage_get(doc_key(id), &unused); ++n) {
    id = base + "-" + std::to_string(n);
  }
  (void)store;
  return id;
}

// "QuotaExceededError: Setting the value of 'x' exceeded the quota." => "storage is full".
std::string reason_for_user(const std::string& error) {
  if (error.find("QuotaExceeded") != std::string::npos) return "the browser's storage is full";
  if (error.find("SecurityError") != std::string::npos) return "storage is disabled in this browser";
  return error;
}

}  // namespace

// --- DocumentStore -----------------------------------------------------------------------------

std::vector<StoredDocument> DocumentStore::list(std::string* problem) const {
  std::vector<StoredDocument> documents;
  int damaged = 0;
  for (const std::string& key : storage_keys(kMetaPrefix)) {
    StoredDocument entry;
    entry.id = key.substr(kMetaPrefix.size());
    std::string value;
    if (!storage_get(key, &value)) continue;   // removed meanwhile
    const nlohmann::json meta = nlohmann::json::parse(value, nullptr, false);
    if (meta.is_object() && meta.contains("title") && meta["title"].is_string() &&
        meta.contains("saved") && meta["saved"].is_number() && meta.contains("bytes") &&
        meta["bytes"].is_number_unsigned()) {
      entry.title = meta["title"].get<std::string>();
      entry.saved_ms = meta["saved"].get<double>();
      entry.bytes = meta["bytes"].get<size_t>();
    } else {
      entry.damaged = true;
      entry.title = "Damaged entry " + entry.id;
      ++damaged;
    }
    documents.push_back(std::move(entry));
  }
  std::stable_sort(documents.begin(), documents.end(),
                   [](const StoredDocument& a, const StoredDocument& b) { return a.saved_ms > b.saved_ms; });
  if (problem) {
    problem->clear();
    if (damaged > 0) {
      *problem = std::to_string(damaged) + (damaged == 1 ? " stored entry is" : " stored entries are") +
                 " damaged and cannot be opened (delete them from Recent).";
    }
  }
  return documents;
}

Status DocumentStore::save(const std::string& id, const Document& doc, double now_ms) const {
  std::string error = storage_set(doc_key(id), write_document_json(doc));
  if (error.empty()) {
    nlohmann::json meta = {{"title", document_title(doc.text)}, {"saved", now_ms}, {"bytes", doc.text.size()}};
    error = storage_set(meta_key(id), meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  if (!error.empty()) return Status::Error(error);
  return Status();
}

Status DocumentStore::load(const std::string& id, Document* out) const {
  std::string json;
  if (!storage_get(doc_key(id), &json)) {
    return Status::Error("it is no longer in this browser's storage");
  }
  Status status = read_document_json(json, out);
  if (!status.ok()) return Status::Error("its stored copy is damaged (" + status.message() + ")");
  return status;
}

void DocumentStore::remove(const std::string& id) const {
  storage_remove(doc_key(id));
  storage_remove(meta_key(id));
  if (current_id() == id) set_current_id("");
}

std::string DocumentStore::current_id() const {
  std::string id;
  if (!storage_get(kCurrentKey, &id)) return "";
  return id;
}

void DocumentStore::set_current_id(const std::string& id) const {
  if (id.empty()) {
    storage_remove(kCurrentKey);
  } else {
    storage_set(kCurrentKey, id);   // a few bytes: if even this fails, the save said so
  }
}

// --- Titles and sizes --------------------------------------------------------------------------

std::string document_title(const std::string& text) {
  constexpr size_t kMaxBytes = 60;
  std::string title;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    size_t end = i;
    while (end < text.size() && !is_space(text[end])) ++end;
    if (end == i) break;
    const size_t word = end - i;
    if (!title.empty() && title.size() + 1 + word > kMaxBytes) return title + "\xE2\x80\xA6";   // …
    if (title.empty() && word > kMaxBytes) {
      // One very long "word" (a URL): cut it on a UTF-8 boundary.
      size_t cut = i + kMaxBytes;
      while (cut > i && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      return text.substr(i, cut - i) + "\xE2\x80\xA6";
    }
    if (!title.empty()) title += ' ';
    title.append(text, i, word);
    i = end;
  }
  return title.empty() ? "Untitled" : title;
}

std::string size_text(size_t bytes) {
  char buffer[32];
  if (bytes < 1000) {
    std::snprintf(buffer, sizeof buffer, "%zu B", bytes);
  } else if (bytes < 1000 * 1000) {
    std::snprintf(buffer, sizeof buffer, "%.1f KB", static_cast<double>(bytes) / 1000);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / 1e6);
  }
  return buffer;
}

// --- Autosave ----------------------------------------------------------------------------------

bool Autosave::restore(AppState& state) {
  started_ = true;
  seen_revision_ = state.revision();
  if (!enabled_) return false;
  const std::string id = store_.current_id();
  if (id.empty()) return false;
  Document doc;
  Status status = store_.load(id, &doc);
  if (!status.ok()) {
    // Skipped, and forgotten as "current", so the next reload does not stumble on it again.
    store_.set_current_id("");
    state.set_notice("The last document could not be restored: " + status.message() + ".");
    return false;
  }
  state.set_document(std::move(doc));
  adopt(state, id);
  state.set_notice("Restored \xE2\x80\x9C" + document_title(state.document().text) +
                   "\xE2\x80\x9D from this browser.");
  return true;
}

void Autosave::after_change(AppState& state) {
  if (!enabled_ || state.revision() == seen_revision_) return;
  seen_revision_ = state.revision();
  if (!state.has_text()) {   // cleared: keep it in the recent list, but do not reopen it
    if (!current_id_.empty()) store_.set_current_id("");
    current_id_.clear();
    saved_text_.clear();
    return;
  }
  const Document& doc = state.document();
  if (current_id_.empty() || doc.text != saved_text_) {   // a new text is a new document
    current_id_ = new_document_id(store_, now_ms());
    saved_text_ = doc.text;
  }
  Status status = store_.save(current_id_, doc, now_ms());
  if (status.ok()) {
    store_.set_current_id(current_id_);
    last_error_.clear();
    ++saves_;
    return;
  }
  last_error_ = status.message();
  // Short enough for the status line: "Not saved (the browser's storage is full): use Export."
  std::string notice = "Not saved (" + reason_for_user(last_error_) + "): use Export to keep your work.";
  if (!state.notice().empty()) notice = state.notice() + " " + notice;
  state.set_notice(std::move(notice));
}

Status Autosave::open(AppState& state, const std::string& id) {
  Document doc;
  Status status = store_.load(id, &doc);
  if (!status.ok()) return Status::Error("This document cannot be opened: " + status.message() + ".");
  state.set_document(std::move(doc));
  adopt(state, id);
  return status;
}

void Autosave::remove(AppState& state, const std::string& id) {
  store_.remove(id);
  if (id == current_id_) {   // the open document stays open; its next change saves it anew
    current_id_.clear();
    saved_text_.clear();
    seen_revision_ = state.revision();
  }
}

void Autosave::adopt(const AppState& state, const std::string& id) {
  current_id_ = id;
  saved_text_ = state.document().text;
  seen_revision_ = state.revision();
  store_.set_current_id(id);
}

}  // namespace ann::web
