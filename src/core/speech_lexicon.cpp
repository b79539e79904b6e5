#include "speech_lexicon.h"

#include "data_file.h"

namespace depeche {

bool load_speech_lexicon(const std::string& lang_dir, const TokenizerLexicon& tokenizer, SpeechLexicon& out,
                         std::string& error) {
    const auto cues = read_json_file(lang_dir + "cues.json", error);
    if (!cues || !load_cue_lexicon(*cues, tokenizer, out.cues, error)) return false;
    const auto titles = read_json_file(lang_dir + "titles.json", error);
    if (!titles) return false;
    const auto mentions = read_json_file(lang_dir + "mentions.json", error);
    return mentions && load_mention_lexicon(*titles, *mentions, tokenizer, out.mentions, error);
}

}  // namespace depeche
