#include "views/toolbar.h"

#include <initializer_list>
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

constexpr float kGroupGap = 24;   // between the name and the groups of buttons

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

// The width of buttons side by side: group_width({"Export", "Clear"}).
float group_width(std::initializer_list<const char*> labels) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = 0;
  for (const char* label : labels) {
    if (width > 0) width += style.ItemSpacing.x;
    width += ImGui::CalcTextSize(label).x + 2 * style.FramePadding.x;
  }
  return width;
}

constexpr const char* kTitle = "Article annotator";
constexpr const char* kOpen = "Open\xE2\x80\xA6";
constexpr const char* kPaste = "Paste";
constexpr const char* kRecent = "Recent";
constexpr const char* kExport = "Export";
constexpr const char* kCopy = "Copy text";
constexpr const char* kClear = "Clear";

}  // namespace

ToolbarLayout fit_toolbar(float width, float title, float left, float right, float gap) {
  const auto row = [gap](std::initializer_list<float> parts) {
    float sum = 0;
    for (float part : parts) {
      if (part <= 0) continue;
      sum += (sum > 0 ? gap : 0) + part;
    }
    return sum;
  };
  if (row({title, left, right}) <= width) return {true, 1};
  if (row({left, right}) <= width) return {false, 1};
  if (right <= 0) return {false, 1};
  return {row({title, left}) <= width, 2};
}

void draw_toolbar(AppState& state, const Fonts& fonts) {
  if (state.options().read_only) {
    draw_progress_overlay(fonts);
    return;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const bool recent = document_io().autosave().enabled();   // embedded: storage is the host's
  const bool has_text = state.has_text();
  ImGui::PushFont(fonts.bold);
  const float title_width = ImGui::CalcTextSize(kTitle).x;
  ImGui::PopFont();
  const float left_width = recent ? group_width({kOpen, kPaste, kRecent}) : group_width({kOpen, kPaste});
  const float right_width = has_text ? group_width({kExport, kCopy, kClear}) : 0;
  const float inner = ImGui::GetContentRegionAvail().x - 2 * style.WindowPadding.x;
  const ToolbarLayout layout = fit_toolbar(inner, title_width, left_width, right_width, kGroupGap);

  const float row_height = ImGui::GetFrameHeight();
  const float height = layout.rows * row_height + (layout.rows - 1) * style.ItemSpacing.y +
                       2 * style.WindowPadding.y;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBar);
  ImGui::BeginChild("toolbar", ImVec2(0, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (layout.show_title) {
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(kTitle);
    ImGui::PopFont();
    ImGui::SameLine(0, kGroupGap);
  }

  // Left: bringing a document in.  [Open…] [Paste] [Recent]
  if (button(kOpen, "Open a .txt, .md or .html article, or import a .json export (Ctrl+O)")) open_file_dialog();
  ImGui::SameLine();
  if (button(kPaste, "Paste an article from the clipboard (or press Ctrl+V anywhere)")) read_clipboard();
  if (recent) {
    ImGui::SameLine();
    const bool open_recent = button(kRecent, "Documents saved in this browser");
    draw_recent_documents(state, open_recent);
  }

  if (has_text) {
    // Right-aligned, on this row or the next: [Export] [Copy text] [Clear]
    const float x = ImGui::GetWindowContentRegionMax().x - right_width;
    if (layout.rows == 1) {
      ImGui::SameLine(x);
    } else {
      ImGui::SetCursorPosX(x);
    }
    const bool open_export = button(kExport, "Download or copy the annotations: JSON, W3C, brat, CSV, HTML");
    draw_export_menu(state, open_export);
    ImGui::SameLine();
    if (button(kCopy, "Copy the article's text to the clipboard")) copy_to_clipboard(state.document().text);
    ImGui::SameLine();
    if (button(kClear, "Close the article (it stays in Recent)")) state.clear();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  draw_progress_overlay(fonts);
}

}  // namespace ann::web
