#include "views/test_queries.h"

#include <sstream>

#include <nlohmann/json.hpp>

#include "document/document_json.h"

namespace ann::web {
namespace {

std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string state_json(const AppState& state, const ArticleView& view) {
  const ArticleViewReport& report = view.report();
  nlohmann::json marked = nullptr;
  if (report.marked) marked = {report.marked->begin, report.marked->end};
  return dump({{"selection", report.selected},
               {"marked", marked},
               {"undo", std::string(state.history().undo_description())},
               {"redo", std::string(state.history().redo_description())},
               {"notice", state.notice()},
               {"revision", state.revision()},
               {"read_only", state.options().read_only}});
}

}  // namespace

std::string answer_test_query(std::string_view query, AppState& state, const ArticleView& view) {
  std::istringstream words{std::string(query)};
  std::string command;
  words >> command;
  if (command == "document") return write_document_json(state.document());
  if (command == "state") return state_json(state, view);
  if (command == "read_only") {
    int on = 0;
    words >> on;
    state.options().read_only = on != 0;
    return state_json(state, view);
  }
  if (command == "label" || command == "claims") {
    size_t label = 0;
    int on = 1;
    if (command == "label") words >> label;
    words >> on;
    if (command == "claims") {
      state.options().show_claims = on != 0;
    } else if (label < state.options().label_visible.size()) {
      state.options().label_visible[label] = on != 0;
    }
    return state_json(state, view);
  }
  if (command == "select") {
    std::string kind;
    size_t index = 0;
    words >> kind >> index;
    const Document& doc = state.document();
    if (kind == "entity" && index < doc.entities.size()) {
      state.select({Selection::Kind::Entity, doc.entities[index].id});
    } else if (kind == "claim" && index < doc.claims.size()) {
      state.select({Selection::Kind::Claim, doc.claims[index].id});
    } else if (kind == "group") {
      state.select({Selection::Kind::Group, static_cast<Id>(index)});
    } else {
      state.select({});
    }
    return state_json(state, view);
  }
  if (command == "search") {
    std::string needle;
    words >> needle;
    ViewOptions& options = state.options();
    options.search_hits.clear();
    const std::string& text = state.document().text;
    for (size_t at = needle.empty() ? std::string::npos : text.find(needle); at != std::string::npos;
         at = text.find(needle, at + needle.size())) {
      options.search_hits.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())});
    }
    options.search_current = options.search_hits.empty() ? -1 : 0;
    return dump({{"hits", options.search_hits.size()}});
  }
  if (command == "box") {
    uint32_t begin = 0, end = 0;
    if (!(words >> begin >> end)) return R"({"error":"box needs two byte offsets"})";
    std::optional<ImVec4> box = view.span_box({begin, end});
    if (!box) return "null";
    return dump({{"x", box->x}, {"y", box->y}, {"width", box->z}, {"height", box->w}});
  }
  return R"({"error":"unknown query"})";
}

}  // namespace ann::web
