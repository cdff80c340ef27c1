// The card shown next to the mouse over an annotation: for an entity its label, text,
// entity group and how often the group is mentioned; for a claim who said it, the cue, kind
// and stance, and the content.
//
//   ┌──────────────────────────────┐
//   │ ■ PERSON  Vučić              │
//   │ Aleksandar Vučić · 4 mentions│
//   └──────────────────────────────┘
#pragma once
#include "document/document.h"
#include "views/fonts.h"
#include "views/line_marks.h"

namespace ann::web {

// `mentions` is the number of entities in the hovered entity's group (entity marks only);
// `hand_note` says what the user did to a manual annotation ("added by hand", see
// AppState::hand_note), "" for one the finders made.
void draw_hover_card(const Document& doc, const Mark& mark, int mentions, const char* hand_note,
                     const Fonts& fonts);

// "PERSON" => "Person", "NORP" => "Nationality or group": the names a reader sees.
const char* label_display_name(Label label);

}  // namespace ann::web
