#include "views/recent_documents.h"

#include <string>
#include <vector>

#include "app/document_io.h"
#include "imgui.h"
#include "platform/browser.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// Read from storage when the popup opens and after a deletion, not every frame: a listing
// parses every meta entry.
struct RecentList {
  std::vector<StoredDocument> documents;
  std::vector<std::string> dates;   // local_date_text of each
  std::string problem;

  void refresh(const DocumentStore& store) {
    documents = store.list(&problem);
    dates.clear();
    for (const StoredDocument& d : documents) dates.push_back(d.damaged ? "" : local_date_text(d.saved_ms));
  }
};

void note(const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  document_io().note_item(name, min.x, min.y, size.x, size.y);
}

}  // namespace

void draw_recent_documents(AppState& state, bool open_now) {
  static RecentList recent;
  Autosave& autosave = document_io().autosave();
  if (open_now) {
    recent.refresh(autosave.store());
    ImGui::OpenPopup("recent_documents");
  }
  if (!ImGui::BeginPopup("recent_documents")) return;
  const DocumentStore& store = autosave.store();
  if (store.backend() == "none") {
    ImGui::TextUnformatted("This browser keeps nothing for this page, so documents are not saved:");
    ImGui::TextUnformatted("use Export to keep your work.");
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::Text("(%s)", store.problem().c_str());
    ImGui::PopStyleColor();
  } else if (recent.documents.empty()) {
    ImGui::TextUnformatted("No documents saved in this browser yet.");
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::TextUnformatted("Saved in this browser (every change is saved at once):");
    ImGui::PopStyleColor();
  }
  if (!recent.problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(160, 60, 0, 255));
    ImGui::TextUnformatted(recent.problem.c_str());
    ImGui::PopStyleColor();
  }
  std::string open_id, delete_id;
  if (!recent.documents.empty() &&
      ImGui::BeginTable("recent_table", 5, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    for (size_t i = 0; i < recent.documents.size(); ++i) {
      const StoredDocument& d = recent.documents[i];
      ImGui::PushID(d.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      const bool is_current = d.id == autosave.current_id() && state.has_text();
      ImGui::TextUnformatted(d.title.c_str());
      if (is_current) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
        ImGui::TextUnformatted("(open)");
        ImGui::PopStyleColor();
      }
      note("recent/" + std::to_string(i) + "/title");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(recent.dates[i].c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(d.damaged ? "" : size_text(d.bytes).c_str());
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(d.damaged || is_current);
      if (ImGui::Button("Open")) open_id = d.id;
      ImGui::EndDisabled();
      note("recent/" + std::to_string(i) + "/Open");
      ImGui::TableNextColumn();
      if (ImGui::Button("Delete")) delete_id = d.id;
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove it from this browser's storage");
      note("recent/" + std::to_string(i) + "/Delete");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (!open_id.empty()) {   // it arrives in a later frame (storage answers asynchronously)
    autosave.open(state, open_id);
    ImGui::CloseCurrentPopup();
  }
  if (!delete_id.empty()) {
    autosave.remove(state, delete_id);
    recent.refresh(autosave.store());
  }
  ImGui::EndPopup();
}

}  // namespace ann::web
