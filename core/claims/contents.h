// Where a claim's content starts and ends, around its attribution, and its kind.
//
//   right_content   said (that) [A], adding that B     => A, up to the next attribution
//                   said in a statement “[A. B.]”      => the whole quotation
//   left_content    [A], the ministry said.            => A, from the sentence start
//                   “[A. B],” he said.                 => the quotation, over sentences
//   trim_content    `that, “A.”`                       => `A`
//   claim_kind      inside one quotation: direct; partly quoted: mixed; else indirect
#pragma once
#include <cstdint>

#include "claims/claim_text.h"
#include "document/document.h"

namespace ann {

// Contents longer than this are run-on text (a list or table pasted as one sentence); the
// cap keeps the finder linear on such input.
constexpr uint32_t kMaxContentTokens = 600;

// "that" at i opens a clause ("said that [the plan failed]"); it is no complementiser as a
// pronoun or determiner: "“That is not true,” he said", "rejected that claim" (`end`: the
// content's end).
bool complementiser_at(const ClaimText& ct, uint32_t i, uint32_t end);

// Strips quote marks, dashes, commas, a leading "that" and the final full stop.
TokenRange trim_content(const ClaimText& ct, TokenRange r);

// Word i is a verb of saying in the -ing form ("adding") / a finite form ("said", "says").
bool gerund_cue_at(const ClaimText& ct, uint32_t i);
bool finite_cue_at(const ClaimText& ct, uint32_t i);

// True when another claim's attribution starts after the comma at `comma` (", adding
// that", ", according to", ", the AP reported", ", which was described as").
bool attribution_follows(const ClaimText& ct, uint32_t comma, uint32_t end);

// The content after a cue, starting at token `start`; `cue` is the cue's token.
TokenRange right_content(const ClaimText& ct, uint32_t start, uint32_t cue, const Sentence& sent);

// The content before an attribution whose first token is `edge` (a comma or closing mark).
TokenRange left_content(const ClaimText& ct, uint32_t edge, const Sentence& sent);

// "In a press statement, the MDC said": [sb, edge) is an opening adverbial, not a content.
bool opening_adverbial(const ClaimText& ct, uint32_t sb, uint32_t edge);

// Direct, mixed or indirect for the (trimmed) content `t`; a block quote is direct.
ClaimKind claim_kind(const ClaimText& ct, TokenRange t, bool block);

}  // namespace ann
