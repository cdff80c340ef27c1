#include "views/hover_card.h"

#include <string>
#include <string_view>

#include "imgui.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// Longer texts end in "…": the card measures and wraps all it holds on every frame, so a
// 1 MB entity (a line without spaces) would cost seconds per frame while hovered.
constexpr size_t kMaxContentBytes = 400;

void text(std::string_view s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }

// Cuts at a UTF-8 character boundary at most `max_bytes` in: "Vučić said" (6) => "Vučić".
std::string shorten(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return std::string(s.substr(0, end)) + "\xE2\x80\xA6";
}

void color_swatch(ImU32 color) {
  const float size = ImGui::GetTextLineHeight() * 0.7f;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float pad = (ImGui::GetTextLineHeight() - size) / 2;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, pos.y + pad),
                                            ImVec2(pos.x + size, pos.y + pad + size), color, 2);
  ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
  ImGui::SameLine();
}

void muted(std::string_view s) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  text(s);
  ImGui::PopStyleColor();
}

void entity_card(const Document& doc, const Entity& entity, int mentions, const char* hand_note,
                 const Fonts& fonts) {
  color_swatch(label_color(entity.label));
  muted(label_display_name(entity.label));
  ImGui::PushFont(fonts.bold);
  text(shorten(doc.span_text(entity.span), kMaxContentBytes));
  ImGui::PopFont();
  std::string group_line;
  if (const EntityGroup* group = doc.find_group(entity.group)) {
    if (group->canonical != doc.span_text(entity.span)) group_line = shorten(group->canonical, kMaxContentBytes) + " \xC2\xB7 ";
  }
  group_line += mentions == 1 ? "1 mention" : std::to_string(mentions) + " mentions";
  muted(group_line);
  if (*hand_note) muted(hand_note);
}

void claim_card(const Document& doc, const Claim& claim, const char* hand_note, const Fonts& fonts) {
  muted(std::string("Claim \xC2\xB7 ") + std::string(claim_kind_name(claim.kind)) + " \xC2\xB7 " +
        (claim.stance == ClaimStance::Deny ? "denial" : "assertion"));
  ImGui::PushFont(fonts.bold);
  if (claim.source) {
    std::string who(doc.span_text(*claim.source));
    const EntityGroup* group = doc.find_group(claim.source_group);
    if (group && group->canonical != who) who += " (" + group->canonical + ")";
    text(shorten(who, kMaxContentBytes));
  } else {
    text("No named source");
  }
  ImGui::PopFont();
  if (claim.cue) {
    ImGui::SameLine();
    text(shorten(doc.span_text(*claim.cue), kMaxContentBytes));
  }
  text(shorten(doc.span_text(claim.content), kMaxContentBytes));
  if (*hand_note) muted(hand_note);
}

}  // namespace

const char* label_display_name(Label label) {
  switch (label) {
    case Label::Person: return "Person";
    case Label::Org: return "Organisation";
    case Label::Place: return "Place";
    case Label::Norp: return "Nationality or group";
    case Label::Date: return "Date";
    case Label::Quantity: return "Quantity";
  }
  return "?";
}

void draw_hover_card(const Document& doc, const Mark& mark, int mentions, const char* hand_note,
                     const Fonts& fonts) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  if (mark.kind == MarkKind::Entity) {
    if (mark.index < doc.entities.size()) entity_card(doc, doc.entities[mark.index], mentions, hand_note, fonts);
  } else if (mark.index < doc.claims.size()) {
    claim_card(doc, doc.claims[mark.index], hand_note, fonts);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  ImGui::PopStyleVar();
}

}  // namespace ann::web
