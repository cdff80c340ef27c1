// Colours and spacing, in a light and a dark variant (options().theme). Entity labels use the
// Okabe–Ito palette, which stays distinguishable with the common forms of colour blindness;
// each label also has a name in the legend, so colour is never the only cue. On the dark page
// the darker hues are lightened so underlines keep a 3:1 contrast, and tints are stronger.
//
//   apply_theme(Theme::Dark);   // MainWindow does this when options().theme changes
//   draw->AddText(..., theme::kText, ...);   // read the colours each frame: never cache them
#pragma once
#include "app/view_options.h"
#include "document/document.h"
#include "imgui.h"

namespace ann::web {

// Sets ImGui's style and the colours below for `theme` (ImGui::StyleColorsLight/Dark with a
// calmer reading page on top).
void apply_theme(Theme theme = Theme::Light);
Theme current_theme();
// The page colour for glClearColor, as floats.
ImVec4 clear_color();

namespace theme {
// Set by apply_theme (light values shown). Views read them every frame.
inline ImU32 kPage = IM_COL32(250, 249, 246, 255);        // behind the article
inline ImU32 kText = IM_COL32(28, 28, 30, 255);
inline ImU32 kMutedText = IM_COL32(100, 100, 108, 255);
inline ImU32 kBar = IM_COL32(238, 236, 231, 255);         // toolbar and status bar
inline ImU32 kPanel = IM_COL32(243, 241, 237, 255);       // the side panel (Entities, Claims)
inline ImU32 kRule = IM_COL32(214, 211, 204, 255);
inline ImU32 kClaimTint = IM_COL32(240, 228, 66, 80);         // Okabe–Ito yellow, pale
inline ImU32 kClaimTintStrong = IM_COL32(240, 228, 66, 150);  // the hovered claim
inline ImU32 kCue = IM_COL32(140, 80, 0, 255);                // dark amber: "said", "denied"
inline ImU32 kSourceBox = IM_COL32(90, 90, 100, 200);
inline ImU32 kDeny = IM_COL32(180, 30, 30, 255);              // the DENY badge
inline ImU32 kNotice = IM_COL32(160, 60, 0, 255);             // status-bar notices
inline ImU32 kSearchHit = IM_COL32(255, 150, 50, 90);         // every search hit
inline ImU32 kSearchCurrent = IM_COL32(255, 120, 0, 200);     // the hit "3 of 12" points at
inline ImU32 kSelection = IM_COL32(0, 110, 230, 70);          // a selected span
constexpr float kArticleMaxWidth = 720.0f;   // about 75 characters: a comfortable measure
constexpr float kLineHeight = 1.6f;          // × font size
constexpr float kParagraphGap = 0.7f;        // × line height, between paragraphs
}  // namespace theme

// The label's colour at full strength (text, underlines, legend swatches) and as a light tint
// behind a span, for the current theme.
ImU32 label_color(Label label);
ImU32 label_tint(Label label);
ImU32 label_tint_strong(Label label);   // for the mentions of the hovered entity's group

}  // namespace ann::web
