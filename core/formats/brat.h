// brat standoff (https://brat.nlplab.org/standoff.html): the article as NAME.txt (the text
// exactly, UTF-8) and the annotations as NAME.ann. brat reads the .txt as a Unicode string,
// so offsets count code points ("😀" is 1, not 4 bytes, nor 2 UTF-16 units), end exclusive.
//
//   T1	PERSON 4 9	Vučić                 entity: label, start, end, text
//   *	Equiv T1 T3                        the mentions of one entity group
//   T4	Source 4 9	Vučić                 a claim's source span
//   T5	Attribution 10 14	said           the event trigger: the cue (or, with no cue
//   T6	Content 20 45	Serbia sold arms       word, the content span), then the content
//   E1	Attribution:T5 Source:T4 Content:T6
//   A1	Kind E1 indirect
//   A2	Stance E1 assert
//   #1	AnnotatorNotes T4	Aleksandar Vučić    the source's entity group
//
// brat draws an event with its trigger's type, so the trigger is a T line of type
// Attribution; the cue is that trigger. A span crossing a line break is written as
// fragments "10 20;21 30" whose texts are joined by a space, as brat does.
#pragma once
#include <string>

#include "document/document.h"

namespace ann {

std::string write_brat_ann(const Document& doc);

// An annotation.conf declaring the types above, for a brat collection folder.
std::string brat_annotation_conf();

}  // namespace ann
