#include "platform/embed_api.h"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "document/document_json.h"
#include "entities/dictionary.h"
#include "formats/export.h"
#include "nlohmann/json.hpp"
#include "text/offsets.h"
#include "headless/c_strings.h"

namespace ann::web {
namespace {

AppState* g_state = nullptr;
uint64_t g_seen_revision = 0;
uint64_t g_seen_selection = 0;

// Set by annotator.mjs on the module object; absent in the full-page app.
EM_JS(void, js_embed_event, (const char* type), {
  if (Module.annotatorEvent) Module.annotatorEvent(UTF8ToString(type));
});

// {"kind": "entity", "id": "e3", "start": 0, "end": 5, "text": "Vučić", "label": "PERSON"}
// with start/end in UTF-16 units of the article text. A group has no span (its mentions do);
// a claim's span is its content. {"kind": null} when nothing is selected.
std::string selection_json(const AppState& state) {
  using Json = nlohmann::json;
  const Document& doc = state.document();
  const Selection& selection = state.selection();
  Json out = {{"kind", nullptr}};
  auto add_span = [&](Span span) {
    OffsetMap offsets(doc.text);
    out["start"] = offsets.byte_to_utf16(span.begin);
    out["end"] = offsets.byte_to_utf16(span.end);
    out["text"] = std::string(doc.span_text(span));
  };
  switch (selection.kind) {
    case Selection::Kind::None:
      break;
    case Selection::Kind::Entity:
      for (const Entity& e : doc.entities) {
        if (e.id != selection.id) continue;
        out = {{"kind", "entity"}, {"id", "e" + std::to_string(e.id)},
               {"label", std::string(label_name(e.label))}};
        if (e.group != kNoId) out["group"] = "g" + std::to_string(e.group);
        add_span(e.span);
      }
      break;
    case Selection::Kind::Group:
      if (const EntityGroup* g = doc.find_group(selection.id)) {
        out = {{"kind", "group"}, {"id", "g" + std::to_string(g->id)},
               {"label", std::string(label_name(g->label))}, {"text", g->canonical}};
      }
      break;
    case Selection::Kind::Claim:
      for (const Claim& c : doc.claims) {
        if (c.id != selection.id) continue;
        out = {{"kind", "claim"}, {"id", "c" + std::to_string(c.id)},
               {"claimKind", std::string(claim_kind_name(c.kind))},
               {"stance", std::string(claim_stance_name(c.stance))}};
        add_span(c.content);
      }
      break;
  }
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

void connect_embed_api(AppState* state) {
  g_state = state;
  g_seen_revision = state->revision();
  g_seen_selection = state->selection_revision();
}

bool poll_embed_events(const AppState& state) {
  bool moved = false;
  if (state.revision() != g_seen_revision) {
    g_seen_revision = state.revision();
    js_embed_event("change");
    moved = true;
  }
  if (state.selection_revision() != g_seen_selection) {
    g_seen_selection = state.selection_revision();
    js_embed_event("select");
    moved = true;
  }
  return moved;
}

}  // namespace ann::web

using ann::web::g_state;

extern "C" {

EMSCRIPTEN_KEEPALIVE void ann_embed_free(char* buffer) { std::free(buffer); }

EMSCRIPTEN_KEEPALIVE void ann_embed_set_text(const char* utf8, int len) {
  if (g_state) g_state->set_text(std::string(ann::wasm::view_of(utf8, len)));
}

EMSCRIPTEN_KEEPALIVE char* ann_embed_document_json(int* out_len) {
  if (!g_state) return nullptr;
  return ann::wasm::copy_out(ann::write_document_json(g_state->document()), out_len);
}

EMSCRIPTEN_KEEPALIVE char* ann_embed_set_document_json(const char* json, int len) {
  if (!g_state) return ann::wasm::copy_out("the app is not running", nullptr);
  ann::Document doc;
  ann::Status status = ann::read_document_json(ann::wasm::view_of(json, len), &doc);
  if (!status.ok()) return ann::wasm::copy_out(status.message(), nullptr);
  g_state->set_document(std::move(doc));
  return nullptr;
}

EMSCRIPTEN_KEEPALIVE char* ann_embed_export(const char* format_name, int* out_len) {
  if (!g_state || format_name == nullptr) return nullptr;
  std::optional<ann::ExportFormat> format = ann::export_format_from_name(format_name);
  if (!format) return nullptr;
  return ann::wasm::copy_out(ann::export_document(g_state->document(), *format), out_len);
}

EMSCRIPTEN_KEEPALIVE char* ann_embed_set_dictionary(const char* json, int len) {
  if (!g_state) return ann::wasm::copy_out("the app is not running", nullptr);
  ann::Dictionary dictionary;
  std::string_view text = ann::wasm::view_of(json, len);
  if (!text.empty()) {
    ann::Status status = ann::parse_dictionary_json(text, &dictionary);
    if (!status.ok()) return ann::wasm::copy_out(status.message(), nullptr);
  }
  g_state->set_dictionary(std::move(dictionary));
  return nullptr;
}

EMSCRIPTEN_KEEPALIVE void ann_embed_clear() {
  if (!g_state) return;
  g_state->clear();
  ann::web::g_seen_revision = g_state->revision();   // a fresh start, not a 'change'
}

EMSCRIPTEN_KEEPALIVE void ann_embed_set_read_only(int read_only) {
  if (g_state) g_state->options().read_only = read_only != 0;
}

EMSCRIPTEN_KEEPALIVE void ann_embed_set_label_visible(int label, int visible) {
  if (g_state && label >= 0 && label < ann::kLabelCount) {
    g_state->options().label_visible[static_cast<size_t>(label)] = visible != 0;
  }
}

EMSCRIPTEN_KEEPALIVE void ann_embed_set_theme(int dark) {
  if (g_state) g_state->options().theme = dark ? ann::web::Theme::Dark : ann::web::Theme::Light;
}

EMSCRIPTEN_KEEPALIVE char* ann_embed_selection_json(int* out_len) {
  if (!g_state) return nullptr;
  return ann::wasm::copy_out(ann::web::selection_json(*g_state), out_len);
}

}  // extern "C"
