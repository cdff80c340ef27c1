#include "claims/contents.h"

#include <algorithm>

#include "claims/word_classes.h"

namespace ann {

static bool is_content_edge(const ClaimText& ct, uint32_t i) {
  std::string_view r = ct.raw(i);
  TokenKind k = ct.token(i).kind;
  return k == TokenKind::Quote || k == TokenKind::Dash || r == "," || r == "." || r == ";" ||
         r == ":";
}

bool complementiser_at(const ClaimText& ct, uint32_t i, uint32_t end) {
  if (!ct.is(i, "that")) return false;
  if (i > 0 && ct.quote_opened_by(i - 1)) return false;  // the quoted words start with it
  uint32_t next = i + 1;
  if (next >= end) return true;
  if (ct.is_class(next, kAuxiliary)) return false;  // "that is", "that would be"
  // "that claim", "that report entirely": a short noun phrase, no clause.
  bool short_phrase = end - next <= 2 && ct.is_word(next) && !ct.is_capitalized(next) &&
                      !ct.is_class(next, kPronoun) && !ct.is_class(next, kDeterminer);
  return !short_phrase;
}

// Strips marks, "that" and final punctuation: `that, “A.”` => `A`.
TokenRange trim_content(const ClaimText& ct, TokenRange r) {
  while (r.end > r.begin && is_content_edge(ct, r.end - 1)) --r.end;
  while (r.begin < r.end &&
         (is_content_edge(ct, r.begin) || complementiser_at(ct, r.begin, r.end))) {
    ++r.begin;
  }
  while (r.end > r.begin && is_content_edge(ct, r.end - 1)) --r.end;
  return r;
}

bool gerund_cue_at(const ClaimText& ct, uint32_t i) {
  const CueInfo* c = ct.cue(i);
  return c && c->has(kCueVerb) && c->form == VerbForm::Gerund;
}

bool finite_cue_at(const ClaimText& ct, uint32_t i) {
  const CueInfo* c = ct.cue(i);
  return c && c->has(kCueVerb) &&
         (c->form == VerbForm::Past || c->form == VerbForm::ThirdPerson ||
          c->form == VerbForm::Base);
}

// True when a clause ", S cue" (+ adjuncts) starts after the comma at `comma`: it is
// another claim's attribution, so the content before it ends at the comma.
bool attribution_follows(const ClaimText& ct, uint32_t comma, uint32_t end) {
  uint32_t k = comma + 1;
  if (k >= end) return false;
  if (gerund_cue_at(ct, k)) return true;  // ", adding that"
  if (ct.is(k, "according") && k + 1 < end && ct.is(k + 1, "to")) return true;
  if ((ct.is(k, "which") || ct.is(k, "who"))) {  // ", which was described"
    for (uint32_t j = k + 1; j < end && j < k + 4; ++j) {
      if (finite_cue_at(ct, j)) return true;
      if (!ct.is_class(j, kAuxiliary) && !ct.is_class(j, kAdverb)) break;
    }
    return false;
  }
  for (uint32_t j = k; j < end && j < k + 10; ++j) {  // ", the AP reported"
    if (ct.is_comma(j) || ct.is_quote_mark(j) || ct.is(j, "that")) return false;
    if (j > k && finite_cue_at(ct, j) && !ct.is(j - 1, "to")) {
      uint32_t after = j + 1;
      return after >= end || ct.is_comma(after) || ct.raw(after) == "." || ct.is(after, "and") ||
             ct.is_class(after, kPreposition) || ct.is_class(after, kTimeWord);
    }
  }
  return false;
}

// "he", "she", "they", "we", "I": a subject of its own at the start of a content.
static bool is_personal_pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
}

// A short subject, auxiliaries and a verb of saying from `j` on: "the Europeans are
// telling", "officials later said".
static bool new_attribution_at(const ClaimText& ct, uint32_t j, uint32_t end) {
  uint32_t subject_end = j;
  while (subject_end < end && subject_end < j + 4 && ct.is_word(subject_end) &&
         !ct.cue(subject_end) && !ct.is_class(subject_end, kAuxiliary) &&
         !ct.is_class(subject_end, kClauseOpener)) {
    ++subject_end;
  }
  if (subject_end == j) return false;
  uint32_t v = subject_end;
  bool auxiliary = false;
  while (v < end && (ct.is_class(v, kAuxiliary) || ct.is_class(v, kAdverb))) {
    auxiliary = auxiliary || ct.is_class(v, kAuxiliary);
    ++v;
  }
  if (v >= end || !ct.cue(v) || !ct.cue(v)->has(kCueVerb)) return false;
  VerbForm f = ct.cue(v)->form;
  return (f == VerbForm::Gerund && auxiliary) || f == VerbForm::Past ||
         f == VerbForm::ThirdPerson || (f == VerbForm::Base && !auxiliary);
}

// Content after a cue: from `start` to the end of the sentence (or of the quotation the
// cue sits in), stopping before another claim's attribution.
TokenRange right_content(const ClaimText& ct, uint32_t start, uint32_t cue, const Sentence& sent) {
  // A content longer than kMaxContentTokens is no content but a run-on text (a list, a
  // table pasted as one sentence); the cap keeps the finder linear on such input.
  uint32_t end = std::min<uint32_t>(sent.end_token, start + kMaxContentTokens);
  uint32_t k = start;
  while (k < end && (ct.is_comma(k) || ct.raw(k) == ":")) ++k;
  if (k < end) {
    const Quotation* q = ct.quote_opened_by(k);
    // The quotation is the whole content when nothing but punctuation follows it.
    if (q && q->close_token != kNoToken) {
      uint32_t after = q->close_token + 1;
      while (after < end && (ct.token(after).kind == TokenKind::Punct)) ++after;
      if (after >= end || q->close_token >= end) return {q->first_token, q->end_token};
    } else if (q) {
      return {q->first_token, q->end_token};  // unbalanced: up to its paragraph's end
    }
  }
  // A cue inside someone's quoted speech: the content stays inside it. ("flatly denies"
  // in marks is not speech of its own.)
  if (const Quotation* inside = ct.quote_at(cue); inside && inside->sentence_like) {
    end = std::min(end, inside->end_token);
  }
  for (uint32_t m = k; m < end; ++m) {
    if (ct.is_comma(m) && attribution_follows(ct, m, end)) return {k, m};
    // "published on January 9 — the same day that …": an em dash opens the author's aside.
    if (ct.raw(m) == "—" && m > k) return {k, m};
    // "called the speculation "stupid" and added that": the second verb starts anew.
    // Not when the content has its own subject and the verb an object: in "says he
    // telephoned Uribe and told him that …", "told" is his and stays in the content.
    if ((ct.is(m, "and") || ct.is(m, "but")) && m + 1 < end) {
      uint32_t j = m + 1;
      while (j < end && ct.is_class(j, kAdverb)) ++j;
      bool own_subject = is_personal_pronoun(ct.word(k)) && j < end && ct.cue(j) &&
                         ct.cue(j)->has(kCueTakesObject);
      if (j < end && finite_cue_at(ct, j) && !own_subject) return {k, m};
      // "…, and the Europeans are telling me …": a new clause with its own attribution.
      if (m > k && ct.is_comma(m - 1) && new_attribution_at(ct, m + 1, end)) return {k, m - 1};
    }
    // "…, while Moscow said it had hit …": a contrasting speaker.
    if ((ct.is(m, "while") || ct.is(m, "whereas")) && m > k && ct.is_comma(m - 1) &&
        new_attribution_at(ct, m + 1, end)) {
      return {k, m - 1};
    }
  }
  return {k, end};
}

// Content before an attribution whose first token is `edge` (a comma or a closing mark):
// the quotation that closes there when it opens the sentence (or earlier), else the
// clause from the sentence start.
TokenRange left_content(const ClaimText& ct, uint32_t edge, const Sentence& sent) {
  uint32_t b = sent.first_token;
  while (b < edge && (ct.is_class(b, kSentenceAdverb) || ct.is_comma(b))) ++b;
  uint32_t k = edge;
  while (k > sent.first_token && (ct.is_comma(k) || ct.raw(k) == ":")) --k;
  const Quotation* q = ct.quote_closed_by(k);
  if (!q && ct.is_comma(edge) && edge > 0) q = ct.quote_closed_by(edge - 1);
  if (q && q->open_token <= b) return {q->first_token, q->end_token};
  return {b, edge};
}

// "In a press statement, the MDC said …", "For example, …": an opening adverbial before
// the subject is not a content.
bool opening_adverbial(const ClaimText& ct, uint32_t sb, uint32_t edge) {
  uint32_t k = sb;
  while (k < edge && ct.is_class(k, kSentenceAdverb)) ++k;
  // "Asked whether he would resign, Smith said: …", "When asked, …": the question.
  std::string_view w = k < edge ? ct.word(k) : std::string_view();
  bool question = w == "asked" || w == "pressed" || w == "questioned" || w == "when" ||
                  w == "while" || w == "contacted";
  if (k >= edge || !(ct.is_class(k, kPreposition) || w.ends_with("ing") || question) ||
      edge - k > 16) {
    return false;
  }
  for (uint32_t j = k; j < edge; ++j) {
    if (ct.is_comma(j)) return false;  // "In 2020, exports fell, the bank said": a content
  }
  return true;
}

ClaimKind claim_kind(const ClaimText& ct, TokenRange t, bool block) {
  if (block) return ClaimKind::Direct;
  if (const Quotation* q = ct.quote_at(t.begin); q && !q->name_like && t.end <= q->end_token) {
    return ClaimKind::Direct;
  }
  for (uint32_t k = t.begin; k < t.end; ++k) {
    if (!ct.is_quote_mark(k)) continue;
    const Quotation* q = ct.quote_opened_by(k);
    if (!q) q = ct.quote_closed_by(k);
    if (q && !q->name_like) return ClaimKind::Mixed;
  }
  // Content that starts or ends at a mark: "they have no control” over …"
  if (t.begin > 0 && ct.quote_opened_by(t.begin - 1) &&
      !ct.quote_opened_by(t.begin - 1)->name_like) {
    return ClaimKind::Mixed;
  }
  if (t.end < ct.size() && ct.quote_closed_by(t.end) && !ct.quote_closed_by(t.end)->name_like) {
    return ClaimKind::Mixed;
  }
  return ClaimKind::Indirect;
}

}  // namespace ann
