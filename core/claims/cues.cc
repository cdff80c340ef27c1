#include "claims/cues.h"

#include <algorithm>
#include <bitset>
#include <unordered_map>
#include <vector>

namespace ann {
namespace {

// One verb with its four forms "base|third|past|gerund". Strong verbs take a bare clause
// ("said he cares"); weak ones (kCueWeak) count only before "that", a colon or a quote, or
// after the content ("..., he added").
struct VerbEntry {
  std::string_view forms;
  uint16_t flags;
};

constexpr uint16_t V = kCueVerb;
constexpr uint16_t W = kCueVerb | kCueWeak;
constexpr uint16_t O = kCueTakesObject;
constexpr uint16_t D = kCueVerb | kCueDeny | kCueNounContent;
constexpr uint16_t P = kCueVerb | kCuePromise;

constexpr VerbEntry kVerbs[] = {
    {"say|says|said|saying", V},
    {"tell|tells|told|telling", V | O},
    {"state|states|stated|stating", V},
    {"announce|announces|announced|announcing", V},
    {"claim|claims|claimed|claiming", V | kCueNoun},
    {"insist|insists|insisted|insisting", V},
    {"allege|alleges|alleged|alleging", V},
    {"contend|contends|contended|contending", V},
    {"concede|concedes|conceded|conceding", V},
    {"assert|asserts|asserted|asserting", V},
    {"declare|declares|declared|declaring", V},
    {"argue|argues|argued|arguing", V},
    {"acknowledge|acknowledges|acknowledged|acknowledging", V},
    {"admit|admits|admitted|admitting", V},
    {"report|reports|reported|reporting", V | kCueNoun},
    {"emphasize|emphasizes|emphasized|emphasizing", V},
    {"emphasise|emphasises|emphasised|emphasising", V},
    {"add|adds|added|adding", W},  // "added two frequencies" adds things, not words
    {"warn|warns|warned|warning", W},
    {"write|writes|wrote|writing", W},
    {"indicate|indicates|indicated|indicating", V},
    {"explain|explains|explained|explaining", W},
    {"note|notes|noted|noting", W},
    {"stress|stresses|stressed|stressing", W},
    {"confirm|confirms|confirmed|confirming", W},
    {"maintain|maintains|maintained|maintaining", W},
    {"suggest|suggests|suggested|suggesting", W},
    {"reveal|reveals|revealed|revealing", W},
    {"predict|predicts|predicted|predicting", W},
    {"estimate|estimates|estimated|estimating", W},
    {"find|finds|found|finding", W},
    {"rule|rules|ruled|ruling", W},
    {"conclude|concludes|concluded|concluding", W},
    {"reply|replies|replied|replying", W},
    {"respond|responds|responded|responding", W},
    {"recall|recalls|recalled|recalling", W},
    {"remark|remarks|remarked|remarking", W},
    {"comment|comments|commented|commenting", W},
    {"testify|testifies|testified|testifying", W},
    {"complain|complains|complained|complaining", W},
    {"tweet|tweets|tweeted|tweeting", W},
    {"quote|quotes|quoted|quoting", W},
    {"hear|hears|heard|hearing", W | kCueNoSource},
    {"point|points|pointed|pointing", W},  // only as "point out"
    {"go|goes|went|going", W},             // only as "went on:"
    {"accuse|accuses|accused|accusing", V | O},
    {"charge|charges|charged|charging", W | O | kCueNoun},
    {"ask|asks|asked|asking", W | O},
    {"urge|urges|urged|urging", W | O},
    {"request|requests|requested|requesting", V},  // "requesting international help"
    {"demand|demands|demanded|demanding", W | O},
    {"interpret|interprets|interpreted|interpreting", W | O},  // "interpreted X as Y"
    {"vow|vows|vowed|vowing", P},
    {"pledge|pledges|pledged|pledging", P},
    {"promise|promises|promised|promising", P},
    {"threaten|threatens|threatened|threatening", P},
    {"appeal|appeals|appealed|appealing", W | O},
    {"call|calls|called|calling", W | O},
    {"describe|describes|described|describing", W | O},
    {"refer|refers|referred|referring", W | O},
    {"criticize|criticizes|criticized|criticizing", W | O},
    {"criticise|criticises|criticised|criticising", W | O},
    {"berate|berates|berated|berating", W | O},
    {"inform|informs|informed|informing", W | O},
    {"assure|assures|assured|assuring", W | O},
    {"deny|denies|denied|denying", D},
    {"reject|rejects|rejected|rejecting", D},
    {"dismiss|dismisses|dismissed|dismissing", D},
    {"refute|refutes|refuted|refuting", D},
    {"rebut|rebuts|rebutted|rebutting", D},
    {"dispute|disputes|disputed|disputing", D | kCueWeak},
};

// Nouns that report speech when a "that" clause follows: "the claims that he was fired".
constexpr std::string_view kNouns[] = {
    "statement", "statements", "announcement", "allegation",  "allegations", "reportage",
    "assertion", "assertions", "accusation",   "accusations", "denial",      "warning",
};

class Lexicon {
 public:
  Lexicon() {
    for (const VerbEntry& v : kVerbs) {
      std::vector<std::string_view> forms;
      size_t start = 0;
      while (start <= v.forms.size()) {
        size_t bar = v.forms.find('|', start);
        if (bar == std::string_view::npos) bar = v.forms.size();
        forms.push_back(v.forms.substr(start, bar - start));
        start = bar + 1;
      }
      for (size_t i = 0; i < forms.size(); ++i) {
        // The first entry wins: "claims" stays a verb that can also be a noun.
        map_.try_emplace(forms[i], CueInfo{forms[0], v.flags, static_cast<VerbForm>(i)});
      }
    }
    for (std::string_view n : kNouns) map_.try_emplace(n, CueInfo{n, kCueNoun, VerbForm::Base});
    for (const auto& [form, info] : map_) starts_.set((form[0] - 'a') * 26 + (form[1] - 'a'));
  }
  std::vector<std::string_view> words() const {
    std::vector<std::string_view> out;
    out.reserve(map_.size());
    for (const auto& entry : map_) out.push_back(entry.first);
    return out;
  }
  bool may_start(char a, char b) const { return starts_[(a - 'a') * 26 + (b - 'a')]; }
  const CueInfo* find(std::string_view lower) const {
    auto it = map_.find(lower);
    return it == map_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::string_view, CueInfo> map_;
  std::bitset<26 * 26> starts_;  // bit 26 * a + b: some cue starts with letters a, b
};

const Lexicon& lexicon() {
  static const Lexicon* lex = new Lexicon();  // never destroyed: no exit-time order issues
  return *lex;
}

// True when `a` becomes `b` by deleting, inserting or changing one letter.
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

}  // namespace

std::vector<std::string_view> cue_words() { return lexicon().words(); }

std::string ascii_lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const CueInfo* find_cue(std::string_view word) {
  if (word.size() < 2 || word.size() > 24) return nullptr;
  // Most words ("the", "of", "to") start with two letters no cue starts with: skip the
  // hash for them.
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  char a = lower(word[0]), b = lower(word[1]);
  if (a < 'a' || a > 'z' || b < 'a' || b > 'z' || !lexicon().may_start(a, b)) return nullptr;
  char buf[24];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return lexicon().find(std::string_view(buf, word.size()));
}

bool is_said_typo(std::string_view word) {
  if (word.size() < 3 || find_cue(word) != nullptr) return false;
  std::string lower = ascii_lower(word);
  // Real words one letter away from a cue.
  for (std::string_view real :
       {"sad", "paid", "laid", "raid", "maid", "sail", "slid", "toll", "sys", "adder", "aided"}) {
    if (lower == real) return false;
  }
  for (std::string_view target : {"said", "says", "told", "added"}) {
    if (one_edit_apart(lower, target)) return true;
  }
  return false;
}

}  // namespace ann
