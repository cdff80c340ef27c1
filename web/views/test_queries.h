// Answers window.annotatorTest.query(q) for the browser tests (tests/browser/), so they can
// check what an edit did without reading pixels:
//   "document"        the document JSON (document_json.h: code point offsets)
//   "state"           {"selection":"entity 3","marked":[10,17],"undo":"add PERSON “X”",
//                      "redo":"","notice":"","revision":7,"read_only":false}
//   "box 10 17"       {"x":..,"y":..,"width":..,"height":..}: where bytes 10..17 start on
//                     screen (CSS px, first line piece), or null
//   "read_only 1"     sets options().read_only (0 clears it); answers "state"
//   "label 0 0"       hides label 0 (PERSON) as the label toggles would; "label 0 1" shows it
//   "claims 0"        hides the claims (options().show_claims); "claims 1" shows them
//   "select entity 4" selects as another panel would (entity/claim by index, group by id);
//                     answers "state"
//   "search said"     marks every "said" as the search bar would (search_current 0);
//                     "search" alone clears; answers {"hits":n}
// Anything else answers {"error":"unknown query"}.
#pragma once
#include <string>
#include <string_view>

#include "app/app_state.h"
#include "views/article_view.h"

namespace ann::web {

std::string answer_test_query(std::string_view query, AppState& state, const ArticleView& view);

}  // namespace ann::web
