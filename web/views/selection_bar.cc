#include "views/selection_bar.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "views/hover_card.h"
#include "views/theme.h"

namespace ann::web {
namespace {

constexpr size_t kExcerptBytes = 48;
constexpr float kGap = 6;   // CSS px between the text and the bar

// “Krušik sold shells to…”: cut on a UTF-8 boundary.
std::string excerpt(std::string_view s) {
  std::string out = "\xE2\x80\x9C";
  if (s.size() <= kExcerptBytes) {
    out += s;
  } else {
    size_t end = kExcerptBytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    out += s.substr(0, end);
    out += "\xE2\x80\xA6";
  }
  return out + "\xE2\x80\x9D";
}

std::vector<ItemBox>* g_boxes = nullptr;   // where this frame's bar notes its buttons

// Notes the last item as "bar/<name>" and passes `clicked` through.
bool noted(bool clicked, const std::string& name) {
  note_item(g_boxes, "bar/" + name);
  return clicked;
}

// A button tinted in the label's colour: "1 Person".
bool label_button(int index, bool current) {
  const Label label = kLabelsInKeyOrder[index];
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(current ? label_color(label) : label_tint(label)));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(label_tint_strong(label)));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(label_color(label)));
  if (current) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
  std::string caption = std::to_string(index + 1) + " " + label_display_name(label);
  bool clicked = noted(ImGui::Button(caption.c_str()), caption);
  ImGui::PopStyleColor(current ? 4 : 3);
  return clicked;
}

// One row of the claim editor: "Source  “Vučić”  [Clear]". Setting a part starts with
// marking its words: the bar then offers [Source] [Cue] [Content].
void claim_part_row(AppState& state, EditTarget& target, const char* name, ClaimPart part,
                    const std::optional<Span>& span) {
  ImGui::PushID(name);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", name);
  ImGui::SameLine(ImGui::GetFontSize() * 4.5f);
  if (span) {
    std::string text = excerpt(state.document().span_text(*span));
    ImGui::TextUnformatted(text.c_str());
  } else {
    ImGui::TextDisabled("none");
  }
  if (part != ClaimPart::Content) {
    ImGui::SameLine();
    ImGui::BeginDisabled(!span);
    if (noted(ImGui::SmallButton("Clear"), std::string(name) + "/Clear")) clear_claim_part(state, target, part);
    ImGui::EndDisabled();
  }
  ImGui::PopID();
}

}  // namespace

void SelectionBar::draw(AppState& state, EditTarget& target, const BarAnchor& anchor, const Fonts& fonts,
                        std::vector<ItemBox>* boxes) {
  hovered_ = false;
  g_boxes = boxes;
  if (!can_edit(state) || (!target.marked && !target.entity && !target.claim)) return;
  // Below the selection, else above it; always inside the article.
  ImVec2 pos(anchor.x, anchor.bottom + kGap);
  if (pos.y + size_.y > anchor.bounds_max.y) pos.y = anchor.top - kGap - size_.y;
  pos.x = std::clamp(pos.x, anchor.bounds_min.x + 4, std::max(anchor.bounds_min.x + 4, anchor.bounds_max.x - size_.x - 4));
  pos.y = std::clamp(pos.y, anchor.bounds_min.y + 4, std::max(anchor.bounds_min.y + 4, anchor.bounds_max.y - size_.y - 4));
  ImGui::SetNextWindowPos(pos);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 8));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_PopupBg));
  ImGui::Begin("##selection-bar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(3);
  // Compact controls, outlined so radio buttons show on the white bar.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, 3));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1);
  if (target.marked) {
    marked_items(state, target);
  } else if (target.entity) {
    entity_items(state, target, fonts);
  } else if (target.claim) {
    claim_items(state, target, fonts);
  }
  ImGui::PopStyleVar(2);
  size_ = ImGui::GetWindowSize();
  hovered_ = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
  ImGui::End();
}

void SelectionBar::marked_items(AppState& state, EditTarget& target) {
  std::string what = "Mark " + excerpt(state.document().span_text(*target.marked)) + " as";
  ImGui::TextDisabled("%s", what.c_str());
  for (int i = 0; i < kLabelCount; ++i) {
    if (i > 0) ImGui::SameLine(0, 4);
    if (label_button(i, false)) label_marked(state, target, kLabelsInKeyOrder[i]);
  }
  ImGui::SameLine(0, 4);
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(theme::kClaimTint));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(theme::kClaimTintStrong));
  if (noted(ImGui::Button("C Claim"), "C Claim")) claim_marked(state, target);
  ImGui::PopStyleColor(2);
  if (target.claim) {
    ImGui::TextDisabled("or make it the selected claim's");
    ImGui::SameLine();
    if (noted(ImGui::SmallButton("Source"), "Source")) set_claim_part(state, target, ClaimPart::Source);
    ImGui::SameLine();
    if (noted(ImGui::SmallButton("Cue"), "Cue")) set_claim_part(state, target, ClaimPart::Cue);
    ImGui::SameLine();
    if (noted(ImGui::SmallButton("Content"), "Content")) set_claim_part(state, target, ClaimPart::Content);
  }
}

void SelectionBar::entity_items(AppState& state, EditTarget& target, const Fonts& fonts) {
  const Document& doc = state.document();
  const Entity entity = *target.entity;
  ImGui::PushFont(fonts.bold);
  std::string title = excerpt(doc.span_text(entity.span));
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  if (const EntityGroup* group = doc.find_group(entity.group)) {
    ImGui::SameLine();
    std::string line = std::string("\xC2\xB7 ") + label_display_name(entity.label) + " \xC2\xB7 group " + group->canonical;
    ImGui::TextDisabled("%s", line.c_str());
  }
  for (int i = 0; i < kLabelCount; ++i) {
    if (i > 0) ImGui::SameLine(0, 4);
    if (label_button(i, entity.label == kLabelsInKeyOrder[i])) {
      relabel(state, target, kLabelsInKeyOrder[i], ImGui::GetIO().KeyShift);
    }
  }
  ImGui::SameLine(0, 12);
  if (noted(ImGui::Button("Delete"), "Delete")) delete_selected(state, target);
  ImGui::SameLine(0, 4);
  ImGui::BeginDisabled(target.group_mentions < 2);
  if (noted(ImGui::Button("Split"), "Split")) split_selected(state, target);
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::SetTooltip(target.group_mentions < 2 ? "The only mention of its group"
                                                : "Take this mention out of its group");
  }
  ImGui::TextDisabled("Shift+1-6 relabels the whole group \xC2\xB7 right-click: merge, rename");
}

void SelectionBar::claim_items(AppState& state, EditTarget& target, const Fonts& fonts) {
  const Claim claim = *target.claim;
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted("Claim");
  ImGui::PopFont();
  if (const char* note = state.hand_note(claim.origin, claim.id); *note) {
    ImGui::SameLine();
    ImGui::TextDisabled("\xC2\xB7 %s", note);
  }
  claim_part_row(state, target, "Source", ClaimPart::Source, claim.source);
  claim_part_row(state, target, "Cue", ClaimPart::Cue, claim.cue);
  claim_part_row(state, target, "Content", ClaimPart::Content, claim.content);

  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Kind");
  for (ClaimKind kind : {ClaimKind::Direct, ClaimKind::Indirect, ClaimKind::Mixed}) {
    ImGui::SameLine(kind == ClaimKind::Direct ? ImGui::GetFontSize() * 4.5f : 0);
    std::string name(claim_kind_name(kind));
    if (noted(ImGui::RadioButton(name.c_str(), claim.kind == kind), name)) set_claim_kind(state, target, kind);
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Stance");
  ImGui::SameLine(ImGui::GetFontSize() * 4.5f);
  if (noted(ImGui::RadioButton("assert", claim.stance == ClaimStance::Assert), "assert")) {
    set_claim_stance(state, target, ClaimStance::Assert);
  }
  ImGui::SameLine();
  if (noted(ImGui::RadioButton("deny", claim.stance == ClaimStance::Deny), "deny")) {
    set_claim_stance(state, target, ClaimStance::Deny);
  }
  if (noted(ImGui::Button("Delete claim"), "Delete claim")) delete_selected(state, target);
  ImGui::SameLine();
  ImGui::TextDisabled("To set the source or cue, mark its words in the text");
}

}  // namespace ann::web
