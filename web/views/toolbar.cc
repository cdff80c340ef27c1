#include "views/toolbar.h"

#include <string>

#include "app/document_io.h"
#include "imgui.h"
#include "platform/browser.h"
#include "views/export_menu.h"
#include "views/progress_view.h"
#include "views/recent_documents.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// Records the last button for the browser tests: "toolbar/Export".
void note(const char* name) {
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  document_io().note_item(std::string("toolbar/") + name, min.x, min.y, size.x, size.y);
}

bool button(const char* label, const char* tooltip) {
  const bool clicked = ImGui::Button(label);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
  note(label);
  return clicked;
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x;
}

}  // namespace

void draw_toolbar(AppState& state, const Fonts& fonts) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float height = ImGui::GetFrameHeight() + 2 * style.WindowPadding.y;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBar);
  ImGui::BeginChild("toolbar", ImVec2(0, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted("Article annotator");
  ImGui::PopFont();

  // Left: bringing a document in.  [Open…] [Paste] [Recent]   (none when read-only)
  const bool read_only = state.options().read_only;
  if (!read_only) {
    ImGui::SameLine(0, 24);
    if (button("Open\xE2\x80\xA6", "Open a .txt, .md or .html article, or import a .json export (Ctrl+O)")) {
      open_file_dialog();
    }
    ImGui::SameLine();
    if (button("Paste", "Paste an article from the clipboard (or press Ctrl+V anywhere)")) read_clipboard();
  }
  if (!read_only && document_io().autosave().enabled()) {   // embedded: storage is the host's
    ImGui::SameLine();
    const bool open_recent = button("Recent", "Documents saved in this browser");
    draw_recent_documents(state, open_recent);
  }

  if (state.has_text()) {
    // Right-aligned: [Export] [Copy text] [Clear]
    const char* export_label = "Export";
    const char* copy_label = "Copy text";
    const char* clear_label = "Clear";
    const float buttons = button_width(export_label) + button_width(copy_label) +
                          (read_only ? 0 : button_width(clear_label) + style.ItemSpacing.x) +
                          style.ItemSpacing.x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttons);
    const bool open_export = button(export_label, "Download or copy the annotations: JSON, W3C, brat, CSV, HTML");
    draw_export_menu(state, open_export);
    ImGui::SameLine();
    if (button(copy_label, "Copy the article's text to the clipboard")) copy_to_clipboard(state.document().text);
    if (!read_only) {
      ImGui::SameLine();
      if (button(clear_label, "Close the article (it stays in Recent)")) state.clear();
    }
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  draw_progress_overlay(fonts);
}

}  // namespace ann::web
