// Colours and spacing. Entity labels use the Okabe–Ito palette, which stays distinguishable
// with the common forms of colour blindness; each label also has a name in the legend, so
// colour is never the only cue.
#pragma once
#include "document/document.h"
#include "imgui.h"

namespace ann::web {

void apply_theme();   // a light reading theme on top of ImGui::StyleColorsLight()

namespace theme {
constexpr ImU32 kPage = IM_COL32(250, 249, 246, 255);        // behind the article
constexpr ImU32 kText = IM_COL32(28, 28, 30, 255);
constexpr ImU32 kMutedText = IM_COL32(100, 100, 108, 255);
constexpr ImU32 kBar = IM_COL32(238, 236, 231, 255);         // toolbar and status bar
constexpr ImU32 kRule = IM_COL32(214, 211, 204, 255);
constexpr ImU32 kClaimTint = IM_COL32(240, 228, 66, 80);         // Okabe–Ito yellow, pale
constexpr ImU32 kClaimTintStrong = IM_COL32(240, 228, 66, 150);  // the hovered claim
constexpr ImU32 kCue = IM_COL32(140, 80, 0, 255);                // dark amber: "said", "denied"
constexpr ImU32 kSourceBox = IM_COL32(90, 90, 100, 200);
constexpr float kArticleMaxWidth = 720.0f;   // about 75 characters: a comfortable measure
constexpr float kLineHeight = 1.6f;          // × font size
constexpr float kParagraphGap = 0.7f;        // × line height, between paragraphs
}  // namespace theme

// The label's colour at full strength (text, underlines, legend swatches) and as a light tint
// behind a span.
ImU32 label_color(Label label);
ImU32 label_tint(Label label);
ImU32 label_tint_strong(Label label);   // for the mentions of the hovered entity's group

}  // namespace ann::web
