#include "views/claims_panel.h"

#include <algorithm>
#include <cfloat>
#include <map>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "text/text_search.h"
#include "text/utf8.h"
#include "views/panel_rows.h"
#include "views/theme.h"

namespace ann::web {
namespace {

constexpr size_t kPreviewBytes = 300;   // more than a wide panel shows on one line

// The claim's content on one line: "We will not\n impose" => "We will not impose", cut to
// about kPreviewBytes on a code point boundary.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size() && out.size() < kPreviewBytes;) {
    const size_t begin = i;
    const char32_t cp = decode_utf8(text, i);
    if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t' || cp == 0xA0 || cp == 0x2028 || cp == 0x2029) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.append(text.substr(begin, i - begin));
  }
  return out;
}

}  // namespace

std::vector<ClaimSource> group_claims_by_source(const Document& doc) {
  // Key: "g<id>" for a source group, "t<folded words>" for a source without one, "" for none.
  std::map<std::string, ClaimSource> by_key;
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& claim = doc.claims[i];
    std::string key;
    ClaimSource source;
    if (const EntityGroup* group = doc.find_group(claim.source_group)) {
      key = "g" + std::to_string(group->id);
      source.name = group->canonical;
      source.group = group->id;
    } else if (claim.source && !claim.source->empty()) {
      source.name = one_line(doc.span_text(*claim.source));
      key = "t" + fold_for_search(source.name);
    } else {
      source.name = "No source named";
      source.named = false;
    }
    auto [it, added] = by_key.try_emplace(key, std::move(source));
    it->second.claims.push_back(i);
  }
  std::vector<ClaimSource> out;
  for (auto& [key, source] : by_key) out.push_back(std::move(source));
  // Most claims first, then in order of the first claim; "No source named" last.
  std::stable_sort(out.begin(), out.end(), [](const ClaimSource& a, const ClaimSource& b) {
    if (a.named != b.named) return a.named;
    if (a.claims.size() != b.claims.size()) return a.claims.size() > b.claims.size();
    return a.claims.front() < b.claims.front();
  });
  return out;
}

void ClaimsPanel::rebuild(const Document& doc) {
  sources_ = group_claims_by_source(doc);
  rows_.clear();
  for (size_t s = 0; s < sources_.size(); ++s) {
    rows_.push_back({static_cast<int>(s), -1, {}});
    for (size_t c : sources_[s].claims) {
      rows_.push_back({static_cast<int>(s), static_cast<int>(c), one_line(doc.span_text(doc.claims[c].content))});
    }
  }
  boxes_.assign(doc.claims.size(), Box{0, 0, 0, 0});
}

void ClaimsPanel::update(const AppState& state) {
  if (state.revision() == revision_) return;
  revision_ = state.revision();
  rebuild(state.document());
}

void ClaimsPanel::draw(AppState& state, const Fonts& fonts) {
  update(state);
  for (Box& box : boxes_) box.w = 0;
  ImGui::BeginChild("claim_rows", ImVec2(0, 0), false);
  if (rows_.empty()) empty_list_hint("No claims in this article: nobody is quoted or reported as saying something.");
  const float width = ImGui::GetContentRegionAvail().x;
  draw_visible_rows(static_cast<int>(rows_.size()), [&](int i) {
    const Row& row = rows_[i];
    if (row.claim >= 0) {
      draw_claim_row(row, state, fonts, width);
      return;
    }
    // A source: its name in bold, how many claims.   Aleksandar Vučić        3 claims
    const ClaimSource& source = sources_[row.source];
    ImGui::Dummy(ImVec2(width, panel_row_height()));
    const size_t count = source.claims.size();
    draw_header_texts(ImGui::GetItemRectMin(), width, 4, source.name,
                      source.named ? theme::kText : theme::kMutedText, fonts.bold,
                      std::to_string(count) + (count == 1 ? " claim" : " claims"));
  });
  ImGui::EndChild();
}

void ClaimsPanel::draw_claim_row(const Row& row, AppState& state, const Fonts& fonts, float width) {
  const Document& doc = state.document();
  const Claim& claim = doc.claims[row.claim];
  const Selection& selection = state.selection();
  const bool selected = selection.kind == Selection::Kind::Claim && selection.id == claim.id;
  if (ImGui::Selectable("##claim", selected, 0, ImVec2(width, panel_row_height()))) {
    state.select({Selection::Kind::Claim, claim.id});
  }
  const ImVec2 min = ImGui::GetItemRectMin();
  boxes_[row.claim] = {min.x, min.y, width, panel_row_height()};
  if (ImGui::IsItemHovered() && row.preview.size() > 40) {
    ImGui::SetNextWindowSize(ImVec2(420, 0));
    ImGui::BeginTooltip();
    ImGui::TextWrapped("%s", row.preview.c_str());
    ImGui::EndTooltip();
  }

  // [DENY] / [ASSERT], then the kind, then the content: fixed columns so previews line up.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float y = min.y + (panel_row_height() - line) / 2;
  const bool deny = claim.stance == ClaimStance::Deny;
  const char* badge = deny ? "DENY" : "assert";
  ImGui::PushFont(fonts.bold);
  const float badge_width = ImGui::CalcTextSize("ASSERT").x * 0.8f + 10;
  const ImVec2 b0(min.x + 14, min.y + 4), b1(b0.x + badge_width, min.y + panel_row_height() - 4);
  const ImU32 badge_color = deny ? theme::kDeny : theme::kMutedText;
  if (deny) {
    draw->AddRectFilled(b0, b1, theme::kDeny, 4);
  } else {
    draw->AddRect(b0, b1, badge_color, 4);
  }
  const float small = ImGui::GetFontSize() * 0.8f;
  const float badge_text = ImGui::GetFont()->CalcTextSizeA(small, FLT_MAX, 0, badge).x;
  draw->AddText(ImGui::GetFont(), small, ImVec2(b0.x + (badge_width - badge_text) / 2, y + line * 0.1f),
                deny ? theme::kPage : badge_color, badge);
  ImGui::PopFont();
  const float kind_x = b1.x + 8;
  const std::string kind(claim_kind_name(claim.kind));
  draw->AddText(ImVec2(kind_x, y), theme::kMutedText, kind.c_str());
  const float text_x = kind_x + ImGui::CalcTextSize("indirect").x + 10;
  text_clipped(draw, ImVec2(text_x, y), min.x + width - 6, theme::kText, row.preview);
}

std::string ClaimsPanel::report_json(const Document& doc) const {
  nlohmann::json sources = nlohmann::json::array();
  for (const ClaimSource& source : sources_) {
    nlohmann::json claims = nlohmann::json::array();
    for (size_t c : source.claims) {
      if (c >= doc.claims.size() || c >= boxes_.size()) continue;
      const Claim& claim = doc.claims[c];
      nlohmann::json box = nullptr;
      if (boxes_[c].w > 0) box = {boxes_[c].x, boxes_[c].y, boxes_[c].w, boxes_[c].h};
      claims.push_back({{"id", claim.id},
                        {"stance", std::string(claim_stance_name(claim.stance))},
                        {"kind", std::string(claim_kind_name(claim.kind))},
                        {"box", box}});
    }
    sources.push_back({{"name", source.name}, {"group", source.group}, {"claims", claims}});
  }
  return nlohmann::json{{"sources", sources}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ann::web
