#include "entities/dictionary_names.h"

#include <string>
#include <unordered_map>

#include "lexicon/lexicon.h"
#include "text/tokenizer.h"

namespace ann {
namespace {

struct Form {
  std::vector<std::string> words;   // folded tokens
  int entry = 0;
};

Form make_form(std::string_view name, int entry) {
  Form form;
  form.entry = entry;
  for (const Token& t : tokenize(name)) {
    form.words.push_back(lexicon::fold(name.substr(t.begin, t.end - t.begin)));
  }
  return form;
}

}  // namespace

void find_dictionary_names(const AnalyzedText&, const std::vector<TokenFeatures>& features,
                           const Dictionary& dictionary, std::vector<bool>& taken,
                           std::vector<Mention>& out) {
  std::vector<Form> forms;
  for (size_t e = 0; e < dictionary.entries.size(); ++e) {
    const DictionaryEntry& entry = dictionary.entries[e];
    forms.push_back(make_form(entry.name, static_cast<int>(e)));
    for (const std::string& alias : entry.aliases) {
      forms.push_back(make_form(alias, static_cast<int>(e)));
    }
  }
  std::unordered_map<std::string_view, std::vector<size_t>> by_first_word;
  for (size_t k = 0; k < forms.size(); ++k) {
    if (!forms[k].words.empty()) by_first_word[forms[k].words[0]].push_back(k);
  }
  const size_t n = features.size();
  for (size_t i = 0; i < n;) {
    auto it = taken[i] ? by_first_word.end() : by_first_word.find(features[i].folded);
    size_t best_len = 0;
    int best_entry = -1;
    if (it != by_first_word.end()) {
      for (size_t k : it->second) {
        const Form& form = forms[k];
        size_t len = form.words.size();
        if (len <= best_len || i + len > n) continue;
        bool match = true;
        for (size_t j = 0; j < len && match; ++j) {
          match = !taken[i + j] && features[i + j].folded == form.words[j];
        }
        // Whole tokens only: "PS" never matches inside "PSA".
        if (match) {
          best_len = len;
          best_entry = form.entry;
        }
      }
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    Label label = dictionary.entries[best_entry].label;
    out.push_back(Mention{static_cast<uint32_t>(i), static_cast<uint32_t>(i + best_len), label,
                          Evidence::Dictionary, best_entry});
    for (size_t j = i; j < i + best_len; ++j) taken[j] = true;
    i += best_len;
  }
}

}  // namespace ann
