// What the side panels' lists (entities_panel, claims_panel) share: rows of one height, of
// which only those in view are drawn, a header row, and text cut with "..." to fit.
//
//   ▾ Person                      4 groups, 10 mentions     <- draw_header_texts
//     ■ Aleksandar Vučić                              5
//   draw_visible_rows(rows.size(), [&](int i) { ... });      // PushID(i) done for you
#pragma once
#include <string>

#include "imgui.h"

namespace ann::web {

// One line of text and some air: every row of a panel list has this height.
float panel_row_height();

// `text` from pos.x to `right`, cut with "..." when it does not fit; nothing when right <= x.
void text_clipped(ImDrawList* draw, ImVec2 pos, float right, ImU32 color, const std::string& text);

// The muted sentence shown instead of an empty list ("No claims in this article...").
void empty_list_hint(const char* text);

// A header row's texts, in the row whose top left is `min` (width wide): `caption` from
// min.x + indent in `caption_font` (the current font when null), `count` right-aligned in
// muted text, and a rule under the row. The caption is cut to leave the count room.
void draw_header_texts(ImVec2 min, float width, float indent, const std::string& caption,
                       ImU32 caption_color, ImFont* caption_font, const std::string& count);

// Calls draw_row(i) for the rows 0..count-1 that are in view (ImGuiListClipper), each under
// its own ImGui id, with no spacing between rows.
template <typename DrawRow>
void draw_visible_rows(int count, DrawRow draw_row) {
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGuiListClipper clipper;
  clipper.Begin(count, panel_row_height());
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      ImGui::PushID(i);
      draw_row(i);
      ImGui::PopID();
    }
  }
  ImGui::PopStyleVar();
}

}  // namespace ann::web
