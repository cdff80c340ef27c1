#include "app/storage.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "document/document_json.h"
#include "platform/browser.h"

namespace ann::web {
namespace {

using nlohmann::json;

// A monotonic clock with sub-millisecond steps, for the timings the tests report.
double precise_now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A new id from the clock: "d1732547681000", or "d1732547681000-2" if that one is taken.
std::string new_document_id(const DocumentStore& store, double now) {
  const std::string base = "d" + std::to_string(static_cast<long long>(now));
  std::string id = base;
  for (int n = 2; store.contains(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

// "QuotaExceededError: Setting the value of 'x' exceeded the quota." => "storage is full".
std::string reason_for_user(const std::string& error) {
  if (error.find("QuotaExceeded") != std::string::npos) return "the browser's storage is full";
  if (error.find("SecurityError") != std::string::npos) return "storage is disabled in this browser";
  if (error.find("StorageUnavailable") != std::string::npos) return "this browser keeps no storage for the page";
  return error;
}

// {"title": "...", "saved": 1732547681000, "bytes": 5120}, or false if damaged.
bool read_meta(const std::string& text, StoredDocument* entry) {
  const json meta = json::parse(text, nullptr, false);
  if (!meta.is_object() || !meta.contains("title") || !meta["title"].is_string() ||
      !meta.contains("saved") || !meta["saved"].is_number() || !meta.contains("bytes") ||
      !meta["bytes"].is_number_unsigned()) {
    return false;
  }
  entry->title = meta["title"].get<std::string>();
  entry->saved_ms = meta["saved"].get<double>();
  entry->bytes = meta["bytes"].get<size_t>();
  return true;
}

}  // namespace

// --- DocumentStore -----------------------------------------------------------------------------

bool DocumentStore::take_snapshot(const std::string& snapshot_json) {
  const json snapshot = json::parse(snapshot_json, nullptr, false);
  if (!snapshot.is_object()) return false;
  const auto text = [&](const char* key) {
    return snapshot.contains(key) && snapshot[key].is_string() ? snapshot[key].get<std::string>() : std::string();
  };
  opened_ = true;
  backend_ = text("backend");
  problem_ = text("problem");
  current_ = text("current");
  migrated_ = snapshot.contains("migrated") && snapshot["migrated"].is_number_integer()
                  ? snapshot["migrated"].get<int>() : 0;
  metas_.clear();
  if (snapshot.contains("metas") && snapshot["metas"].is_object()) {
    for (const auto& [id, meta] : snapshot["metas"].items()) {
      metas_[id] = meta.is_string() ? meta.get<std::string>() : std::string();
    }
  }
  return true;
}

std::vector<StoredDocument> DocumentStore::list(std::string* problem) const {
  std::vector<StoredDocument> documents;
  int damaged = 0;
  for (const auto& [id, meta] : metas_) {
    StoredDocument entry;
    entry.id = id;
    if (!read_meta(meta, &entry)) {
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

size_t DocumentStore::stored_bytes(const std::string& id) const {
  const auto found = metas_.find(id);
  StoredDocument entry;
  if (found == metas_.end() || !read_meta(found->second, &entry)) return 0;
  return entry.bytes;
}

void DocumentStore::remove(const std::string& id) {
  metas_.erase(id);
  store_remove(id);
  if (current_ == id) set_current_id("");
}

void DocumentStore::set_current_id(const std::string& id) {
  if (id == current_) return;
  current_ = id;
  store_set_current(id);
}

std::string document_meta_json(const Document& doc, double saved_ms) {
  const json meta = {{"title", document_title(doc.text)}, {"saved", saved_ms}, {"bytes", doc.text.size()}};
  return meta.dump(-1, ' ', false, json::error_handler_t::replace);
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

void Autosave::start(AppState& state, bool enabled) {
  enabled_ = enabled;
  seen_revision_ = state.revision();
  if (!enabled_) return;
  connect_store({
      .on_opened = [this, &state](std::string snapshot) { opened(state, snapshot); },
      .on_loaded = [this, &state](std::string id, std::string json, std::string error) {
        loaded(state, id, json, error);
      },
      .on_saved = [this, &state](std::string id, std::string error) { saved(state, id, error); },
      .on_page_hidden = [this, &state] { flush(state); },
  });
  loading_is_restore_ = true;   // until the store answers: nothing to save, nothing to list
  loading_revision_ = state.revision();
  store_open();
}

void Autosave::opened(AppState& state, const std::string& snapshot_json) {
  loading_is_restore_ = false;
  if (!store_.take_snapshot(snapshot_json)) return;
  if (store_.backend() == "none") {
    // Short enough for the status line; the Recent menu gives the browser's reason.
    state.set_notice("Storage is off in this browser: use Export to keep your work.");
    return;
  }
  const std::string id = store_.current_id();
  // A paste before the store answered is newer than the last session's document.
  if (id.empty() || state.revision() != loading_revision_) return;
  loading_id_ = id;
  loading_is_restore_ = true;
  if (const size_t bytes = store_.stored_bytes(id); bytes >= 100 * 1000) {
    loading_message_ = "Opening " + size_text(bytes) + "\xE2\x80\xA6";
  }
  store_load(id);
}

void Autosave::loaded(AppState& state, const std::string& id, const std::string& json,
                      const std::string& error) {
  if (id != loading_id_) return;   // an older request
  const bool restore = loading_is_restore_;
  loading_id_.clear();
  loading_is_restore_ = false;
  loading_message_.clear();
  if (state.revision() != loading_revision_) return;   // the user moved on meanwhile
  const double start_ms = precise_now_ms();
  Document doc;
  Status status = error.empty() ? read_document_json(json, &doc) : Status::Error(error);
  if (!status.ok()) {
    const std::string why = error == "missing" ? "it is no longer in this browser's storage"
                            : error.empty()    ? "its stored copy is damaged (" + status.message() + ")"
                                               : "the browser could not read it (" + error + ")";
    if (restore) {
      // Forgotten as "current", so the next reload does not stumble on it again.
      store_.set_current_id("");
      state.set_notice("The last document could not be restored: " + why + ".");
    } else {
      state.set_notice("This document cannot be opened: " + why + ".");
    }
    return;
  }
  state.set_document(std::move(doc));
  adopt(state, id);
  last_load_ms_ = precise_now_ms() - start_ms;
  if (restore) {
    state.set_notice("Restored \xE2\x80\x9C" + document_title(state.document().text) +
                     "\xE2\x80\x9D from this browser.");
  }
}

void Autosave::after_change(AppState& state) {
  if (!enabled_ || !store_.opened() || state.revision() == seen_revision_ || in_flight_) return;
  seen_revision_ = state.revision();
  if (!state.has_text()) {   // cleared: keep it in the recent list, but do not reopen it
    if (!current_id_.empty()) store_.set_current_id("");
    current_id_.clear();
    saved_text_.clear();
    return;
  }
  save_now(state);
}

void Autosave::flush(AppState& state) {
  if (!enabled_ || !store_.opened() || state.revision() == seen_revision_ || !state.has_text()) return;
  seen_revision_ = state.revision();
  save_now(state);   // beside a save in flight: IndexedDB commits them in order
}

void Autosave::save_now(const AppState& state) {
  const double start_ms = precise_now_ms();
  const Document& doc = state.document();
  if (current_id_.empty() || doc.text != saved_text_) {   // a new text is a new document
    current_id_ = new_document_id(store_, now_ms());
    saved_text_ = doc.text;
  }
  const std::string document_json = write_document_json(doc);
  in_flight_ = true;
  in_flight_id_ = current_id_;
  in_flight_meta_ = document_meta_json(doc, now_ms());
  last_save_bytes_ = document_json.size();
  store_save(in_flight_id_, document_json, in_flight_meta_);
  last_save_ms_ = precise_now_ms() - start_ms;
}

void Autosave::saved(AppState& state, const std::string& id, const std::string& error) {
  in_flight_ = false;
  wake_app();   // a revision that came meanwhile is written in the next frame
  if (error.empty()) {
    store_.put_meta(id, std::move(in_flight_meta_));
    store_.set_current_id(id);   // the save wrote it already: no second write
    last_error_.clear();
    ++saves_;
    return;
  }
  last_error_ = error;
  // Short enough for the status line: "Not saved (the browser's storage is full): use Export."
  std::string notice = "Not saved (" + reason_for_user(error) + "): use Export to keep your work.";
  if (!state.notice().empty() && state.notice().rfind("Not saved", 0) != 0) notice = state.notice() + " " + notice;
  state.set_notice(std::move(notice));
}

void Autosave::open(AppState& state, const std::string& id) {
  loading_id_ = id;
  loading_is_restore_ = false;
  loading_revision_ = state.revision();
  if (const size_t bytes = store_.stored_bytes(id); bytes >= 100 * 1000) {
    loading_message_ = "Opening " + size_text(bytes) + "\xE2\x80\xA6";
  }
  store_load(id);
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
