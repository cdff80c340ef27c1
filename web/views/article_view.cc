#include "views/article_view.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "views/theme.h"

namespace ann::web {
namespace {

constexpr float kMargin = 28.0f;   // CSS px around the column

bool key_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

}  // namespace

void ArticleView::update_layout(const AppState& state, const TextLayoutStyle& style) {
  bool same_style = style.font == style_.font && style.font_size == style_.font_size &&
                    style.wrap_width == style_.wrap_width;
  if (same_style && revision_ == state.revision()) return;
  style_ = style;
  revision_ = state.revision();
  layout_ = lay_out_text(state.document().text, style_);
}

void ArticleView::handle_keyboard_scroll(float page_height) {
  if (!ImGui::IsWindowFocused() || ImGui::IsAnyItemActive()) return;
  const float line = style_.line_height;
  float y = ImGui::GetScrollY();
  float target = y;
  if (key_pressed(ImGuiKey_DownArrow)) target += 3 * line;
  if (key_pressed(ImGuiKey_UpArrow)) target -= 3 * line;
  if (key_pressed(ImGuiKey_PageDown) || key_pressed(ImGuiKey_Space)) target += page_height - 2 * line;
  if (key_pressed(ImGuiKey_PageUp)) target -= page_height - 2 * line;
  if (key_pressed(ImGuiKey_Home)) target = 0;
  if (key_pressed(ImGuiKey_End)) target = ImGui::GetScrollMaxY();
  if (target != y) ImGui::SetScrollY(std::clamp(target, 0.0f, ImGui::GetScrollMaxY()));
}

void ArticleView::draw(const AppState& state, const Fonts& fonts) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("article", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs);
  ImGui::PopStyleVar();

  const float font_size = ImGui::GetFontSize();
  const float available = ImGui::GetContentRegionAvail().x;
  TextLayoutStyle style;
  style.font = fonts.regular ? fonts.regular : ImGui::GetFont();
  style.font_size = font_size;
  style.wrap_width = std::max(40.0f, std::min(available - 2 * kMargin, theme::kArticleMaxWidth));
  style.line_height = std::round(font_size * theme::kLineHeight);
  style.paragraph_gap = std::round(style.line_height * theme::kParagraphGap);
  update_layout(state, style);

  const ImVec2 origin = ImGui::GetCursorScreenPos();   // top-left of the scrolled content
  const float left = origin.x + std::floor((available - style_.wrap_width) / 2);
  const float top = origin.y + kMargin;
  const float view_height = ImGui::GetWindowHeight();
  handle_keyboard_scroll(view_height);

  // Draw only the lines between the top and the bottom of the view.
  const std::string& text = state.document().text;
  const float scroll = ImGui::GetScrollY();
  const float glyph_offset = std::floor((style_.line_height - font_size) / 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  int first = std::max(0, line_at_y(layout_, scroll - kMargin, style_.line_height));
  for (size_t i = static_cast<size_t>(first); i < layout_.lines.size(); ++i) {
    const TextLine& line = layout_.lines[i];
    if (line.y - scroll > view_height) break;
    ImVec2 pos(left, std::floor(top + line.y + glyph_offset));
    draw->AddText(style_.font, font_size, pos, theme::kText, text.data() + line.begin,
                  text.data() + line.end);
  }

  // Reserve the whole height so the scrollbar knows it.
  ImGui::Dummy(ImVec2(available, layout_.height + 2 * kMargin));
  ImGui::EndChild();
}

}  // namespace ann::web
