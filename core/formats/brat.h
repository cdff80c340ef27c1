// brat standoff (https://brat.nlplab.org/standoff.html): the article as NAME.txt (the text
// exactly, UTF-8) and the annotations as NAME.ann. brat reads the .txt as a Unicode string,
// so offsets count code points ("😀" is 1, not 4 bytes, nor 2 UTF-16 units), end exclusive.
//
//   T1	PERSON 4 9	Vučić                 entity: label, start, end, text
//   *	Equiv T1 T3                        the mentions of one entity group
//   T4	Attribution 10 14	said           the event trigger: the cue word (the content
//   T5	Source 4 9	Vučić                 span when there is no cue), then the claim's
//   T6	Cue 10 14	said                   source, cue and content spans
//   T7	Content 20 45	Serbia sold arms
//   E1	Attribution:T4 Source:T5 Cue:T6 Content:T7
//   A1	Kind E1 indirect
//   A2	Stance E1 assert
//   #1	AnnotatorNotes T5	Aleksandar Vučić    the source's entity group
//
// brat draws an event at its trigger, with the trigger's type, so the trigger is a T line of
// type Attribution over the cue; the cue is also an argument of its own (type Cue, the same
// span), so the event names source, cue and content alike. Source and Cue are left out when
// the claim has none. A span crossing a line break is written as fragments "10 20;21 30"
// whose texts are joined by a space, as brat does.
#pragma once
#include <string>

#include "document/document.h"

namespace ann {

std::string write_brat_ann(const Document& doc);

// An annotation.conf declaring the types above, for a brat collection folder.
std::string brat_annotation_conf();

}  // namespace ann
