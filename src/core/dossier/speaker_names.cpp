#include "speaker_names.h"

#include "core/fold.h"
#include "core/utf8.h"

#include <algorithm>

namespace depeche {
namespace {

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        if (end > i) out.push_back(text.substr(i, end - i));
        i = end + 1;
    }
    return out;
}

bool capitalized(std::string_view word) {
    std::size_t end = 0;
    utf8::decode(word, end);
    return is_upper_case(word.substr(0, end));
}

// Words of a role head starting at `at` ("premier", "ministre"), or 0 when none starts there.
std::size_t role_head_length(const std::vector<std::string>& folded, std::size_t at, const MentionLexicon& lex) {
    const auto* heads = lex.roles.value(folded[at]);
    if (!heads) return 0;
    for (const RoleHead& head : *heads)  // longest first
        if (at + head.words.size() <= folded.size() &&
            std::equal(head.words.begin(), head.words.end(), folded.begin() + static_cast<std::ptrdiff_t>(at)))
            return head.words.size();
    return 0;
}

void add_role(std::vector<std::string>& roles, std::string key) {
    if (!key.empty() && std::find(roles.begin(), roles.end(), key) == roles.end()) roles.push_back(std::move(key));
}

}  // namespace

std::string role_key(std::string_view role, const MentionLexicon& lex) {
    std::string key;
    bool opening = true;
    for (std::string_view word : split_words(role)) {
        std::string f = fold(word);
        // "l'armée" folds to one word: its elided article goes like a separate one.
        if (opening && f.size() > 2 && f[1] == '\'' && lex.determiners.value(f.substr(0, 2))) f.erase(0, 2);
        if (opening && lex.determiners.value(f)) continue;
        opening = false;
        if (!key.empty()) key += ' ';
        key += f;
    }
    return key;
}

std::string SpeakerName::full() const {
    std::string out;
    for (const std::string& w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

SpeakerName read_speaker_name(const Entity& entity, const MentionLexicon& mentions, const NameLexicon& names) {
    const std::vector<std::string_view> words = split_words(entity.name);
    std::vector<std::string> folded;
    folded.reserve(words.size());
    for (std::string_view w : words) folded.push_back(fold(w));
    // The proper name is the capitalized run that ends the name ("le ministre Arsène Kalousdian"),
    // particles allowed inside it ("Charles de Gaulle").
    std::size_t start = words.size();
    while (start > 0 && (capitalized(words[start - 1]) ||
                         (start > 1 && start < words.size() && mentions.name_particles.count(folded[start - 1]) &&
                          capitalized(words[start - 2]))))
        --start;
    // Titles written with a capital ("M.", "Premier ministre") are not the name.
    for (std::size_t n; start < words.size();) {
        if (mentions.honorifics.value(folded[start]) || mentions.determiners.value(folded[start])) ++start;
        else if ((n = role_head_length(folded, start, mentions)) > 0) start += n;
        else break;
    }
    SpeakerName out;
    for (std::size_t i = start; i < words.size(); ++i) {
        out.words.push_back(spelling_key(folded[i], names));
        if (!out.shown.empty()) out.shown += ' ';
        out.shown += words[i];
    }
    for (const std::string& role : entity.roles) add_role(out.roles, role_key(role, mentions));
    if (out.words.empty()) {
        add_role(out.roles, role_key(entity.name, mentions));
        // The article's own words say whether the role is someone the reader knows: "le ministre"
        // somewhere makes it so; only "un habitant" makes it someone.
        bool definite = false, indefinite = false;
        for (const std::string& alias : entity.aliases) {
            const std::string first = fold(alias.substr(0, alias.find(' ')));
            const Determiner* d = mentions.determiners.value(first.rfind("l'", 0) == 0 ? std::string("l'") : first);
            if (d) (d->definite ? definite : indefinite) = true;
        }
        out.indefinite = indefinite && !definite;
    }
    return out;
}

}  // namespace depeche
