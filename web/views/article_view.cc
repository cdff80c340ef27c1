#include "views/article_view.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "editing/snap.h"
#include "imgui.h"
#include "views/edit_shortcuts.h"
#include "views/hover_card.h"
#include "views/theme.h"

namespace ann::web {
namespace {

constexpr float kMargin = 28.0f;         // CSS px around the column
constexpr size_t kMaxReportedBoxes = 256;

// Selection and search colours (the label colours stay the only ones that mean a label).
constexpr ImU32 kMarkedBand = IM_COL32(66, 133, 244, 90);       // text marked by a drag
constexpr ImU32 kSearchHit = IM_COL32(255, 170, 60, 90);
constexpr ImU32 kSearchCurrent = IM_COL32(255, 140, 0, 190);
constexpr ImU32 kSelectedClaimOutline = IM_COL32(150, 110, 0, 255);

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

std::string mark_name(const Mark& mark) {
  return (mark.kind == MarkKind::Entity ? "entity " : "claim ") + std::to_string(mark.index);
}

// A small folded corner at the top right of a box: "made or changed by hand".
void draw_hand_corner(ImDrawList* draw, float right, float top, ImU32 color) {
  const float size = 6;
  draw->AddTriangleFilled(ImVec2(right - size, top), ImVec2(right, top), ImVec2(right, top + size), color);
}

}  // namespace

std::string report_json(const ArticleViewReport& report) {
  nlohmann::json boxes = nlohmann::json::array();
  for (const ArticleViewReport::Box& box : report.entity_boxes) {
    boxes.push_back({{"entity", box.entity}, {"x", box.x}, {"y", box.y}, {"width", box.width},
                     {"height", box.height}});
  }
  nlohmann::json marked = nullptr;
  if (report.marked) marked = {report.marked->begin, report.marked->end};
  nlohmann::json items = nlohmann::json::array();
  for (const ItemBox& item : report.items) {
    items.push_back({{"name", item.name}, {"x", item.x}, {"y", item.y}, {"width", item.width},
                     {"height", item.height}});
  }
  nlohmann::json out = {{"scroll_y", report.scroll_y}, {"scroll_max", report.scroll_max},
                        {"hovered", report.hovered}, {"entity_boxes", boxes},
                        {"selected", report.selected}, {"marked", marked},
                        {"menu_open", report.menu_open}, {"bar_open", report.bar_open},
                        {"items", items}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void ArticleView::update_layout(const AppState& state, const TextLayoutStyle& style) {
  const bool claims = state.options().show_claims;
  bool same_style = style.font == style_.font && style.bold_font == style_.bold_font &&
                    style.font_size == style_.font_size &&
                    style.wrap_width == style_.wrap_width && claims == layout_claims_;
  bool same_document = revision_ == state.revision();
  if (same_style && same_document) return;
  style_ = style;
  layout_claims_ = claims;
  revision_ = state.revision();
  const Document& doc = state.document();
  // Claim sources and cues are set in bold (while claims are shown).
  std::vector<Span> bold;
  for (const Claim& claim : doc.claims) {
    if (!claims) break;
    if (claim.source) bold.push_back(*claim.source);
    if (claim.cue) bold.push_back(*claim.cue);
  }
  // Most edits change no bold span: then the lines stay (measuring every glyph again would
  // cost milliseconds per edit on a 20,000-word article); only the marks are indexed again.
  bold = merge_spans(std::move(bold));
  if (!same_style || state.text_revision() != layout_text_revision_ || bold != layout_.bold) {
    layout_ = lay_out_text(doc.text, style_, std::move(bold));
    layout_text_revision_ = state.text_revision();
  }
  marks_ = index_marks(doc, layout_);
  if (!same_document) {
    group_mentions_.clear();
    for (const Entity& entity : doc.entities) ++group_mentions_[entity.group];
  }
}

// Copies the selected annotation into target_ when the document or the selection changed
// (a linear search, but only then, never per frame).
void ArticleView::resolve_selection(const AppState& state) {
  if (state.text_revision() != text_revision_) {
    text_revision_ = state.text_revision();
    target_.marked.reset();
    pressing_ = dragging_ = false;
  }
  if (resolved_revision_ == state.revision() && resolved_selection_ == state.selection_revision()) return;
  resolved_revision_ = state.revision();
  resolved_selection_ = state.selection_revision();
  const Document& doc = state.document();
  const Selection& selection = state.selection();
  target_.entity.reset();
  target_.claim.reset();
  selected_group_ = kNoId;
  selected_name_.clear();
  switch (selection.kind) {
    case Selection::Kind::None: break;
    case Selection::Kind::Entity:
      for (size_t i = 0; i < doc.entities.size(); ++i) {
        if (doc.entities[i].id != selection.id) continue;
        target_.entity = doc.entities[i];
        selected_name_ = "entity " + std::to_string(i);
        auto mentions = group_mentions_.find(doc.entities[i].group);
        target_.group_mentions = mentions == group_mentions_.end() ? 1 : mentions->second;
      }
      break;
    case Selection::Kind::Group:
      selected_group_ = selection.id;
      selected_name_ = "group " + std::to_string(selection.id);
      break;
    case Selection::Kind::Claim:
      for (size_t i = 0; i < doc.claims.size(); ++i) {
        if (doc.claims[i].id != selection.id) continue;
        target_.claim = doc.claims[i];
        selected_name_ = "claim " + std::to_string(i);
      }
      break;
  }
}

// Another panel selected something (the Entities panel, the Claims panel) or moved the
// search to another hit: bring it into view.
void ArticleView::follow_other_panels(const AppState& state, float view_height) {
  if (state.selection_revision() != followed_selection_) {
    followed_selection_ = state.selection_revision();
    if (target_.entity) {
      scroll_to(target_.entity->span, view_height);
    } else if (target_.claim) {
      scroll_to(target_.claim->content, view_height);
    } else if (selected_group_ != kNoId) {
      for (const Entity& e : state.document().entities) {
        if (e.group == selected_group_) {
          scroll_to(e.span, view_height);
          break;
        }
      }
    }
  }
  const ViewOptions& options = state.options();
  const int current = options.search_current;
  const bool valid = current >= 0 && static_cast<size_t>(current) < options.search_hits.size();
  const Span hit = valid ? options.search_hits[current] : Span{};
  if (options.search_hits.size() != followed_hits_ || current != followed_current_ || !(hit == followed_hit_)) {
    followed_hits_ = options.search_hits.size();
    followed_current_ = current;
    followed_hit_ = hit;
    if (valid) scroll_to(hit, view_height);
  }
}

// Scrolls so that `span` shows a third of the way down, unless its first line is in view.
void ArticleView::scroll_to(Span span, float view_height) {
  int line = line_of_offset(layout_, span.begin);
  if (line < 0) return;
  const float y = layout_.lines[line].y + kMargin;
  const float scroll = ImGui::GetScrollY();
  if (y >= scroll && y + style_.line_height <= scroll + view_height) return;
  ImGui::SetScrollY(std::max(0.0f, y - view_height / 3));
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

bool ArticleView::is_selected(const Document& doc, const Mark& mark) const {
  if (mark.kind == MarkKind::Entity) {
    const Entity& e = doc.entities[mark.index];
    return (target_.entity && e.id == target_.entity->id) || (selected_group_ != kNoId && e.group == selected_group_);
  }
  return target_.claim && doc.claims[mark.index].id == target_.claim->id;
}

bool ArticleView::shown(const Document& doc, const Mark& mark) const {
  if (mark.kind == MarkKind::Entity) {
    return options_->label_visible[static_cast<size_t>(doc.entities[mark.index].label)];
  }
  return layout_claims_;
}

int ArticleView::hit_test(const std::string& text, ImVec2 mouse) const {
  int line_index = line_at_y(layout_, mouse.y - top_, style_.line_height);
  if (line_index < 0) return -1;
  const TextLine& line = layout_.lines[line_index];
  if (mouse.y < top_ + line.y || mouse.y >= top_ + line.y + style_.line_height) return -1;   // a gap
  if (mouse.x < left_ || mouse.x > left_ + x_of_offset(text, layout_, line, line.end, style_)) return -1;
  uint32_t offset = offset_at_x(text, layout_, line, mouse.x - left_, style_);
  int best = -1;
  for (uint32_t m : marks_.by_line[line_index]) {
    const Mark& mark = marks_.marks[m];
    if (offset < mark.span.begin || offset >= mark.span.end || !shown(*document_, mark)) continue;
    if (best < 0 || hover_priority(mark.kind) > hover_priority(marks_.marks[best].kind)) best = static_cast<int>(m);
  }
  return best;
}

uint32_t ArticleView::caret_under(const std::string& text, ImVec2 mouse) const {
  int line_index = line_at_y(layout_, mouse.y - top_, style_.line_height);
  if (line_index < 0) return 0;
  return caret_at_x(text, layout_, layout_.lines[line_index], mouse.x - left_, style_);
}

// The words between the drag's anchor and `caret` ("ksandar Vu" => "Aleksandar Vučić"), or
// exactly the characters between them with Alt held.
Span ArticleView::drag_span(const std::string& text, uint32_t caret, bool exact) const {
  Span span{std::min(drag_anchor_, caret), std::max(drag_anchor_, caret)};
  if (exact || span.empty()) return span;
  return snap_to_words(text, span);
}

void ArticleView::select_mark(AppState& state, int mark_index) {
  const Document& doc = state.document();
  const Mark& mark = marks_.marks[mark_index];
  if (mark.kind == MarkKind::Entity) {
    state.select({Selection::Kind::Entity, doc.entities[mark.index].id});
  } else {
    state.select({Selection::Kind::Claim, doc.claims[mark.index].id});
  }
  followed_selection_ = state.selection_revision();   // a click in view needs no scrolling
  resolve_selection(state);
}

// Left button: a click selects the annotation under it (or clears the selection), a drag
// marks words, a double click marks one word. Right button: the menu (open_menu_at).
void ArticleView::handle_mouse(AppState& state, int hovered) {
  const ImGuiIO& io = ImGui::GetIO();
  const std::string& text = state.document().text;
  const bool editable = can_edit(state);
  const bool over_text = ImGui::IsWindowHovered() && !ImGui::IsAnyItemHovered();
  if (over_text) ImGui::SetMouseCursor(hovered >= 0 ? ImGuiMouseCursor_Hand
                                       : editable  ? ImGuiMouseCursor_TextInput
                                                   : ImGuiMouseCursor_Arrow);
  if (over_text && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    const uint32_t caret = caret_under(text, io.MousePos);
    if (editable && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
      Span word = snap_to_words(text, {caret, caret});
      if (!word.empty()) target_.marked = word;
      pressing_ = false;
      return;
    }
    pressing_ = true;
    dragging_ = false;
    drag_anchor_ = caret;
  }
  if (pressing_ && editable && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    dragging_ = true;
    drag_preview_ = drag_span(text, caret_under(text, io.MousePos), io.KeyAlt);
  }
  if (pressing_ && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    pressing_ = false;
    if (dragging_) {
      dragging_ = false;
      if (!drag_preview_.empty()) target_.marked = drag_preview_;
    } else {
      target_.marked.reset();
      if (hovered >= 0) {
        select_mark(state, hovered);
      } else {
        state.select({});
        followed_selection_ = state.selection_revision();
      }
    }
  }
  if (over_text && editable && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
    open_menu_at(state, caret_under(text, io.MousePos), hovered);
  }
}

// Right-click: on the marked words, their menu; on an annotation, select it and show its
// menu; on a plain word, mark that word and show the labels.
void ArticleView::open_menu_at(AppState& state, uint32_t caret, int hovered) {
  const std::string& text = state.document().text;
  const bool in_marked = target_.marked && caret >= target_.marked->begin && caret <= target_.marked->end;
  if (!in_marked) {
    target_.marked.reset();
    if (hovered >= 0) {
      select_mark(state, hovered);
    } else {
      Span word = snap_to_words(text, {caret, caret});
      if (word.empty()) return;
      target_.marked = word;
    }
  }
  menu_.open(state);
}

// Behind the text: claim bands, entity tints and underlines, search hits, marked words.
void ArticleView::draw_line_bands(const Document& doc, const TextLine& line, float glyph_top, float glyph_bottom) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const std::string& text = doc.text;
  auto x_at = [&](uint32_t offset) { return left_ + x_of_offset(text, layout_, line, offset, style_); };
  auto band = [&](Span span, ImU32 color, float rounding) {
    if (span.end <= line.begin || span.begin >= line.end) return;
    float x0 = x_at(std::max(span.begin, line.begin));
    float x1 = x_at(std::min(span.end, line.end));
    draw->AddRectFilled(ImVec2(x0 - 1, glyph_top - 2), ImVec2(x1 + 1, glyph_bottom + 3), color, rounding);
  };

  // Search hits on this line: the hits are sorted, so a binary search finds the first.
  const ViewOptions& options = *options_;
  const std::vector<Span>& hits = options.search_hits;
  auto hit = std::upper_bound(hits.begin(), hits.end(), line.begin,
                              [](uint32_t offset, const Span& s) { return offset < s.end; });
  for (; hit != hits.end() && hit->begin < line.end; ++hit) {
    const bool current = hit - hits.begin() == options.search_current;
    band(*hit, current ? kSearchCurrent : kSearchHit, 2);
  }
  const Span marked = dragging_ ? drag_preview_ : target_.marked.value_or(Span{});
  if (!marked.empty()) band(marked, kMarkedBand, 0);
}

void ArticleView::draw_line(const Document& doc, size_t line_index, int hovered) {
  const std::string& text = doc.text;
  const TextLine& line = layout_.lines[line_index];
  const float font_size = style_.font_size;
  const float line_top = top_ + line.y;
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
  auto selected = [&](const Mark& mark) { return is_selected(doc, mark); };
  auto x_at = [&](uint32_t offset) { return left_ + x_of_offset(text, layout_, line, offset, style_); };

  // 1. Backgrounds: claim bands, then entity tints and underlines.
  const std::vector<uint32_t>& on_line = marks_.by_line[line_index];
  for (uint32_t m : on_line) {
    const Mark& mark = marks_.marks[m];
    if (!shown(doc, mark)) continue;
    float x0 = x_at(std::max(mark.span.begin, line.begin));
    float x1 = x_at(std::min(mark.span.end, line.end));
    if (mark.kind == MarkKind::ClaimContent) {
      draw->AddRectFilled(ImVec2(x0, line_top + 1), ImVec2(x1, line_top + style_.line_height - 1),
                          lit(mark) || selected(mark) ? theme::kClaimTintStrong : theme::kClaimTint);
    } else if (mark.kind == MarkKind::Entity) {
      const Entity& entity = doc.entities[mark.index];
      draw->AddRectFilled(ImVec2(x0 - 1, glyph_top - 2), ImVec2(x1 + 1, glyph_bottom + 3),
                          lit(mark) || selected(mark) ? label_tint_strong(entity.label) : label_tint(entity.label), 3);
      draw->AddRectFilled(ImVec2(x0 - 1, glyph_bottom + 1), ImVec2(x1 + 1, glyph_bottom + 3),
                          label_color(entity.label));
      if (report_.entity_boxes.size() < kMaxReportedBoxes &&
          (report_.entity_boxes.empty() || report_.entity_boxes.back().entity != mark.index)) {
        report_.entity_boxes.push_back({mark.index, x0, glyph_top, x1 - x0, font_size});
      }
    }
  }
  draw_line_bands(doc, line, glyph_top, glyph_bottom);

  // 2. The text, in runs that change at bold spans (sources, cues) and at cues (amber).
  std::vector<uint32_t> cuts = {line.begin, line.end};
  auto cut = [&](Span span) {
    if (span.begin > line.begin && span.begin < line.end) cuts.push_back(span.begin);
    if (span.end > line.begin && span.end < line.end) cuts.push_back(span.end);
  };
  for (uint32_t m : on_line) {
    if (marks_.marks[m].kind == MarkKind::ClaimCue && layout_claims_) cut(marks_.marks[m].span);
  }
  auto bold_it = std::upper_bound(layout_.bold.begin(), layout_.bold.end(), line.begin,
                                  [](uint32_t value, const Span& s) { return value < s.end; });
  for (; bold_it != layout_.bold.end() && bold_it->begin < line.end; ++bold_it) cut(*bold_it);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  auto in_cue = [&](uint32_t offset) {
    if (!layout_claims_) return false;
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

  // 3. On top: source boxes, selection outlines, hand-made corners.
  for (uint32_t m : on_line) {
    const Mark& mark = marks_.marks[m];
    if (!shown(doc, mark)) continue;
    const bool starts_here = mark.span.begin >= line.begin;
    const bool ends_here = mark.span.end <= line.end;
    float x0 = x_at(std::max(mark.span.begin, line.begin));
    float x1 = x_at(std::min(mark.span.end, line.end));
    if (mark.kind == MarkKind::ClaimSource) {
      draw->AddRect(ImVec2(x0 - 3, glyph_top - 4), ImVec2(x1 + 3, glyph_bottom + 5),
                    lit(mark) ? theme::kText : theme::kSourceBox, 4, 0, lit(mark) ? 2.0f : 1.5f);
    } else if (mark.kind == MarkKind::Entity) {
      const Entity& entity = doc.entities[mark.index];
      if (selected(mark)) {
        draw->AddRect(ImVec2(x0 - 3, glyph_top - 4), ImVec2(x1 + 3, glyph_bottom + 5), theme::kText, 4, 0, 2.0f);
      }
      if (entity.origin == Origin::Manual && ends_here) {
        draw_hand_corner(draw, x1 + 1, glyph_top - 2, label_color(entity.label));
      }
    } else if (mark.kind == MarkKind::ClaimContent) {
      if (selected(mark)) {
        draw->AddRect(ImVec2(x0 - 1, line_top), ImVec2(x1 + 1, line_top + style_.line_height),
                      kSelectedClaimOutline, 0, 0, 2.0f);
      }
      if (doc.claims[mark.index].origin == Origin::Manual && starts_here) {
        // The claim's corner mark sits at its first character, folded the other way.
        const float size = 7;
        draw->AddTriangleFilled(ImVec2(x0, line_top + 1), ImVec2(x0 + size, line_top + 1),
                                ImVec2(x0, line_top + 1 + size), kSelectedClaimOutline);
      }
    }
  }
}

std::optional<ImVec4> ArticleView::span_box(Span span) const {
  if (!document_ || span.end > document_->text.size()) return std::nullopt;
  int line_index = line_of_offset(layout_, span.begin);
  if (line_index < 0) return std::nullopt;
  const TextLine& line = layout_.lines[line_index];
  const std::string& text = document_->text;
  float x0 = left_ + x_of_offset(text, layout_, line, span.begin, style_);
  float x1 = left_ + x_of_offset(text, layout_, line, std::min(span.end, line.end), style_);
  return ImVec4(x0, top_ + line.y, x1 - x0, style_.line_height);
}

void ArticleView::draw_selection_bar(AppState& state, const Fonts& fonts, ImVec2 view_min, ImVec2 view_max) {
  report_.bar_open = false;
  if (!can_edit(state)) return;
  std::optional<Span> span = target_.marked;
  if (!span && target_.entity) span = target_.entity->span;
  if (!span && target_.claim && layout_claims_) span = target_.claim->content;
  if (!span || dragging_) return;
  const std::string& text = state.document().text;
  int first = line_of_offset(layout_, span->begin);
  int last = line_of_offset(layout_, span->end > 0 ? span->end - 1 : 0);
  if (first < 0 || last < 0) return;
  const TextLine& last_line = layout_.lines[last];
  // Scrolled out of view: no bar (it would float over unrelated text).
  if (top_ + last_line.y + style_.line_height < view_min.y || top_ + layout_.lines[first].y > view_max.y) return;
  BarAnchor anchor;
  anchor.x = left_ + (first == last ? x_of_offset(text, layout_, last_line, span->begin, style_) : 0);
  anchor.top = top_ + layout_.lines[first].y;
  anchor.bottom = top_ + last_line.y + style_.line_height;
  anchor.bounds_min = view_min;
  anchor.bounds_max = view_max;
  bar_.draw(state, target_, anchor, fonts, &report_.items);
  report_.bar_open = true;
}

void ArticleView::draw(AppState& state, const Fonts& fonts) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("article", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs);
  ImGui::PopStyleVar();

  const Document& doc = state.document();
  document_ = &doc;
  options_ = &state.options();

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
  resolve_selection(state);

  const ImVec2 origin = ImGui::GetCursorScreenPos();   // top-left of the scrolled content
  left_ = origin.x + std::floor((available - style_.wrap_width) / 2);
  top_ = origin.y + kMargin;
  const float view_height = ImGui::GetWindowHeight();
  const ImVec2 view_min = ImGui::GetWindowPos();
  const ImVec2 view_max(view_min.x + ImGui::GetWindowWidth(), view_min.y + view_height);
  handle_keyboard_scroll(view_height);
  follow_other_panels(state, view_height);

  int hovered = -1;
  if (ImGui::IsWindowHovered()) hovered = hit_test(doc.text, ImGui::GetIO().MousePos);
  const uint64_t revision_before_input = state.revision();
  handle_mouse(state, hovered);
  if (!menu_.is_open()) handle_edit_shortcuts(state, target_);
  report_.items.clear();
  menu_.draw(state, target_, &report_.items);
  // An edit above may have changed the document: lay out and resolve again before drawing.
  update_layout(state, style);
  resolve_selection(state);
  if (state.revision() != revision_before_input) hovered = -1;   // its index is stale

  // Draw only the lines between the top and the bottom of the view.
  report_.entity_boxes.clear();
  const float scroll = ImGui::GetScrollY();
  int first = std::max(0, line_at_y(layout_, scroll - kMargin, style_.line_height));
  for (size_t i = static_cast<size_t>(first); i < layout_.lines.size(); ++i) {
    if (layout_.lines[i].y + kMargin - scroll > view_height) break;
    draw_line(doc, i, hovered);
  }

  // Reserve the whole height so the scrollbar knows it.
  ImGui::Dummy(ImVec2(available, layout_.height + 2 * kMargin));

  report_.scroll_y = scroll;
  report_.scroll_max = ImGui::GetScrollMaxY();
  report_.hovered.clear();
  report_.menu_open = menu_.is_open();
  report_.marked = target_.marked;
  report_.selected = selected_name_;
  // No card while the user drags, uses the menu or acts on marked words (it would cover the bar).
  // Nor over the selected annotation while its bar shows the same.
  if (hovered >= 0 && !menu_.is_open() && !pressing_ && !target_.marked &&
      !(report_.bar_open && is_selected(doc, marks_.marks[hovered]))) {
    const Mark& mark = marks_.marks[hovered];
    report_.hovered = mark_name(mark);
    int mentions = 0;
    const char* note = "";
    if (mark.kind == MarkKind::Entity) {
      const Entity& entity = doc.entities[mark.index];
      auto it = group_mentions_.find(entity.group);
      mentions = it == group_mentions_.end() ? 1 : it->second;
      note = state.hand_note(entity.origin, entity.id);
    } else {
      const Claim& claim = doc.claims[mark.index];
      note = state.hand_note(claim.origin, claim.id);
    }
    draw_hover_card(doc, mark, mentions, note, fonts);
  }
  ImGui::EndChild();
  draw_selection_bar(state, fonts, view_min, view_max);
}

}  // namespace ann::web
