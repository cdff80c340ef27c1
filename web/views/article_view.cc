#include "views/article_view.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "views/hover_card.h"
#include "views/theme.h"

namespace ann::web {
namespace {

constexpr float kMargin = 28.0f;         // CSS px around the column
constexpr size_t kMaxReportedBoxes = 256;

bool key_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

// Which mark wins under the mouse: the most specific one.
int hover_priority(MarkKind kind) {
  switch (kind) {
    case MarkKind::Entity: return 3;
    case MarkKind::ClaimSource: return 2;
    case MarkKind::ClaimCue: return 1;
    case MarkKind::ClaimContent: return 0;
  }
  return 0;
}

}  // namespace

std::string report_json(const ArticleViewReport& report) {
  nlohmann::json boxes = nlohmann::json::array();
  for (const ArticleViewReport::Box& box : report.entity_boxes) {
    boxes.push_back({{"entity", box.entity}, {"x", box.x}, {"y", box.y}, {"width", box.width},
                     {"height", box.height}});
  }
  nlohmann::json out = {{"scroll_y", report.scroll_y}, {"scroll_max", report.scroll_max},
                        {"hovered", report.hovered}, {"entity_boxes", boxes}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void ArticleView::update_layout(const AppState& state, const TextLayoutStyle& style) {
  bool same_style = style.font == style_.font && style.bold_font == style_.bold_font &&
                    style.font_size == style_.font_size &&
                    style.wrap_width == style_.wrap_width;
  bool same_document = revision_ == state.revision();
  if (same_style && same_document) return;
  style_ = style;
  revision_ = state.revision();
  const Document& doc = state.document();
  // Claim sources and cues are set in bold.
  std::vector<Span> bold;
  for (const Claim& claim : doc.claims) {
    if (claim.source) bold.push_back(*claim.source);
    if (claim.cue) bold.push_back(*claim.cue);
  }
  layout_ = lay_out_text(doc.text, style_, std::move(bold));
  marks_ = index_marks(doc, layout_);
  if (!same_document) {
    group_mentions_.clear();
    for (const Entity& entity : doc.entities) ++group_mentions_[entity.group];
  }
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

int ArticleView::hit_test(const std::string& text, ImVec2 mouse, float left, float top) const {
  int line_index = line_at_y(layout_, mouse.y - top, style_.line_height);
  if (line_index < 0) return -1;
  const TextLine& line = layout_.lines[line_index];
  if (mouse.y < top + line.y || mouse.y >= top + line.y + style_.line_height) return -1;   // a gap
  if (mouse.x < left || mouse.x > left + x_of_offset(text, layout_, line, line.end, style_)) return -1;
  uint32_t offset = offset_at_x(text, layout_, line, mouse.x - left, style_);
  int best = -1;
  for (uint32_t m : marks_.by_line[line_index]) {
    const Mark& mark = marks_.marks[m];
    if (offset < mark.span.begin || offset >= mark.span.end) continue;
    if (best < 0 || hover_priority(mark.kind) > hover_priority(marks_.marks[best].kind)) best = static_cast<int>(m);
  }
  return best;
}

void ArticleView::draw_line(const Document& doc, size_t line_index, float left, float top, int hovered) {
  const std::string& text = doc.text;
  const TextLine& line = layout_.lines[line_index];
  const float font_size = style_.font_size;
  const float line_top = top + line.y;
  const float glyph_top = std::floor(line_top + (style_.line_height - font_size) / 2);
  const float glyph_bottom = glyph_top + font_size;
  ImDrawList* draw = ImGui::GetWindowDrawList();

  // What the hovered mark lights up: its claim, or every mention of its entity's group.
  const Mark* hover = hovered >= 0 ? &marks_.marks[hovered] : nullptr;
  Id hovered_group = kNoId;
  if (hover && hover->kind == MarkKind::Entity) hovered_group = doc.entities[hover->index].group;
  auto lit = [&](const Mark& mark) {
    if (!hover) return false;
    if (mark.kind == MarkKind::Entity) {
      return hover->kind == MarkKind::Entity && doc.entities[mark.index].group == hovered_group;
    }
    return hover->kind != MarkKind::Entity && mark.index == hover->index;
  };
  auto x_at = [&](uint32_t offset) { return left + x_of_offset(text, layout_, line, offset, style_); };

  // 1. Backgrounds: claim bands, then entity tints and underlines.
  const std::vector<uint32_t>& on_line = marks_.by_line[line_index];
  for (uint32_t m : on_line) {
    const Mark& mark = marks_.marks[m];
    float x0 = x_at(std::max(mark.span.begin, line.begin));
    float x1 = x_at(std::min(mark.span.end, line.end));
    if (mark.kind == MarkKind::ClaimContent) {
      draw->AddRectFilled(ImVec2(x0, line_top + 1), ImVec2(x1, line_top + style_.line_height - 1),
                          lit(mark) ? theme::kClaimTintStrong : theme::kClaimTint);
    } else if (mark.kind == MarkKind::Entity) {
      Label label = doc.entities[mark.index].label;
      draw->AddRectFilled(ImVec2(x0 - 1, glyph_top - 2), ImVec2(x1 + 1, glyph_bottom + 3),
                          lit(mark) ? label_tint_strong(label) : label_tint(label), 3);
      draw->AddRectFilled(ImVec2(x0 - 1, glyph_bottom + 1), ImVec2(x1 + 1, glyph_bottom + 3),
                          label_color(label));
      if (report_.entity_boxes.size() < kMaxReportedBoxes &&
          (report_.entity_boxes.empty() || report_.entity_boxes.back().entity != mark.index)) {
        report_.entity_boxes.push_back({mark.index, x0, glyph_top, x1 - x0, font_size});
      }
    }
  }

  // 2. The text, in runs that change at bold spans (sources, cues) and at cues (amber).
  std::vector<uint32_t> cuts = {line.begin, line.end};
  auto cut = [&](Span span) {
    if (span.begin > line.begin && span.begin < line.end) cuts.push_back(span.begin);
    if (span.end > line.begin && span.end < line.end) cuts.push_back(span.end);
  };
  for (uint32_t m : on_line) {
    if (marks_.marks[m].kind == MarkKind::ClaimCue) cut(marks_.marks[m].span);
  }
  auto bold_it = std::upper_bound(layout_.bold.begin(), layout_.bold.end(), line.begin,
                                  [](uint32_t value, const Span& s) { return value < s.end; });
  for (; bold_it != layout_.bold.end() && bold_it->begin < line.end; ++bold_it) cut(*bold_it);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  auto in_cue = [&](uint32_t offset) {
    for (uint32_t m : on_line) {
      const Mark& mark = marks_.marks[m];
      if (mark.kind == MarkKind::ClaimCue && offset >= mark.span.begin && offset < mark.span.end) return true;
    }
    return false;
  };
  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    const uint32_t begin = cuts[c], end = cuts[c + 1];
    const ImFont* font = is_bold(layout_, begin) && style_.bold_font ? style_.bold_font : style_.font;
    draw->AddText(font, font_size, ImVec2(x_at(begin), glyph_top), in_cue(begin) ? theme::kCue : theme::kText,
                  text.data() + begin, text.data() + end);
  }

  // 3. Sources: a box around the speaker.
  for (uint32_t m : on_line) {
    const Mark& mark = marks_.marks[m];
    if (mark.kind != MarkKind::ClaimSource) continue;
    float x0 = x_at(std::max(mark.span.begin, line.begin));
    float x1 = x_at(std::min(mark.span.end, line.end));
    draw->AddRect(ImVec2(x0 - 3, glyph_top - 4), ImVec2(x1 + 3, glyph_bottom + 5),
                  lit(mark) ? theme::kText : theme::kSourceBox, 4, 0, lit(mark) ? 2.0f : 1.5f);
  }
}

void ArticleView::draw(const AppState& state, const Fonts& fonts) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("article", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs);
  ImGui::PopStyleVar();

  const float font_size = ImGui::GetFontSize();
  const float available = ImGui::GetContentRegionAvail().x;
  TextLayoutStyle style;
  style.font = fonts.regular ? fonts.regular : ImGui::GetFont();
  style.bold_font = fonts.bold;
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

  const Document& doc = state.document();
  int hovered = -1;
  if (ImGui::IsWindowHovered()) hovered = hit_test(doc.text, ImGui::GetIO().MousePos, left, top);

  // Draw only the lines between the top and the bottom of the view.
  report_.entity_boxes.clear();
  const float scroll = ImGui::GetScrollY();
  int first = std::max(0, line_at_y(layout_, scroll - kMargin, style_.line_height));
  for (size_t i = static_cast<size_t>(first); i < layout_.lines.size(); ++i) {
    if (layout_.lines[i].y + kMargin - scroll > view_height) break;
    draw_line(doc, i, left, top, hovered);
  }

  // Reserve the whole height so the scrollbar knows it.
  ImGui::Dummy(ImVec2(available, layout_.height + 2 * kMargin));

  report_.scroll_y = scroll;
  report_.scroll_max = ImGui::GetScrollMaxY();
  report_.hovered.clear();
  if (hovered >= 0) {
    const Mark& mark = marks_.marks[hovered];
    report_.hovered = (mark.kind == MarkKind::Entity ? "entity " : "claim ") + std::to_string(mark.index);
    int mentions = 0;
    if (mark.kind == MarkKind::Entity) {
      auto it = group_mentions_.find(doc.entities[mark.index].group);
      mentions = it == group_mentions_.end() ? 1 : it->second;
    }
    draw_hover_card(doc, mark, mentions, fonts);
  }
  ImGui::EndChild();
}

}  // namespace ann::web
