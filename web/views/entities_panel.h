// The Entities panel: the document's entity groups under a header per label.
//
//   [ filter: vucic           ]
//   20 groups, 47 mentions
//   ▾ Person         4 groups, 12 mentions
//     ■ Aleksandar Vučić    5     click: select its next mention (clicks cycle through them)
//     ■ Ana Brnabić         2     right-click: rename, merge into another group, show all
//   ▸ Organisation   3 groups, 4 mentions     click a header to fold it
//
// A bare number is a count of mentions, as in the legend and the tab; groups are counted only
// where the word "groups" says so.
//
// The filter keeps groups whose name contains the typed text, ignoring case and diacritics
// ("vucic" keeps "Vučić"). Groups of a label hidden in the legend are greyed. The rows are
// rebuilt only when the document, the filter or a fold changes, and only the rows in view
// are drawn, so a long article costs no more per frame than a short one.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "views/fonts.h"

namespace ann::web {

// Which mention a click on a group selects: the one after the group's selected mention
// (wrapping round), else the first. `mentions` are entity ids in text order.
//   next_mention({4, 9, 12}, {Entity, 9}) => 12     next_mention({4, 9, 12}, {Entity, 12}) => 4
//   next_mention({4, 9, 12}, {Claim, 9})  => 4
Id next_mention(const std::vector<Id>& mentions, const Selection& selection);

class EntitiesPanel {
 public:
  // Rebuilds the groups when the document changed (draw does it too; call it when hidden).
  void update(const AppState& state);
  // Fills the rest of the current window.
  void draw(AppState& state, const Fonts& fonts);
  size_t group_count() const { return groups_.size(); }
  // For the browser tests: {"groups":[{"id":3,"label":"PERSON","name":"..","mentions":[ids],
  // "box":[x,y,w,h] or null}],"labels":{"PERSON":{"groups":4,"mentions":12},...},
  // "summary":"20 groups, 47 mentions","filter":"..."}.
  std::string report_json() const;

 private:
  struct Group {
    Id id = kNoId;
    Label label = Label::Person;
    std::string canonical;
    std::string folded;        // canonical, folded for the filter
    std::vector<Id> mentions;  // entity ids in text order
  };
  struct Row {
    int label = -1;   // a header row when group < 0
    int group = -1;   // index into groups_
  };
  struct Box { float x, y, w, h; };
  struct LabelCount { size_t groups = 0, mentions = 0; };

  void rebuild_groups(const Document& doc);
  void rebuild_rows();
  void draw_header(const Row& row, AppState& state, float width);
  void draw_group(const Row& row, AppState& state, float width);
  void draw_context_menu(const Group& group, AppState& state);
  void draw_rename_popup(AppState& state);

  std::vector<Group> groups_;   // by label, then most mentioned first
  std::array<LabelCount, kLabelCount> label_counts_{};
  std::vector<Row> rows_;
  std::string summary_;         // "20 groups, 47 mentions" of the rows the filter keeps
  std::vector<Box> boxes_;      // per group, the row's box in the last frame (w = 0: not drawn)
  std::array<bool, kLabelCount> collapsed_{};   // headers clicked shut
  char filter_[128] = "";
  std::string applied_filter_;
  uint64_t revision_ = UINT64_MAX;
  bool rows_dirty_ = true;
  Id rename_group_ = kNoId;     // the group whose rename popup is open
  bool open_rename_ = false;
  char rename_buffer_[256] = "";
};

}  // namespace ann::web
