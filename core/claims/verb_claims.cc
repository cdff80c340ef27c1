// Claims around verbs of saying: who (subject, inverted, participle, passive: none), to
// whom ("told VOA"), and which side holds the content.
#include <algorithm>

#include "claims/claim_builder.h"
#include "claims/sources.h"
#include "claims/word_classes.h"

namespace ann::claim_detail {

void ClaimBuilder::verb_cue(uint32_t c, const CueInfo& cue, uint32_t s, size_t first_claim) {
  const Sentence& sent = sentence(s);
  uint32_t sb = sent.first_token, se = sent.end_token;
  // "report conceded", "the report was posted": the next word is the verb. Not for words
  // that are verbs only: "Jackson says charges are false", ", saying being harsh ...".
  bool verb_only = cue.lemma == "say" ||
                   (cue.form == VerbForm::Gerund && c > sb && ct_.is_comma(c - 1));
  if (!verb_only && c + 1 < se && (finite_cue_at(c + 1) || ct_.is_class(c + 1, kAuxiliary)) &&
      cue.form != VerbForm::Past) {
    return;
  }
  // "government charges of treason", "reports of fighting": a noun.
  if (cue.has(kCueNoun) && c + 1 < se && ct_.is(c + 1, "of")) return;
  if (verb_is_other_word(c, sb, se)) return;
  // Auxiliaries and adverbs before the verb: "has consistently denied", "is also stated".
  uint32_t a = c;
  bool passive = false;
  bool had_auxiliary = false;
  uint32_t first_aux = c;
  // "has long denied": "long" is an adverb after an auxiliary.
  auto satellite = [&](uint32_t k) {
    return ct_.is_class(k, kAuxiliary) || ct_.is_class(k, kAdverb) ||
           (ct_.is(k, "long") && k > sb && ct_.is_class(k - 1, kAuxiliary));
  };
  while (a > sb && c - a < 8 && satellite(a - 1)) {
    --a;
    if (ct_.is_class(a, kAuxiliary)) first_aux = a, had_auxiliary = true;
    if (ct_.is_class(a, kBeForm) && cue.form == VerbForm::Past) passive = true;
  }
  if (a > sb && ct_.is(a - 1, "to")) return;  // "wants to state", "for me to say"
  for (uint32_t k = a; k < c; ++k) {          // "did not say", "has never denied": nothing said
    if (ct_.is(k, "not") || ct_.is(k, "never") || ct_.raw(k) == "n’t" || ct_.raw(k) == "n't")
      return;
  }
  // Particles: "pointing out", "went on", "called on".
  uint32_t cue_end = c + 1;
  if (cue.lemma == "point" || cue.lemma == "go") {
    std::string_view particle = cue.lemma == "point" ? "out" : "on";
    if (cue_end >= se || !ct_.is(cue_end, particle)) return;
    ++cue_end;
  } else if (cue.lemma == "call" && cue_end < se &&
             (ct_.is(cue_end, "on") || ct_.is(cue_end, "for"))) {
    ++cue_end;  // "called on X to", "called for more troops": a request
  }
  // "who asked not to be named", "requested anonymity": the reporter's convention.
  if (cue_end + 2 < se && ct_.is(cue_end, "not") && ct_.is(cue_end + 1, "to") &&
      ct_.is(cue_end + 2, "be")) {
    return;
  }
  for (uint32_t k = cue_end; k < se && k < cue_end + 2; ++k) {
    if (ct_.is(k, "anonymity")) return;
  }
  Draft d;
  d.deny = cue.has(kCueDeny);
  d.cue = TokenRange{passive ? first_aux : c, cue_end};

  if (passive) {
    passive_cue(d, cue, a, cue_end, s);
    return;
  }
  // "Said the mayor: “A.”", "Says Diaz, “A.”": the verb opens the sentence.
  if (a == sb && c == sb && (cue.form == VerbForm::Past || cue.form == VerbForm::ThirdPerson) &&
      !is_headline(sb, se)) {
    TokenRange src = noun_phrase_after(ct_, cue_end, se);
    uint32_t mark = src.end;
    if (!src.empty() && mark + 1 < se && (ct_.raw(mark) == ":" || ct_.is_comma(mark)) &&
        ct_.quote_opened_by(mark + 1)) {
      d.source = src;
      d.main_clause = true;
      d.content = right_content(mark + 1, c, s);
      if (!trim(d.content).empty()) add(d);
      return;
    }
  }
  // "Also reported to be in custody is X": a participle opening the sentence.
  if (a == sb || (a > sb && ct_.is_class(a - 1, kSentenceAdverb) && a - 1 == sb)) {
    if (cue.form == VerbForm::Past && cue_end < se && ct_.is(cue_end, "to")) {
      d.cue = TokenRange{c, cue_end};
      d.content = right_content(cue_end, c, s);
      if (!trim(d.content).empty()) add(d);
    }
    if (a == sb) return;
  }
  // "criticized by activists as too vague": a participle with its agent.
  if (cue.form == VerbForm::Past && cue_end < se && ct_.is(cue_end, "by")) {
    uint32_t j = cue_end + 1;
    while (j < se && j < cue_end + 12 && !ct_.is(j, "as") && !ct_.is(j, "that") &&
           !ct_.is_comma(j)) {
      ++j;
    }
    if (j < se && (ct_.is(j, "as") || ct_.is(j, "that")) && j > cue_end + 1) {
      d.source = TokenRange{cue_end + 1, j};
      d.content = right_content(j, c, s);
      if (!trim(d.content).empty()) add(d);
      return;
    }
  }
  // The word before the verb (a quote mark around "flatly denies" is skipped).
  uint32_t left = a;  // one past the subject's last token
  if (left > sb && ct_.is_quote_mark(left - 1) && ct_.quote_opened_by(left - 1)) --left;
  if (left == sb) return;
  uint32_t L = left - 1;
  // "a sign that says:", "an accord that, among other things, called for": the noun the
  // relative clause hangs on is the source.
  if (uint32_t rel = relative_that(L, sb); rel != kNoToken && cue.form != VerbForm::Gerund) {
    TokenRange head = attached_noun_phrase(ct_, rel - 1, sb);
    if (head.empty()) return;
    if (!cue.has(kCueNoSource)) d.source = head;
    d.main_clause = true;
    right_side(d, cue, c, cue_end, s, head);
    return;
  }
  bool after_edge = ct_.is_comma(L) || (ct_.is_quote_mark(L) && ct_.quote_closed_by(L));
  if (after_edge && cue.form == VerbForm::Gerund) {
    participle(d, cue, c, cue_end, s, first_claim);
    return;
  }
  if (after_edge && !(ct_.is_comma(L) && L > sb && ct_.is_wordlike(L - 1) &&
                      !ct_.quote_closed_by(L - 1) && appositive_subject(L, sb))) {
    // "…,” said Kaczyński." / "A, said the minister."
    if (cue.form != VerbForm::Past && cue.form != VerbForm::ThirdPerson) return;
    // A quoted word runs on into the sentence: dismissed as “nonsense” reports that …
    bool quote_ends_clause = ct_.is_comma(L) || ct_.quote_closed_by(L)->sentence_like ||
                             (L > sb && ct_.token(L - 1).kind == TokenKind::Punct);
    if (!quote_ends_clause) return;
    TokenRange src = noun_phrase_after(ct_, cue_end, se);
    if (src.empty()) return;
    if (!cue.has(kCueNoSource)) d.source = src;
    d.main_clause = true;
    d.content = left_content(L, s);
    if (!trim(d.content).empty()) add(d);
    return;
  }
  if (ct_.is(L, "and") || ct_.is(L, "but")) {  // "... and added that"
    d.source = shared_source(c, s, first_claim);
    // "Bush says he telephoned Uribe and told him that": inside a content that opens with
    // its own subject, the verb is that subject's.
    for (size_t i = first_claim; i < drafts_.size(); ++i) {
      TokenRange t = trim(drafts_[i].content);
      if (t.begin < L && c < t.end && ct_.is_class(t.begin, kPronoun) && ct_.is_word(t.begin + 1)) {
        d.source = TokenRange{t.begin, t.begin + 1};
      }
    }
    right_side(d, cue, c, cue_end, s, /*subject=*/{});
    return;
  }
  if (cue.form == VerbForm::Gerund) {  // "a report saying", "a case against X claiming"
    if (ct_.is_class(L, kPreposition) || ct_.is_class(L, kAuxiliary)) return;
    TokenRange np = attached_noun_phrase(ct_, L, sb);
    if (np.empty()) return;
    d.source = np;
    right_side(d, cue, c, cue_end, s, np, /*attached=*/true);
    return;
  }
  TokenRange subj;
  if ((ct_.is(L, "who") || ct_.is(L, "which")) && L >= sb + 2 && ct_.is_comma(L - 1)) {
    // "Galperovich, who wrote that": the noun the relative clause hangs on.
    subj = subject_before(ct_, L - 2, sb);
    for (uint32_t k = subj.end; k > subj.begin; --k) {
      if (ct_.is_class(k - 1, kPreposition) && !ct_.is(k - 1, "of")) {
        subj.begin = k;
        break;
      }
    }
  } else {
    subj = subject_before(ct_, L, sb);
    // "The driver, police said, had fallen asleep": a parenthetical attribution; the
    // chunk before its comma is the content, not an appositive.
    bool parenthetical = cue_end + 1 < se && ct_.is_comma(cue_end) && !ct_.is_comma(L) &&
                         !ct_.is_quote_mark(cue_end + 1) && ct_.is_wordlike(cue_end + 1);
    if (parenthetical) {
      for (uint32_t k = subj.end; k > subj.begin; --k) {
        if (ct_.is_comma(k - 1)) {
          subj.begin = k;
          break;
        }
      }
    }
  }
  // A time between subject and verb: "A court in Dong Nai province Thursday found",
  // "The White House on Monday rejected", "The ministry last week said".
  for (bool trimmed = true; trimmed && subj.end > subj.begin + 1;) {
    std::string_view w = ct_.word(subj.end - 1);
    trimmed = (ct_.is_class(subj.end - 1, kTimeWord) && ct_.is_capitalized(subj.end - 1)) ||
              ((w == "week" || w == "month" || w == "year") && subj.end >= subj.begin + 3 &&
               (ct_.is(subj.end - 2, "last") || ct_.is(subj.end - 2, "this"))) ||
              ((w == "on" || w == "last" || w == "this") && subj.end < c);
    if (trimmed) --subj.end;
  }
  if (bad_subject(subj)) return;
  // A speaker's "I"/"we" inside a quotation reports only with "that": “I told the
  // president that A” — not “what I tell you is”, “We urge our fans to”.
  if (subj.end == subj.begin + 1 && (ct_.is(subj.begin, "i") || ct_.is(subj.begin, "we"))) {
    RightKind rk = classify_right(cue, c, cue_end, s);
    if (rk.kind != Right::That) return;
    for (uint32_t k = cue_end; k < rk.start; ++k) {
      if (ct_.is_class(k, kAuxiliary)) return;  // "what I tell you is that"
    }
  }
  if (cue.has(kCuePromise) && !is_agent_phrase(ct_, subj)) return;  // "the storm threatens"
  if (cue.form == VerbForm::Base && !base_form_agrees(subj, had_auxiliary)) return;
  // "A court heard that A": a listener, no source; "he has heard that A" passes on what he
  // heard: a person reports it.
  bool person_heard = subj.end == subj.begin + 1 && ct_.is_class(subj.begin, kPronoun) &&
                      !ct_.is(subj.begin, "it");
  if (!cue.has(kCueNoSource) || person_heard) d.source = subj;
  d.main_clause = true;
  // Attribution after its content: "A, the statement says." / "“A,” he told the press."
  uint32_t edge = subj.begin;
  while (edge > sb && ct_.is_class(edge - 1, kSentenceAdverb)) --edge;
  bool trailing = edge > sb && (ct_.is_comma(edge - 1) || ct_.quote_closed_by(edge - 1));
  if (trailing && ct_.is_comma(edge - 1) && opening_adverbial(sb, edge - 1)) trailing = false;
  RightKind rk = classify_right(cue, c, cue_end, s);
  if (trailing &&
      (rk.kind == Right::Empty || rk.kind == Right::Adjunct || rk.kind == Right::Quote)) {
    Draft before = d;
    before.content = left_content(edge - 1, s);
    // "The suspect, police said, fled on foot": the longer side is the content.
    if (rk.kind == Right::Adjunct && ct_.is_comma(rk.start - 1) && ct_.is_comma(edge - 1)) {
      TokenRange after = trim({rk.start, sentence(s).end_token});
      TokenRange left_part = trim(before.content);
      // Not a second clause: "A, police said, and will appear in court".
      bool coordinated = ct_.is_class(after.begin, kConjunction);
      if (after.end - after.begin > left_part.end - left_part.begin && !ct_.cue(after.begin) &&
          !ct_.quote_closed_by(edge - 1) && !coordinated) {
        before.content = after;
      }
    }
    if (!trim(before.content).empty()) add(before);
    if (rk.kind != Right::Quote) return;
    // “A,” he said, “B.”  — B is a claim of its own with the same source and cue.
  }
  if (!trailing && rk.kind == Right::Adjunct) {
    // "As Ana Diaz reports from Lima, the talks ...", "Ana Diaz reports, the talks ...",
    // "They say, however, they need ...": the clause after the comma is the content.
    uint32_t start = clause_after_report(cue, subj, cue_end, s);
    if (start != kNoToken) {
      d.content = right_content(start, c, s);
      if (!trim(d.content).empty()) add(d);
      return;
    }
  }
  right_side(d, cue, c, cue_end, s, subj);
}

// "a sign that says", "an accord that, among other things, called": the relative "that"
// before the verb (L is the token before it), or kNoToken.
uint32_t ClaimBuilder::relative_that(uint32_t L, uint32_t sb) const {
  uint32_t k = L;
  if (ct_.is_comma(k)) {  // a parenthetical ", among other things,"
    uint32_t j = k;
    while (j > sb && k - j < 8 && !ct_.is_comma(j - 1)) --j;
    if (j == sb || !ct_.is_comma(j - 1) || j - 1 == sb) return kNoToken;
    k = j - 2;
  }
  if (k <= sb || !ct_.is(k, "that")) return kNoToken;
  uint32_t noun = k - 1;
  const CueInfo* before = ct_.cue(noun);
  bool auxiliary = ct_.is_class(noun, kAuxiliary) && !ct_.is_capitalized(noun);  // not "May"
  if (!ct_.is_word(noun) || ct_.is_class(noun, kPreposition) || auxiliary ||
      ct_.is_class(noun, kPronoun) || ct_.is_class(noun, kAdverb) ||
      ct_.is_class(noun, kDeterminer) ||
      (before && before->has(kCueVerb) && !before->has(kCueNoun))) {
    return kNoToken;  // "said that", "so that", "now that"
  }
  return k;
}

// Where the reported clause starts in a report form without "that", or kNoToken:
//   As Ana Diaz reports from Lima, [the talks have failed].
//   Ana Diaz reports, [the talks have failed].      They say, however, [they need help].
uint32_t ClaimBuilder::clause_after_report(const CueInfo& cue, TokenRange subj,
                                           uint32_t cue_end, uint32_t s) const {
  uint32_t sb = sentence(s).first_token, se = sentence(s).end_token;
  if (cue.lemma != "say" && cue.lemma != "report" && cue.lemma != "note" &&
      cue.lemma != "write" && cue.lemma != "explain") {
    return kNoToken;
  }
  uint32_t open = sb;
  while (open < subj.begin && ct_.is_class(open, kSentenceAdverb)) ++open;
  bool fronted_as = open + 1 == subj.begin && ct_.is(open, "as");
  if (!fronted_as && open != subj.begin) return kNoToken;
  uint32_t k = cue_end;
  if (fronted_as) {  // up to the comma closing "As X reports for VOA from Nairobi,"
    while (k < se && k < cue_end + 10 && !ct_.is_comma(k)) {
      if (ct_.cue(k) || ct_.is_quote_mark(k) || ct_.is(k, "that")) return kNoToken;
      ++k;
    }
  }
  if (k >= se || !ct_.is_comma(k)) return kNoToken;
  ++k;
  if (k + 1 < se && ct_.is_class(k, kSentenceAdverb) && ct_.is_comma(k + 1)) k += 2;
  if (k >= se) return kNoToken;
  std::string_view w = ct_.word(k);
  bool clause_start =
      ct_.is_class(k, kPronoun) || w == "there" || (ct_.is_class(k, kDeterminer) && w != "that") ||
      (ct_.is_capitalized(k) && !ct_.is_class(k, kPreposition) && !ct_.is_class(k, kTimeWord));
  if (!clause_start || ct_.cue(k) || ct_.is_class(k, kConjunction) ||
      ct_.is_class(k, kClauseOpener))
    return kNoToken;
  uint32_t words = 0;
  for (uint32_t j = k; j < se && words < 3; ++j) words += ct_.is_word(j);
  return words >= 3 ? k : kNoToken;  // "the plan failed"
}

// What follows the verb (and its addressee: "told VOA").
ClaimBuilder::RightKind ClaimBuilder::classify_right(const CueInfo& cue, uint32_t c, uint32_t r,
                                                     uint32_t s, bool attached) const {
  (void)c;
  uint32_t se = sentence(s).end_token;
  if (cue.lemma == "refer" && r < se && ct_.is(r, "to")) ++r;
  if (cue.lemma == "tell" || cue.lemma == "inform" || cue.lemma == "assure") {
    r = skip_addressee(r, se);
  }
  bool colon = false, comma = false;
  while (r < se && (ct_.is_comma(r) || ct_.raw(r) == ":")) {
    colon = colon || ct_.raw(r) == ":";
    comma = comma || ct_.is_comma(r);
    ++r;
  }
  // "X said:" closing its sentence: a block follows.
  if (colon && r >= se && se < ct_.size()) return {Right::Colon, se};
  if (r >= se || (ct_.token(r).kind == TokenKind::Punct && (r + 1 >= se || ct_.raw(r) == "."))) {
    return {Right::Empty, r};
  }
  if (ct_.quote_opened_by(r)) return {Right::Quote, r};
  if (colon) return {Right::Colon, r};
  if (comma) {
    // "reported, citing two sources, that A", "said, in a statement, that A": an aside
    // between commas, then the clause.
    bool aside = ct_.is_class(r, kPreposition) || ct_.word(r).ends_with("ing");
    for (uint32_t j = r + 1; aside && j < se && j < r + 12; ++j) {
      if (ct_.is_quote_mark(j) || ct_.is(j, "that")) break;
      if (ct_.is_comma(j)) {
        if (j + 1 < se && ct_.is(j + 1, "that")) return {Right::That, j + 2};
        break;
      }
    }
    return {Right::Adjunct, r};  // "he said, adding", "says, published on"
  }
  if (ct_.is(r, "that")) {
    return complementiser_at(ct_, r, trim({r, se}).end) ? RightKind{Right::That, r + 1}
                                                        : RightKind{Right::Clause, r};
  }
  // "said Thursday they believe …", "said on Monday the talks failed": a time, then the clause.
  {
    uint32_t t = r;
    if (t < se && ct_.is(t, "on")) ++t;
    uint32_t days = t;
    while (t < se && ct_.is_capitalized(t) && ct_.is_class(t, kTimeWord)) ++t;
    // A day must follow "on": "said on Twitter that" is a place, read below.
    if (t > days && t < se &&
        (ct_.is(t, "that") || ct_.is_class(t, kPronoun) || ct_.is_class(t, kDeterminer) ||
         ct_.is_capitalized(t))) {
      return ct_.is(t, "that") ? RightKind{Right::That, t + 1} : RightKind{Right::Clause, t};
    }
  }
  std::string_view w = ct_.word(r);
  if (ct_.is_class(r, kAdverb) && r + 1 < se && ct_.is(r + 1, "that")) return {Right::That, r + 2};
  if (cue.has(kCuePromise) && w == "to") return {Right::Clause, r};  // "pledged to send"
  // "claimed to have killed", "claims to be": what is claimed.
  if (cue.lemma == "claim" && w == "to" && r + 1 < se &&
      (ct_.is(r + 1, "have") || ct_.is(r + 1, "be"))) {
    return {Right::Clause, r};
  }

  if (ct_.is(r, "and") || ct_.is(r, "but")) return {Right::Adjunct, r};
  if (ct_.is_class(r, kPreposition) || ct_.is_class(r, kTimeWord) || w == "last" || w == "this" ||
      ct_.raw(r) == "(") {
    if (cue.has(kCueTakesObject) && (w == "as" || w == "to" || w == "for" || w == "of")) {
      return {Right::Clause, r};
    }
    if (attached) return {Right::Adjunct, r};
    // "said in a statement "For …"", "stated on June 23 that …"
    for (uint32_t j = r; j < se && j < r + 16; ++j) {
      if (ct_.is_comma(j) || ct_.token(j).kind == TokenKind::Dash || ct_.raw(j) == ";") break;
      const CueInfo* inner = ct_.cue(j);
      // "responded to allegations from X that …": the "that" is the noun's. A verb of
      // saying takes it across: "said in a statement that …".
      if (inner && inner->has(kCueNoun) && j + 1 < se && ct_.is(j + 1, "that") &&
          cue.has(kCueWeak)) {
        break;
      }
      if (ct_.is(j, "that")) return {Right::That, j + 1};
      if (ct_.quote_opened_by(j) && ct_.quote_opened_by(j)->sentence_like) return {Right::Quote, j};
    }
    // A short adverbial ("said on Friday.", "said in a note to investors.") ends the
    // clause; a long run is a content ("said for a minister to appear … serves to").
    uint32_t j = r;
    while (j < se && j <= r + 7 && !ct_.is_comma(j)) ++j;
    if (j - r <= 7) return {Right::Adjunct, r};
    return {Right::Clause, r};
  }
  return {Right::Clause, r};
}

// "told VOA he is", "told the Czech press.", "told reporters that".
uint32_t ClaimBuilder::skip_addressee(uint32_t r, uint32_t se) const {
  for (uint32_t j = r; j < se && j < r + 6; ++j) {
    if (ct_.is_comma(j) || ct_.is_quote_mark(j)) break;
    if (ct_.is(j, "that")) return j;
  }
  uint32_t k = r;
  if (k < se && (ct_.is(k, "me") || ct_.is(k, "him") || ct_.is(k, "her") || ct_.is(k, "us") ||
                 ct_.is(k, "them") || ct_.is(k, "reporters") || ct_.is(k, "journalists"))) {
    return k + 1;
  }
  bool det = k < se && ct_.is_class(k, kDeterminer);
  if (det) ++k;
  uint32_t caps = 0;
  while (k < se && ct_.is_capitalized(k)) ++k, ++caps;
  // "told French television," : a capitalised modifier and its noun, then the clause ends.
  bool noun_ends = k + 1 >= se || ct_.is_comma(k + 1) || ct_.raw(k + 1) == ".";
  if (k < se && (det || caps == 0 || noun_ends) && ct_.is_word(k) && !ct_.is_capitalized(k) &&
      !ct_.is_class(k, kPronoun) && !ct_.is_class(k, kPreposition)) {
    ++k;
  }
  return k;
}

// Words that let a verb with an object report speech: "accused X of", "asked X to",
// "described X as", "called X “a rude case”".
bool ClaimBuilder::object_complement_ok(const CueInfo& cue, TokenRange probe) const {
  for (uint32_t k = probe.begin; k < probe.end; ++k) {
    std::string_view w = ct_.word(k);
    // A quoted name is no speech: "call it “Old Smoky”".
    if (const Quotation* q = ct_.quote_opened_by(k); q && !q->name_like) return true;
    if (cue.lemma == "call") {
      if (w == "as") return true;
      continue;
    }
    if (w == "of" || w == "as" || w == "to" || w == "for" || w == "not" || w == "with") return true;
  }
  return false;
}

// What a promise or threat promises: "to send troops", "they will stay" — an action,
// not a bare noun ("vowed revenge", "threatened a strike").
bool ClaimBuilder::promised_action(TokenRange probe) const {
  if (probe.empty()) return false;
  if (ct_.is(probe.begin, "to")) return true;
  for (uint32_t k = probe.begin + 1; k < probe.end && k < probe.begin + 8; ++k) {
    if (ct_.is_comma(k)) break;
    if (ct_.is_class(k, kAuxiliary)) return true;  // "their countries will work together"
  }
  return false;
}

void ClaimBuilder::right_side(Draft& d, const CueInfo& cue, uint32_t c, uint32_t cue_end,
                              uint32_t s, TokenRange subject, bool attached) {
  RightKind rk = classify_right(cue, c, cue_end, s, attached);
  if (rk.kind == Right::Empty || rk.kind == Right::Adjunct) return;
  if (cue.lemma == "quote") return;  // handled as a participle only
  // Discoveries are claims only from documents and courts: "the report found",
  // "the court found X guilty"; not "officers found that the floor was hollow".
  if (cue.lemma == "find") {
    bool court_or_document =
        !subject.empty() && (is_document_phrase(ct_, subject) ||
                             subject_has(subject, {"court", "jury", "judge", "tribunal", "panel"}));
    if (!court_or_document) return;
    if (rk.kind == Right::Clause) {
      d.content = right_content(rk.start, c, s);
      if (!trim(d.content).empty()) add(d);
      return;
    }
  }
  if (cue.has(kCueWeak) && rk.kind == Right::Clause) {
    TokenRange probe = right_content(rk.start, c, s);
    bool ok =
        cue.has(kCueTakesObject) && cue.lemma != "call" ? object_complement_ok(cue, probe) : false;
    if (cue.lemma == "call") {
      // "what they called a common enemy": the object is the "what" before the subject.
      bool what_object = !subject.empty() && subject.begin > sentence(s).first_token &&
                         ct_.is(subject.begin - 1, "what");
      ok = object_complement_ok(cue, probe) || ct_.is(cue_end - 1, "on") ||
           ct_.is(cue_end - 1, "for") || what_object;
    }
    if (!subject.empty() && is_document_phrase(ct_, subject) &&
        (cue.lemma == "reveal" || cue.lemma == "conclude")) {
      ok = true;
    }
    // "ruled there was", "warned it would", "added he was": a clause, not an object.
    if (!cue.has(kCueTakesObject) && !cue.has(kCuePromise) && probe.end > probe.begin + 1) {
      std::string_view first = ct_.word(probe.begin);
      bool pronoun = first == "there" || first == "he" || first == "she" || first == "they" ||
                     first == "it" || first == "we";
      if (pronoun && ct_.is_class(probe.begin + 1, kAuxiliary)) ok = true;
    }
    if (!ok) return;
  }
  if (cue.has(kCuePromise) && rk.kind == Right::Clause &&
      !promised_action(right_content(rk.start, c, s))) {
    return;
  }
  if (rk.kind == Right::Colon && rk.start >= sentence(s).end_token) {
    block_or_inline(d, rk.start, s);
    if (d.block && !trim(d.content).empty()) add(d);
    return;
  }
  d.content = right_content(rk.start, c, s);
  if (rk.kind == Right::Colon) block_or_inline(d, rk.start, s);
  if (cue.has(kCueNounContent) && rk.kind == Right::Clause)
    d.content.end = before_setting(d.content);
  if (!trim(d.content).empty()) add(d);
}

// "denied the allegations [in a statement on Friday]": where and when the denial was made
// is not what was denied. The end of `r` before such a phrase.
uint32_t ClaimBuilder::before_setting(TokenRange r) const {
  for (uint32_t k = r.begin + 1; k + 1 < r.end; ++k) {
    if (!ct_.is(k, "in") && !ct_.is(k, "on") && !ct_.is(k, "at")) continue;
    uint32_t j = k + 1;
    if (ct_.is(k, "on") && ct_.is_class(j, kTimeWord)) return k;  // "on Friday"
    while (j < r.end && j < k + 4 && (ct_.is_class(j, kDeterminer) || !ct_.is_capitalized(j))) {
      std::string_view w = ct_.word(j);
      if (w == "statement" || w == "interview" || w == "letter" || w == "speech" ||
          w == "conference" || w == "briefing" || w == "post" || w == "tweet") {
        return k;
      }
      ++j;
    }
  }
  return r.end;
}

// ", adding that …", ", declaring that “…", ", quoting the report."
void ClaimBuilder::participle(Draft& d, const CueInfo& cue, uint32_t c, uint32_t cue_end,
                              uint32_t s, size_t first_claim) {
  if (cue.lemma == "quote") {  // "“A,” wrote Dennik N, quoting the report": A again
    TokenRange src = noun_phrase_after(ct_, cue_end, sentence(s).end_token);
    if (src.empty() || drafts_.size() <= first_claim) return;
    d.source = src;
    d.content = drafts_.back().content;
    add(d);
    return;
  }
  d.source = shared_source(c, s, first_claim);
  right_side(d, cue, c, cue_end, s, {});
}

// Passive cues have no source: "It is also stated that A", "are reported to A",
// "A, a court was told."
void ClaimBuilder::passive_cue(Draft& d, const CueInfo& cue, uint32_t a, uint32_t cue_end,
                               uint32_t s) {
  uint32_t sb = sentence(s).first_token, se = sentence(s).end_token;
  uint32_t r = cue_end;
  if (cue.lemma == "quote") {
    quoted_as_saying(d, a, cue_end, s);
    return;
  }
  // "is claimed to have", "was described as", "was found guilty", "is stated that".
  bool says_to = cue.lemma == "say" || cue.lemma == "report" || cue.lemma == "claim" ||
                 cue.lemma == "allege" || cue.lemma == "state";
  bool opens =
      r < se && ((ct_.is(r, "to") && says_to) || (ct_.is(r, "as") && cue.has(kCueTakesObject)) ||
                 (ct_.is(r, "guilty") && cue.lemma == "find") || ct_.is(r, "that") ||
                 ct_.quote_opened_by(r) || ct_.raw(r) == ":");
  // "It was also reported on Tuesday that A", "It was announced last week that A"; only
  // after a dummy "it" ("announced in the hall that burned down" is a relative clause).
  if (!opens && r < se && a > sb && ct_.is(a - 1, "it") &&
      (ct_.is_class(r, kPreposition) || ct_.is_class(r, kTimeWord) || ct_.is(r, "last"))) {
    for (uint32_t j = r + 1; j < se && j < r + 7; ++j) {
      if (ct_.is_comma(j) || ct_.is_quote_mark(j) || ct_.cue(j)) break;
      if (ct_.is(j, "that")) {
        r = j;
        opens = true;
        break;
      }
    }
  }
  if (opens) {
    d.content = right_content(r, cue_end - 1, s);
    if (!trim(d.content).empty()) add(d);
    return;
  }
  if (a == sb) return;
  TokenRange subj = subject_before(ct_, a - 1, sb);
  if (subj.empty() || subj.begin == sb) return;
  uint32_t edge = subj.begin - 1;
  bool trailing = ct_.is_comma(edge) || ct_.quote_closed_by(edge);
  if (ct_.is_comma(edge) && opening_adverbial(sb, edge)) trailing = false;
  RightKind rk = classify_right(cue, cue_end - 1, cue_end, s);
  if (trailing && (rk.kind == Right::Empty || rk.kind == Right::Adjunct)) {
    d.content = left_content(edge, s);
    if (!trim(d.content).empty()) add(d);
  }
}

// "The minister was quoted as saying (that) A", "… was quoted by the paper as saying A":
// the one quoted is the source.
void ClaimBuilder::quoted_as_saying(Draft& d, uint32_t a, uint32_t cue_end, uint32_t s) {
  uint32_t sb = sentence(s).first_token, se = sentence(s).end_token;
  uint32_t as = cue_end;
  while (as < se && as < cue_end + 8 && !ct_.is(as, "as") && !ct_.is_comma(as)) ++as;
  if (as + 2 >= se || !ct_.is(as, "as") || !gerund_cue_at(ct_, as + 1)) return;
  if (a == sb) return;
  TokenRange subj = subject_before(ct_, a - 1, sb);
  if (subj.empty() || bad_subject(subj)) return;
  d.source = subj;
  d.main_clause = true;
  if (as == cue_end) d.cue->end = as + 2;  // "was quoted as saying"
  d.content = right_content(as + 2, as + 1, s);
  if (!trim(d.content).empty()) add(d);
}

// "X said:" closing its paragraph: the content is the next paragraph, and the ones
// after it that go on in the same voice ("This is …", "We …").
void ClaimBuilder::block_or_inline(Draft& d, uint32_t start, uint32_t s) {
  if (!ct_.token(start).has(kNewlineBefore)) return;
  uint32_t p = sentence(ct_.sentence_of(start)).paragraph;
  if (p == sentence(s).paragraph) return;  // the colon did not end the paragraph
  const auto& paras = text_.paragraphs;
  auto para_tokens = [&](uint32_t pi) { return paragraph_tokens(pi); };
  TokenRange first = para_tokens(p);
  uint32_t end = first.end;
  for (uint32_t pi = p + 1; pi < paras.size() && pi < p + 6; ++pi) {
    if (paras[pi].first_sentence >= paras[pi].end_sentence) break;
    TokenRange next = para_tokens(pi);
    std::string_view w = ct_.word(next.begin);
    bool same_voice = w == "this" || w == "these" || w == "that" || w == "it" || w == "we" ||
                      w == "i" || w == "our" || w == "they";
    bool new_attribution = ct_.raw(next.end - 1) == ":";
    if (!same_voice || new_attribution) break;
    end = next.end;
  }
  d.content = {first.begin, end};
  d.block = true;
}

}  // namespace ann::claim_detail
