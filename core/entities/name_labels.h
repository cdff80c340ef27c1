// The labelling rules of the name finder: what a name found in the text is, from the
// lexicons, its own words and the words around it.
//
//   "Ghana Health Service"      ORG     (an organisation word at its head)
//   "the town of Mai Mahiu"     PLACE   (a place noun before "of")
//   "judge Rouhollah Mozafari"  PERSON  (a title before it)
//   "Johnson, 45, a worker"     PERSON  (an age after it)
//   "the company “Eling”"       ORG     (an organisation noun next to it)
//   "Evin prison"               none    (a facility)
#pragma once
#include <vector>

#include "entities/mention.h"
#include "entities/name_tokens.h"

namespace ann {

// Labels `m` (its token range is set). `person_hint`: a title stood before it. `found` are
// the mentions found so far, in text order ("Prouds Lane, Bilston": a name after a place).
// False when it is no entity after all (a treaty, a facility, a capitalised common phrase).
bool label_name(const NameTokens& t, const std::vector<Mention>& found, bool person_hint,
                Mention& m);

}  // namespace ann
