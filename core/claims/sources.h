// Source noun phrases: who made a claim, read around the cue, and the entity group the
// source refers to.
//
//   subject_before       "Omar Samad, an Afghan expert at the New America Foundation, says"
//                          => "Omar Samad, an Afghan expert at the New America Foundation"
//                        "Mr Babiš, who is the fourth richest man, denied"  => "Mr Babiš"
//                        "After the hearing HMRC said"                      => "HMRC"
//   noun_phrase_after    "…,” said the politician on Friday."               => "the politician"
//   attached_noun_phrase "dismissed a report saying"                        => "a report"
//   sentence_subject     "However, he stuck to his guns, writing: …"        => "he"
#pragma once
#include <cstdint>
#include <vector>

#include "claims/claim_text.h"
#include "document/document.h"

namespace ann {

// The subject whose last token is `last` (a comma when an appositive closes it: "X, a
// doctor, said"), not reaching before `sentence_begin`. Empty when none is found.
TokenRange subject_before(const ClaimText& ct, uint32_t last, uint32_t sentence_begin);

// A noun phrase starting at `first`, ending before a preposition other than "of", a
// comma, a clause or `limit`.
TokenRange noun_phrase_after(const ClaimText& ct, uint32_t first, uint32_t limit);

// The noun phrase a participle hangs on: "a case against Czech prime minister Andrej
// Babiš claiming" => "a case against Czech prime minister Andrej Babiš".
TokenRange attached_noun_phrase(const ClaimText& ct, uint32_t last, uint32_t sentence_begin);

// The subject opening a sentence [begin, end): a pronoun, or a short noun phrase.
TokenRange sentence_subject(const ClaimText& ct, uint32_t begin, uint32_t end);

// True for a common-noun phrase that names a document ("a leaked report of the European
// Commission", "The statement"): documents "find" and "reveal" without a "that".
bool is_document_phrase(const ClaimText& ct, TokenRange np);

// True for a phrase that can make a promise or a threat: a name ("Djibouti", "the
// Kenyan army"), a personal pronoun, or a person or organisation noun ("the union",
// "the leaders"). Not "the rain", "the new drug".
bool is_agent_phrase(const ClaimText& ct, TokenRange np);

// The entity group a source refers to: an entity mention inside it (PERSON before ORG
// before PLACE before NORP), else for a pronoun or a definite description ("he", "the
// company", "this service") the latest fitting group before it: the previous claim's
// source group or the latest PERSON (he, she, the minister) or ORG (it, the company)
// mention. kNoId when nothing fits. `previous_claim_group` is the source group of the
// claim before this one (nullptr if none).
Id resolve_source_group(const ClaimText& ct, const Document& doc, TokenRange source,
                        const EntityGroup* previous_claim_group);

}  // namespace ann
