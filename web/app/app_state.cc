#include "app/app_state.h"

#include <chrono>
#include <utility>
#include <variant>

#include "editing/reannotate.h"

namespace ann::web {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_blank(const std::string& text) {
  for (char c : text) {
    if (!is_ascii_space(c)) return false;
  }
  return true;
}

// Runs of non-whitespace: "Vučić said—again" => 2 words. Good enough for a status line.
size_t count_words(const std::string& text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = is_ascii_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

void AppState::set_text(std::string utf8) {
  if (is_blank(utf8)) {
    notice_ = utf8.empty() ? "The clipboard held no text." : "The pasted text is blank.";
    return;
  }
  auto start = std::chrono::steady_clock::now();
  AnnotateOptions options;
  options.dictionary = dictionary_.entries.empty() ? nullptr : &dictionary_;
  Document doc = annotate(utf8, options);
  set_annotated(std::move(doc),
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
}

void AppState::set_annotated(Document doc, double annotate_ms) {
  annotate_ms_ = annotate_ms;
  notice_.clear();
  if (doc.replaced_invalid_utf8 > 0) {
    notice_ = std::to_string(doc.replaced_invalid_utf8) + " invalid byte sequence(s) were replaced by \xEF\xBF\xBD.";
  }
  replace_document(std::move(doc));
}

void AppState::set_document(Document doc) {
  annotate_ms_ = 0;
  notice_.clear();
  replace_document(std::move(doc));
}

Status AppState::apply(const Edit& edit) {
  Status status = history_.apply(document_, edit);
  if (!status.ok()) {
    notice_ = status.message();
    return status;
  }
  // An added record takes the largest id (next_id()), after the group it may create.
  if (std::holds_alternative<AddEntity>(edit) || std::holds_alternative<AddClaim>(edit)) {
    last_added_ = document_.next_id() - 1;
  }
  notice_.clear();
  changed();
  return status;
}

bool AppState::undo() {
  std::string what(history_.undo_description());
  if (!history_.undo(document_)) return false;
  notice_ = "Undone: " + what;
  changed();
  return true;
}

bool AppState::redo() {
  std::string what(history_.redo_description());
  if (!history_.redo(document_)) return false;
  notice_ = "Redone: " + what;
  changed();
  return true;
}

const char* AppState::hand_note(Origin origin, Id id) const {
  if (origin != Origin::Manual) return "";
  if (id >= first_new_id_) return "added by hand";
  if (manual_at_load_.count(id)) return "marked by hand";
  return "corrected by hand";
}

void AppState::set_dictionary(Dictionary dictionary) {
  dictionary_ = std::move(dictionary);
  if (!has_text()) return;
  AnnotateOptions options;
  options.dictionary = &dictionary_;
  Document fresh = annotate(document_.text, options);
  Document merged;
  Status status = reannotate(document_, fresh, &merged);
  if (status.ok()) status = history_.replace_annotations(document_, merged, "apply the dictionary");
  if (!status.ok()) {
    notice_ = "The dictionary could not be applied: " + status.message();
    return;
  }
  changed();
}

void AppState::select(Selection selection) {
  if (selection == selection_) return;
  selection_ = selection;
  ++selection_revision_;
}

void AppState::clear() {
  annotate_ms_ = 0;
  notice_.clear();
  replace_document(Document{});
}

void AppState::replace_document(Document doc) {
  document_ = std::move(doc);
  history_.clear();
  ++text_revision_;
  word_count_ = count_words(document_.text);   // only a new document changes the text
  select({});   // ids restart with a new document: an old selection would name another record
  last_added_ = kNoId;
  first_new_id_ = document_.next_id();
  manual_at_load_.clear();
  for (const Entity& e : document_.entities) {
    if (e.origin == Origin::Manual) manual_at_load_.insert(e.id);
  }
  for (const Claim& c : document_.claims) {
    if (c.origin == Origin::Manual) manual_at_load_.insert(c.id);
  }
  changed();
}

// Whether the selected annotation still exists after an edit (undo can take it away).
static bool selection_exists(const Document& doc, const Selection& s) {
  switch (s.kind) {
    case Selection::Kind::None: return true;
    case Selection::Kind::Entity:
      for (const Entity& e : doc.entities) if (e.id == s.id) return true;
      return false;
    case Selection::Kind::Group: return doc.find_group(s.id) != nullptr;
    case Selection::Kind::Claim:
      for (const Claim& c : doc.claims) if (c.id == s.id) return true;
      return false;
  }
  return false;
}

void AppState::changed() {
  if (!selection_exists(document_, selection_)) select({});
  ++revision_;
}

}  // namespace ann::web
