// Claim assembly: for every cue, reads the source and the content around it.
//
//   Vučić said he cares about ...               subject, cue, content after
//   “A,” he said.   /   A, said Kaczyński.     content before (a quote or the clause)
//   According to X, A.   /   A, according to X.
//   It is also stated that A.  /  are reported to A.   passive: no source
//   X has dismissed a report saying A, calling B ...     participles and attached nouns
//   refuted claims that A.                      a noun cue: "claims" with its own claim
//   X said:  (paragraph)  A.                    a block quote
//   “A,” X said. “B.”                           B repeats X and the cue
#include "claims/claim_finder.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

#include "claims/claim_text.h"
#include "claims/contents.h"
#include "claims/cues.h"
#include "claims/sources.h"
#include "claims/word_classes.h"

namespace ann {
namespace {

struct Draft {
  std::optional<TokenRange> source;
  std::optional<TokenRange> cue;
  TokenRange content;
  bool deny = false;
  bool block = false;   // "X said:" followed by a paragraph: direct
  bool main_clause = false;   // the cue is a finite verb with its own subject
};

class ClaimBuilder {
 public:
  ClaimBuilder(const AnalyzedText& text, Document& doc) : ct_(text), text_(text), doc_(doc) {}

  void run() {
    headline_.reserve(text_.sentences.size());
    for (const Sentence& sent : text_.sentences) headline_.push_back(title_case(sent.first_token, sent.end_token));
    for (uint32_t s = 0; s < text_.sentences.size(); ++s) scan_sentence(s);
    headline_claim();
    inherit_for_quotes();
    emit();
  }

 private:
  const Sentence& sentence(uint32_t s) const { return text_.sentences[s]; }

  // ----- content boundaries (contents.h) -----

  TokenRange trim(TokenRange r) const { return trim_content(ct_, r); }
  bool finite_cue_at(uint32_t i) const { return ann::finite_cue_at(ct_, i); }
  TokenRange right_content(uint32_t start, uint32_t cue, uint32_t s) const {
    return ann::right_content(ct_, start, cue, sentence(s));
  }
  TokenRange left_content(uint32_t edge, uint32_t s) const {
    return ann::left_content(ct_, edge, sentence(s));
  }
  bool opening_adverbial(uint32_t sb, uint32_t edge) const {
    return ann::opening_adverbial(ct_, sb, edge);
  }

  // ----- one sentence -----

  void scan_sentence(uint32_t s) {
    const Sentence& sent = sentence(s);
    size_t first_claim = drafts_.size();
    for (uint32_t c = sent.first_token; c < sent.end_token; ++c) {
      if (!ct_.is_word(c)) continue;
      if (ct_.is(c, "according") && c + 1 < sent.end_token && ct_.is(c + 1, "to")) {
        according_to(c, s);
        continue;
      }
      const CueInfo* cue = ct_.cue(c);
      if (!cue) {
        typo_cue(c, s);
        continue;
      }
      if (cue->has(kCueNoun) && noun_cue(c, *cue, s)) continue;
      if (cue->has(kCueVerb)) verb_cue(c, *cue, s, first_claim);
    }
  }

  // “…,” sai José Luis Carballido  => a misspelt "said" between a closing quote and a name.
  void typo_cue(uint32_t c, uint32_t s) {
    if (c == 0 || c + 1 >= sentence(s).end_token) return;
    if (!ct_.quote_closed_by(c - 1) || !ct_.is_capitalized(c + 1)) return;
    if (ct_.token(c).has(kCapitalized) || !is_said_typo(ct_.raw(c))) return;
    Draft d;
    d.cue = TokenRange{c, c + 1};
    TokenRange src = noun_phrase_after(ct_, c + 1, sentence(s).end_token);
    if (!src.empty()) d.source = src;
    d.content = left_content(c - 1, s);
    add(d);
  }

  void according_to(uint32_t c, uint32_t s) {
    const Sentence& sent = sentence(s);
    uint32_t src_begin = c + 2;
    uint32_t src_end = src_begin;
    while (src_end < sent.end_token && !ct_.is_comma(src_end) && !ct_.is_quote_mark(src_end) &&
           !(ct_.raw(src_end) == "." && src_end + 1 == sent.end_token) && src_end - src_begin < 16) {
      ++src_end;
      // "According to the USGS (USGS) a major earthquake …": no comma after the name.
      if (ct_.raw(src_end - 1) == ")" && src_end < sent.end_token && !ct_.is_comma(src_end) &&
          !ct_.is(src_end, "and") && !ct_.is(src_end, "or")) {
        break;
      }
    }
    if (src_end == src_begin) return;
    Draft d;
    d.cue = TokenRange{c, c + 2};
    d.source = TokenRange{src_begin, src_end};
    // The left part starts after the last "that" or colon before the cue.
    uint32_t left_begin = sent.first_token;
    for (uint32_t k = sent.first_token; k < c; ++k) {
      if (ct_.is(k, "that") || ct_.raw(k) == ":") left_begin = k + 1;
    }
    TokenRange left = trim({left_begin, c});
    while (!left.empty() && is_sentence_adverb(ct_.word(left.begin))) left = trim({left.begin + 1, left.end});
    TokenRange right = trim(right_content(src_end, c, s));
    if (src_end + 1 < sent.end_token && ct_.quote_opened_by(src_end + 1)) {
      right = right_content(src_end, c, s);
    }
    // "Eling, according to the same source, sent kits …": the longer part is the content.
    d.content = (right.end - right.begin >= left.end - left.begin) ? right : left;
    if (d.content.empty()) return;
    add(d);
  }

  // "refuted claims that A", "allegations from X that A", "media reports that A".
  bool noun_cue(uint32_t c, const CueInfo& cue, uint32_t s) {
    const Sentence& sent = sentence(s);
    if (cue.has(kCueVerb)) {   // "claims", "reports": a noun only after these
      if (c == sent.first_token) return false;
      std::string_view prev = ct_.word(c - 1);
      const CueInfo* prev_cue = ct_.cue(c - 1);
      if (cue.form == VerbForm::Past || cue.form == VerbForm::Gerund) return false;
      bool noun = is_determiner(prev) || is_preposition(prev) ||
                  (prev_cue && prev_cue->has(kCueVerb)) ||
                  (c >= sent.first_token + 2 && is_source_noun(prev) &&
                   is_preposition(ct_.word(c - 2)));   // "years of media reports that"
      // "absurd charges by Iran that": an agent or origin follows a noun, not a verb.
      if (c + 1 < sent.end_token && (ct_.is(c + 1, "by") || ct_.is(c + 1, "from"))) noun = true;
      if (!noun) return false;
    }
    // "said in a statement that …": the verb's content, not the noun's.
    for (uint32_t k = c; k > sent.first_token && k + 4 > c; --k) {
      const CueInfo* verb = ct_.cue(k - 1);
      if (verb && verb->has(kCueVerb) && !verb->has(kCueWeak) && k - 1 != c &&
          is_preposition(ct_.word(k))) {
        return true;
      }
    }
    // Find "that", possibly after "from X" / "by X".
    uint32_t k = c + 1;
    std::optional<TokenRange> source;
    if (k < sent.end_token && (ct_.is(k, "from") || ct_.is(k, "by"))) {
      uint32_t j = k + 1;
      while (j < sent.end_token && j < k + 10 && !ct_.is(j, "that") && !ct_.is_comma(j)) ++j;
      if (j < sent.end_token && ct_.is(j, "that") && j > k + 1) {
        source = TokenRange{k + 1, j};
        k = j;
      }
    }
    if (k >= sent.end_token || !ct_.is(k, "that")) return cue.has(kCueNoun) && !cue.has(kCueVerb);
    uint32_t after = k + 1;
    while (after < sent.end_token && ct_.is_comma(after)) ++after;
    if (after >= sent.end_token || is_auxiliary(ct_.word(after))) return true;   // relative
    if (!source && c > sent.first_token) {
      if (ct_.token(c - 1).kind == TokenKind::Possessive && c >= sent.first_token + 2) {
        TokenRange owner = attached_noun_phrase(ct_, c - 2, sent.first_token);
        if (!owner.empty()) source = owner;
      } else if (is_source_noun(ct_.word(c - 1))) {
        source = TokenRange{c - 1, c};   // "years of media reports that"
      }
    }
    Draft d;
    d.cue = TokenRange{c, c + 1};
    d.source = source;
    d.content = right_content(k + 1, c, s);
    add(d);
    return true;
  }

  // Nouns that name who reports: "media reports that", "police statement that".
  static bool is_source_noun(std::string_view w) {
    for (std::string_view n : {"media", "police", "press", "government", "military", "army",
                               "court", "intelligence", "ministry", "official", "officials",
                               "agency", "news"}) {
      if (w == n) return true;
    }
    return false;
  }

  // The source a participle or an elided subject shares (", declaring that …",
  // "… and added that"): the subject of the clause it hangs on. After a relative "that"
  // ("the same day that Russian officials issued …, dismissing") it is that clause's
  // subject; otherwise the latest main-clause claim of the sentence, else the sentence's
  // subject.
  std::optional<TokenRange> shared_source(uint32_t c, uint32_t s, size_t first_claim) const {
    const Sentence& sent = sentence(s);
    for (uint32_t k = c; k > sent.first_token; --k) {
      uint32_t t = k - 1;
      if (!ct_.is(t, "that") || t == sent.first_token) continue;
      const CueInfo* before = ct_.cue(t - 1);
      bool complement = (before && before->has(kCueVerb)) || ct_.is_comma(t - 1);
      if (complement) break;
      TokenRange np = noun_phrase_after(ct_, t + 1, c);
      if (!np.empty()) return np;
      break;
    }
    for (size_t i = drafts_.size(); i > first_claim; --i) {
      if (drafts_[i - 1].source && drafts_[i - 1].main_clause) return drafts_[i - 1].source;
    }
    TokenRange subj = sentence_subject(ct_, sent.first_token, sent.end_token);
    if (subj.empty()) return std::nullopt;
    return subj;
  }

  // A verb cue that is really a noun or an adjective: "the said option", "the rules",
  // "on state television", "anti-state", "The United States" (a capitalised cue inside a
  // sentence that is not a headline).
  bool verb_is_other_word(uint32_t c, uint32_t sb, uint32_t se) const {
    if (c > sb) {
      std::string_view prev = ct_.word(c - 1);
      TokenKind pk = ct_.token(c - 1).kind;
      if (is_determiner(prev) || is_preposition(prev) || pk == TokenKind::Possessive ||
          pk == TokenKind::Hyphen) {
        return true;
      }
    }
    if (c > sb && ct_.token(c).has(kCapitalized) && !is_headline(sb, se)) return true;
    return false;
  }

  bool is_headline(uint32_t sb, uint32_t) const { return headline_[ct_.sentence_of(sb)]; }

  // Title case: most words capitalised ("US Dismisses Iranian Spy Charges as Absurd").
  bool title_case(uint32_t sb, uint32_t se) const {
    uint32_t words = 0, caps = 0;
    for (uint32_t k = sb; k < se; ++k) {
      if (!ct_.is_word(k)) continue;
      ++words;
      if (ct_.token(k).has(kCapitalized)) ++caps;
    }
    return words >= 3 && caps * 4 >= words * 3;
  }

  // A subject that cannot be one: it holds another finite verb of saying ("US Dismisses
  // Iranian Spy" before "Charges"), starts with an adverb, or is the speaker's "we"/"I"
  // inside a quotation.
  bool bad_subject(TokenRange subj) const {
    if (subj.empty()) return true;
    std::string_view first = ct_.word(subj.begin);
    if (is_adverb(first) && !ct_.is_capitalized(subj.begin)) return true;
    if (subj.end - subj.begin == 1 && (first == "we" || first == "i" || first == "you")) return true;
    for (uint32_t k = subj.begin; k < subj.end; ++k) {
      const CueInfo* c = ct_.cue(k);
      if (ct_.is_capitalized(k) && !is_headline(ct_.sentence_first(k), ct_.sentence_end(k))) continue;
      if (c && c->has(kCueVerb) && !c->has(kCueNoun) && c->form != VerbForm::Gerund &&
          !(k > subj.begin && is_determiner(ct_.word(k - 1)))) {
        return true;
      }
    }
    return false;
  }

  // A base form ("say", "deny") needs a plural or modal subject: "officials say", "they
  // deny", "Colombia and FARC announce" — not "took charge", "Let the commission announce".
  bool base_form_agrees(TokenRange subj, bool had_auxiliary) const {
    if (had_auxiliary) return true;
    std::string_view first = ct_.word(subj.begin);
    std::string_view last = ct_.word(subj.end - 1);
    if (first == "they" || first == "we" || first == "i" || first == "you") return true;
    auto plural = [](std::string_view w) { return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's'; };
    if (plural(first) || plural(last)) return true;
    for (std::string_view collective : {"police", "people", "media", "staff", "public"}) {
      if (last == collective) return true;
    }
    for (uint32_t k = subj.begin; k < subj.end; ++k) {
      if (ct_.is(k, "and")) return true;
    }
    return false;
  }

  void verb_cue(uint32_t c, const CueInfo& cue, uint32_t s, size_t first_claim) {
    const Sentence& sent = sentence(s);
    uint32_t sb = sent.first_token, se = sent.end_token;
    // "report conceded", "the report was posted": the next word is the verb.
    if (c + 1 < se && (finite_cue_at(c + 1) || is_auxiliary(ct_.word(c + 1))) &&
        cue.form != VerbForm::Past) {
      return;
    }
    if (verb_is_other_word(c, sb, se)) return;
    // Auxiliaries and adverbs before the verb: "has consistently denied", "is also stated".
    uint32_t a = c;
    bool passive = false;
    bool had_auxiliary = false;
    uint32_t first_aux = c;
    while (a > sb && (is_auxiliary(ct_.word(a - 1)) || is_adverb(ct_.word(a - 1)))) {
      --a;
      if (is_auxiliary(ct_.word(a))) first_aux = a, had_auxiliary = true;
      if (is_be_form(ct_.word(a)) && cue.form == VerbForm::Past) passive = true;
    }
    if (a > sb && ct_.is(a - 1, "to")) return;   // "wants to state", "for me to say"
    for (uint32_t k = a; k < c; ++k) {   // "did not say", "has never denied": nothing said
      if (ct_.is(k, "not") || ct_.is(k, "never") || ct_.raw(k) == "n’t" || ct_.raw(k) == "n't") return;
    }
    // Particles: "pointing out", "went on", "called on".
    uint32_t cue_end = c + 1;
    if (cue.lemma == "point" || cue.lemma == "go") {
      std::string_view particle = cue.lemma == "point" ? "out" : "on";
      if (cue_end >= se || !ct_.is(cue_end, particle)) return;
      ++cue_end;
    } else if (cue.lemma == "call" && cue_end < se && ct_.is(cue_end, "on")) {
      ++cue_end;
    }
    Draft d;
    d.deny = cue.has(kCueDeny);
    d.cue = TokenRange{passive ? first_aux : c, cue_end};

    if (passive) {
      passive_cue(d, cue, a, cue_end, s);
      return;
    }
    // "Also reported to be in custody is X": a participle opening the sentence.
    if (a == sb || (a > sb && is_sentence_adverb(ct_.word(a - 1)) && a - 1 == sb)) {
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
    uint32_t left = a;   // one past the subject's last token
    if (left > sb && ct_.is_quote_mark(left - 1) && ct_.quote_opened_by(left - 1)) --left;
    if (left == sb) return;
    uint32_t L = left - 1;
    bool after_edge = ct_.is_comma(L) || (ct_.is_quote_mark(L) && ct_.quote_closed_by(L));
    if (after_edge && cue.form == VerbForm::Gerund) {
      participle(d, cue, c, cue_end, s, first_claim);
      return;
    }
    if (after_edge && !(ct_.is_comma(L) && L > sb && ct_.is_wordlike(L - 1) &&
                        !ct_.quote_closed_by(L - 1) && appositive_subject(L, sb))) {
      // "…,” said Kaczyński." / "A, said the minister."
      if (cue.form != VerbForm::Past && cue.form != VerbForm::ThirdPerson) return;
      TokenRange src = noun_phrase_after(ct_, cue_end, se);
      if (src.empty()) return;
      if (!cue.has(kCueNoSource)) d.source = src;
      d.main_clause = true;
      d.content = left_content(L, s);
      if (!trim(d.content).empty()) add(d);
      return;
    }
    if (ct_.is(L, "and") || ct_.is(L, "but")) {   // "... and added that"
      d.source = shared_source(c, s, first_claim);
      right_side(d, cue, c, cue_end, s, /*subject=*/{});
      return;
    }
    if (cue.form == VerbForm::Gerund) {   // "a report saying", "a case against X claiming"
      if (is_preposition(ct_.word(L)) || is_auxiliary(ct_.word(L))) return;
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
        if (is_preposition(ct_.word(k - 1)) && !ct_.is(k - 1, "of")) {
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
      trimmed = (is_time_word(w) && ct_.is_capitalized(subj.end - 1)) ||
                ((w == "week" || w == "month" || w == "year") && subj.end >= subj.begin + 3 &&
                 (ct_.is(subj.end - 2, "last") || ct_.is(subj.end - 2, "this"))) ||
                ((w == "on" || w == "last" || w == "this") && subj.end < c);
      if (trimmed) --subj.end;
    }
    if (bad_subject(subj)) return;
    if (cue.form == VerbForm::Base && !base_form_agrees(subj, had_auxiliary)) return;
    if (!cue.has(kCueNoSource)) d.source = subj;
    d.main_clause = true;
    // Attribution after its content: "A, the statement says." / "“A,” he told the press."
    uint32_t edge = subj.begin;
    while (edge > sb && is_sentence_adverb(ct_.word(edge - 1))) --edge;
    bool trailing = edge > sb && (ct_.is_comma(edge - 1) || ct_.quote_closed_by(edge - 1));
    if (trailing && ct_.is_comma(edge - 1) && opening_adverbial(sb, edge - 1)) trailing = false;
    RightKind rk = classify_right(cue, c, cue_end, s);
    if (trailing && (rk.kind == Right::Empty || rk.kind == Right::Adjunct || rk.kind == Right::Quote)) {
      Draft before = d;
      before.content = left_content(edge - 1, s);
      // "The suspect, police said, fled on foot": the longer side is the content.
      if (rk.kind == Right::Adjunct && ct_.is_comma(rk.start - 1) && ct_.is_comma(edge - 1)) {
        TokenRange after = trim({rk.start, sentence(s).end_token});
        TokenRange left_part = trim(before.content);
        if (after.end - after.begin > left_part.end - left_part.begin && !ct_.cue(after.begin) &&
            !ct_.quote_closed_by(edge - 1)) {
          before.content = after;
        }
      }
      if (!trim(before.content).empty()) add(before);
      if (rk.kind != Right::Quote) return;
      // “A,” he said, “B.”  — B is a claim of its own with the same source and cue.
    }
    right_side(d, cue, c, cue_end, s, subj);
  }

  // "X, a doctor, said": the comma before the verb closes an appositive (the chunk
  // before it is part of a subject that starts the clause), not a content.
  bool appositive_subject(uint32_t comma, uint32_t sb) const {
    TokenRange subj = subject_before(ct_, comma, sb);
    if (subj.empty()) return false;
    // The subject reaches the clause start: nothing but adverbs before it.
    uint32_t k = sb;
    while (k < subj.begin && (is_sentence_adverb(ct_.word(k)) || ct_.is_comma(k))) ++k;
    return k == subj.begin;
  }

  enum class Right { Empty, Adjunct, Quote, That, Colon, Clause };
  struct RightKind {
    Right kind = Right::Empty;
    uint32_t start = 0;   // first content token
  };

  // What follows the verb (and its addressee: "told VOA").
  RightKind classify_right(const CueInfo& cue, uint32_t c, uint32_t r, uint32_t s,
                           bool attached = false) const {
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
    if (comma) return {Right::Adjunct, r};   // "he said, adding", "says, published on"
    if (ct_.is(r, "that")) return {Right::That, r + 1};
    std::string_view w = ct_.word(r);
    if (is_adverb(w) && r + 1 < se && ct_.is(r + 1, "that")) return {Right::That, r + 2};
    if (ct_.is(r, "and") || ct_.is(r, "but")) return {Right::Adjunct, r};
    if (is_preposition(w) || is_time_word(w) || w == "last" || w == "this" || ct_.raw(r) == "(") {
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
  uint32_t skip_addressee(uint32_t r, uint32_t se) const {
    for (uint32_t j = r; j < se && j < r + 6; ++j) {
      if (ct_.is_comma(j) || ct_.is_quote_mark(j)) break;
      if (ct_.is(j, "that")) return j;
    }
    uint32_t k = r;
    if (k < se && (ct_.is(k, "me") || ct_.is(k, "him") || ct_.is(k, "her") || ct_.is(k, "us") ||
                   ct_.is(k, "them") || ct_.is(k, "reporters") || ct_.is(k, "journalists"))) {
      return k + 1;
    }
    bool det = k < se && is_determiner(ct_.word(k));
    if (det) ++k;
    uint32_t caps = 0;
    while (k < se && ct_.is_capitalized(k)) ++k, ++caps;
    if (k < se && (det || caps == 0) && ct_.is_word(k) && !ct_.is_capitalized(k) &&
        !is_pronoun(ct_.word(k)) && !is_preposition(ct_.word(k))) {
      ++k;
    }
    return k;
  }

  // Words that let a verb with an object report speech: "accused X of", "asked X to",
  // "described X as", "called X “a rude case”".
  bool object_complement_ok(const CueInfo& cue, TokenRange probe) const {
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

  void right_side(Draft& d, const CueInfo& cue, uint32_t c, uint32_t cue_end, uint32_t s,
                  TokenRange subject, bool attached = false) {
    RightKind rk = classify_right(cue, c, cue_end, s, attached);
    if (rk.kind == Right::Empty || rk.kind == Right::Adjunct) return;
    if (cue.lemma == "quote") return;   // handled as a participle only
    // Discoveries are claims only from documents and courts: "the report found",
    // "the court found X guilty"; not "officers found that the floor was hollow".
    if (cue.lemma == "find") {
      bool court_or_document = !subject.empty() &&
          (is_document_phrase(ct_, subject) || subject_has(subject, {"court", "jury", "judge", "tribunal", "panel"}));
      if (!court_or_document) return;
      if (rk.kind == Right::Clause) {
        d.content = right_content(rk.start, c, s);
        if (!trim(d.content).empty()) add(d);
        return;
      }
    }
    if (cue.has(kCueWeak) && rk.kind == Right::Clause) {
      TokenRange probe = right_content(rk.start, c, s);
      bool ok = cue.has(kCueTakesObject) && cue.lemma != "call" ? object_complement_ok(cue, probe)
                                                               : false;
      if (cue.lemma == "call") ok = object_complement_ok(cue, probe) || ct_.is(cue_end - 1, "on");
      if (!subject.empty() && is_document_phrase(ct_, subject) &&
          (cue.lemma == "reveal" || cue.lemma == "conclude")) {
        ok = true;
      }
      if (!ok) return;
    }
    if (rk.kind == Right::Colon && rk.start >= sentence(s).end_token) {
      block_or_inline(d, rk.start, s);
      if (d.block && !trim(d.content).empty()) add(d);
      return;
    }
    d.content = right_content(rk.start, c, s);
    if (rk.kind == Right::Colon) block_or_inline(d, rk.start, s);
    if (!trim(d.content).empty()) add(d);
  }

  bool subject_has(TokenRange subj, std::initializer_list<std::string_view> words) const {
    for (uint32_t k = subj.begin; k < subj.end; ++k) {
      for (std::string_view w : words) {
        if (ct_.is(k, w)) return true;
      }
    }
    return false;
  }

  // ", adding that …", ", declaring that “…", ", quoting the report."
  void participle(Draft& d, const CueInfo& cue, uint32_t c, uint32_t cue_end, uint32_t s,
                  size_t first_claim) {
    if (cue.lemma == "quote") {   // "“A,” wrote Dennik N, quoting the report": A again
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
  void passive_cue(Draft& d, const CueInfo& cue, uint32_t a, uint32_t cue_end, uint32_t s) {
    uint32_t sb = sentence(s).first_token, se = sentence(s).end_token;
    uint32_t r = cue_end;
    // "is claimed to have", "was described as", "was found guilty", "is stated that".
    bool says_to = cue.lemma == "say" || cue.lemma == "report" || cue.lemma == "claim" ||
                   cue.lemma == "allege" || cue.lemma == "state";
    bool opens = r < se && ((ct_.is(r, "to") && says_to) ||
                            (ct_.is(r, "as") && cue.has(kCueTakesObject)) ||
                            (ct_.is(r, "guilty") && cue.lemma == "find") || ct_.is(r, "that") ||
                            ct_.quote_opened_by(r) || ct_.raw(r) == ":");
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

  // "X said:" closing its paragraph: the content is the next paragraph, and the ones
  // after it that go on in the same voice ("This is …", "We …").
  void block_or_inline(Draft& d, uint32_t start, uint32_t s) {
    if (!ct_.token(start).has(kNewlineBefore)) return;
    uint32_t p = sentence(ct_.sentence_of(start)).paragraph;
    if (p == sentence(s).paragraph) return;   // the colon did not end the paragraph
    const auto& paras = text_.paragraphs;
    auto para_tokens = [&](uint32_t pi) {
      const Paragraph& para = paras[pi];
      return TokenRange{sentence(para.first_sentence).first_token,
                        sentence(para.end_sentence - 1).end_token};
    };
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

  // A headline "Kaczyński: we respect democracy" has a source and no cue.
  void headline_claim() {
    if (text_.paragraphs.empty() || text_.sentences.empty()) return;
    const Paragraph& para = text_.paragraphs[0];
    if (para.first_sentence >= para.end_sentence) return;
    uint32_t b = sentence(para.first_sentence).first_token;
    uint32_t e = sentence(para.end_sentence - 1).end_token;
    uint32_t colon = b;
    while (colon < e && colon < b + 5 && ct_.is_capitalized(colon)) ++colon;
    if (colon == b || colon >= e || ct_.raw(colon) != ":" || colon + 1 >= e) return;
    for (const Draft& d : drafts_) {
      if (d.content.begin < e && d.content.end > b) return;   // a cue already covers it
    }
    Draft d;
    d.source = TokenRange{b, colon};
    d.content = {colon + 1, e};
    add(d);
  }

  // “A,” X said. “B.”  — B, a quotation no claim covers, right after X's claim (same or
  // next paragraph), repeats X's source and cue.
  void inherit_for_quotes() {
    std::vector<TokenRange> contents;
    contents.reserve(drafts_.size());
    std::vector<uint8_t> covered(ct_.size() + 1, 0);
    for (const Draft& d : drafts_) {
      TokenRange t = trim(d.content);
      contents.push_back(t);
      // Mark only the ends: a quotation is covered when some content overlaps it, which a
      // prefix count over begin/end marks answers without walking every content.
      if (!t.empty()) covered[t.begin] = 1;
    }
    std::vector<uint32_t> starts_before(ct_.size() + 1, 0);   // contents starting before k
    for (size_t k = 0; k < ct_.size(); ++k) starts_before[k + 1] = starts_before[k] + covered[k];
    // Drafts by content end: the attribution right before each quotation.
    std::vector<size_t> by_end(drafts_.size());
    for (size_t i = 0; i < by_end.size(); ++i) by_end[i] = i;
    std::sort(by_end.begin(), by_end.end(), [&](size_t x, size_t y) { return contents[x].end < contents[y].end; });
    std::vector<Draft> extra;
    size_t next = 0;
    const Draft* before = nullptr;
    for (const Quotation& q : ct_.quotes()) {
      while (next < by_end.size() && contents[by_end[next]].end <= q.open_token) {
        const Draft& d = drafts_[by_end[next]];
        if (d.cue && !ct_.quote_at(d.cue->begin)) before = &d;
        ++next;
      }
      if (!q.sentence_like || q.single || !before) continue;
      // Covered: a content starts inside the quotation or runs into it.
      bool covered_inside = starts_before[q.end_token] > starts_before[q.first_token];
      bool runs_into = false;
      for (size_t i = next; i < by_end.size() && !runs_into; ++i) {
        runs_into = contents[by_end[i]].begin < q.end_token && !contents[by_end[i]].empty();
        if (contents[by_end[i]].begin >= q.first_token) runs_into = false;
        if (i > next + 8) break;
      }
      if (covered_inside || runs_into) continue;
      // The quotation opens its sentence ("But, "ironically, …"" counts).
      uint32_t s = ct_.sentence_of(q.open_token);
      uint32_t k = sentence(s).first_token;
      while (k < q.open_token && (is_sentence_adverb(ct_.word(k)) || ct_.is_comma(k))) ++k;
      if (k != q.open_token) continue;
      uint32_t prev_para = sentence(ct_.sentence_of(before->cue->begin)).paragraph;
      uint32_t para = sentence(s).paragraph;
      if (para > prev_para + 1) continue;
      Draft d = *before;
      d.content = {q.first_token, q.end_token};
      d.block = false;
      extra.push_back(d);
    }
    for (Draft& d : extra) add(d);
  }

  void add(const Draft& d) { drafts_.push_back(d); }

  // ----- output -----

  Span span_of(TokenRange r) const {
    return Span{ct_.token(r.begin).begin, ct_.token(r.end - 1).end};
  }

  void emit() {
    std::vector<std::pair<Draft, TokenRange>> out;
    for (const Draft& d : drafts_) {
      TokenRange t = trim(d.content);
      if (t.empty()) continue;
      bool duplicate = false;
      for (const auto& [o, ot] : out) {
        if (ot.begin == t.begin && ot.end == t.end && o.cue && d.cue && o.cue->begin == d.cue->begin) {
          duplicate = true;
        }
      }
      if (!duplicate) out.emplace_back(d, t);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
      return x.second.begin < y.second.begin;
    });
    Id next = doc_.next_id();
    std::vector<Claim> found;
    Id previous_group = kNoId;
    // Groups are resolved in reading order (by cue), so "he" follows the latest speaker.
    std::vector<size_t> order(out.size());
    for (size_t i = 0; i < out.size(); ++i) order[i] = i;
    auto anchor = [&](size_t i) {
      const Draft& d = out[i].first;
      return d.source ? d.source->begin : (d.cue ? d.cue->begin : out[i].second.begin);
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return anchor(x) < anchor(y); });
    std::vector<Id> groups(out.size(), kNoId);
    for (size_t i : order) {
      const Draft& d = out[i].first;
      if (!d.source || d.source->empty()) continue;
      groups[i] = resolve_source_group(ct_, doc_, *d.source, previous_group);
      if (groups[i] != kNoId) previous_group = groups[i];
    }
    for (size_t i = 0; i < out.size(); ++i) {
      const auto& [d, t] = out[i];
      Claim c;
      c.id = next++;
      if (d.source && !d.source->empty()) c.source = span_of(*d.source);
      c.source_group = groups[i];
      if (d.cue && !d.cue->empty()) c.cue = span_of(*d.cue);
      c.content = span_of(t);
      c.kind = claim_kind(ct_, t, d.block);
      c.stance = d.deny ? ClaimStance::Deny : ClaimStance::Assert;
      found.push_back(c);
    }
    doc_.claims.insert(doc_.claims.end(), found.begin(), found.end());
    std::stable_sort(doc_.claims.begin(), doc_.claims.end(), [](const Claim& x, const Claim& y) {
      return x.content.begin < y.content.begin;
    });
  }

  ClaimText ct_;
  const AnalyzedText& text_;
  Document& doc_;
  std::vector<Draft> drafts_;
  std::vector<bool> headline_;   // per sentence: title case
};

}  // namespace

void find_claims(const AnalyzedText& text, Document& doc) {
  if (text.tokens.empty() || text.sentences.empty()) return;
  ClaimBuilder builder(text, doc);
  builder.run();
}

}  // namespace ann
