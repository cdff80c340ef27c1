#include "views/panel_rows.h"

#include <algorithm>

#include "imgui_internal.h"   // RenderTextEllipsis
#include "views/theme.h"

namespace ann::web {

float panel_row_height() { return ImGui::GetTextLineHeight() + 8; }

void text_clipped(ImDrawList* draw, ImVec2 pos, float right, ImU32 color, const std::string& text) {
  if (right <= pos.x) return;
  // RenderTextEllipsis measures all it is given, every frame: a 1 MB name (a line without
  // spaces) cost ~25 ms a frame. 512 bytes are wider than any row, so the "…" still shows.
  size_t size = std::min<size_t>(text.size(), 512);
  while (size < text.size() && size > 0 && (static_cast<unsigned char>(text[size]) & 0xC0) == 0x80) --size;
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::RenderTextEllipsis(draw, pos, ImVec2(right, pos.y + ImGui::GetTextLineHeight()), right,
                            right, text.c_str(), text.c_str() + size, nullptr);
  ImGui::PopStyleColor();
}

void empty_list_hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void draw_header_texts(ImVec2 min, float width, float indent, const std::string& caption,
                       ImU32 caption_color, ImFont* caption_font, const std::string& count) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float height = panel_row_height();
  const float y = min.y + (height - ImGui::GetTextLineHeight()) / 2;
  const float count_width = ImGui::CalcTextSize(count.c_str()).x;
  const float right = min.x + width - 8;
  draw->AddText(ImVec2(right - count_width, y), theme::kMutedText, count.c_str());
  if (caption_font) ImGui::PushFont(caption_font);
  text_clipped(draw, ImVec2(min.x + indent, y), right - count_width - 10, caption_color, caption);
  if (caption_font) ImGui::PopFont();
  draw->AddLine(ImVec2(min.x, min.y + height - 1), ImVec2(min.x + width, min.y + height - 1), theme::kRule);
}

}  // namespace ann::web
