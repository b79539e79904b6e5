#pragma once
#include "entities/mention_lexicon.h"
#include "quotes/cue_lexicon.h"

#include <string>

namespace depeche {

// What the speaker and quotation stages read: reporting cues, titles and roles, mention words.
struct SpeechLexicon {
    CueLexicon cues;
    MentionLexicon mentions;
};

// Loads cues.json, titles.json and mentions.json from one language folder.
bool load_speech_lexicon(const std::string& lang_dir, const TokenizerLexicon& tokenizer, SpeechLexicon& out,
                         std::string& error);

}  // namespace depeche
