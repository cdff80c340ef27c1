#include "views/export_menu.h"

#include <string>

#include "app/document_io.h"
#include "imgui.h"
#include "views/theme.h"

namespace ann::web {
namespace {

struct ExportRow {
  const char* title;      // what the user reads
  const char* detail;     // the files it makes
  ExportFormat format;
  const char* download;   // button labels
  const char* copy;
};

constexpr ExportRow kRows[] = {
    {"Document JSON", "everything, reopens with Open", ExportFormat::DocumentJson, "Download", "Copy"},
    {"W3C Web Annotation", "JSON-LD (.jsonld)", ExportFormat::W3cJsonLd, "Download", "Copy"},
    {"brat standoff", ".txt + .ann (two files)", ExportFormat::BratText, "Download both", "Copy .ann"},
    {"brat annotation.conf", "for a new brat collection", ExportFormat::BratConfig, "Download", "Copy"},
    {"Claims table", "CSV: who said what", ExportFormat::ClaimsCsv, "Download", "Copy"},
    {"HTML page", "standalone, with highlights", ExportFormat::Html, "Download", "Copy"},
};

// Records the last item for the browser tests: "export/W3C Web Annotation/Download".
void note(const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  document_io().note_item(name, min.x, min.y, size.x, size.y);
}

}  // namespace

void draw_export_menu(AppState& state, bool open_now) {
  if (open_now) ImGui::OpenPopup("export_menu");
  if (!ImGui::BeginPopup("export_menu")) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextUnformatted("Export the annotated article: download a file, or copy it.");
  ImGui::PopStyleColor();
  ImGui::Separator();
  if (ImGui::BeginTable("export_formats", 3, ImGuiTableFlags_SizingFixedFit)) {
    for (const ExportRow& row : kRows) {
      ImGui::PushID(row.title);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(row.title);
      ImGui::SameLine();
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
      ImGui::TextUnformatted(row.detail);
      ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      if (ImGui::Button(row.download)) {
        document_io().export_document(state, row.format, ExportAction::Download);
        ImGui::CloseCurrentPopup();
      }
      note(std::string("export/") + row.title + "/Download");
      ImGui::TableNextColumn();
      if (ImGui::Button(row.copy)) {
        // brat's copy is the .ann: the text is the article itself ("Copy text" in the bar).
        const ExportFormat format = row.format == ExportFormat::BratText ? ExportFormat::BratAnnotations
                                                                         : row.format;
        document_io().export_document(state, format, ExportAction::Copy);
        ImGui::CloseCurrentPopup();
      }
      note(std::string("export/") + row.title + "/Copy");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::EndPopup();
}

}  // namespace ann::web
