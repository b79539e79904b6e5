#include "core/tokens.h"

#include "core/layout.h"
#include "core/lexicon_words.h"
#include "test_support.h"

#include <functional>
#include <vector>

using namespace depeche;

namespace {

struct Indexed {
    std::string text;
    TextIndex index;
    std::vector<std::string> words() const {
        std::vector<std::string> out;
        for (const Token& t : index.tokens) out.emplace_back(text.substr(t.span().start, t.span().size()));
        return out;
    }
    std::vector<std::string> sentences() const {
        std::vector<std::string> out;
        for (const Sentence& s : index.sentences) out.emplace_back(text.substr(s.span.start, s.span.size()));
        return out;
    }
};

Indexed index_of(std::string text) {
    Indexed i{std::move(text), {}};
    i.index = index_text(i.text, {{0, i.text.size()}}, test::french().tokenizer);
    return i;
}

}  // namespace

TEST_CASE("elisions split off, inner apostrophes and hyphens stay") {
    const auto i = index_of("L'Azerbaïdjan, qu'elle voit aujourd'hui, a-t-il dit à l’armée du Haut-Karabakh.");
    CHECK(i.words() == std::vector<std::string>{"L'", "Azerbaïdjan", ",", "qu'", "elle", "voit", "aujourd'hui", ",",
                                                "a-t-il", "dit", "à", "l’", "armée", "du", "Haut-Karabakh", "."});
    CHECK(i.index.tokens[0].kind == TokenKind::elision);
    CHECK(i.index.tokens[0].folded() == "l'");
    CHECK(i.index.tokens[11].folded() == "l'");
}

TEST_CASE("an opening quote or an accent typed for the apostrophe between letters elides and opens nothing") {
    // Before the fix "l‘armée" opened a quotation that never closed, and "l`agent" was one word.
    const auto i = index_of("Il a vu l‘armée, l`agent et d´autres. Il a dit ‘non’.");
    CHECK(i.words() == std::vector<std::string>{"Il", "a", "vu", "l‘", "armée", ",", "l`", "agent", "et", "d´", "autres",
                                                ".", "Il", "a", "dit", "‘", "non", "’", "."});
    for (const std::size_t k : {3, 6, 9}) {
        CHECK(i.index.tokens[k].kind == TokenKind::elision);
        CHECK(i.index.tokens[k].folded().back() == '\'');
    }
    CHECK(i.index.tokens[15].kind == TokenKind::quote_open);
}

TEST_CASE("a capital N elided onto a capitalized word begins a name; the negation still elides") {
    // Before the fix "N’Djamena" was the negation "n'" and a word "Djamena", and no place was found.
    const auto i = index_of("Le vol pour N’Djamena part. N'a-t-il pas vu N'Golo ? N'EST-CE PAS ?");
    CHECK(i.words() == std::vector<std::string>{"Le", "vol", "pour", "N’Djamena", "part", ".", "N'", "a-t-il", "pas",
                                                "vu", "N'Golo", "?", "N'", "EST-CE", "PAS", "?"});
}

bool capitalized(const Indexed& i, const std::string& word) {
    for (const Token& t : i.index.tokens)
        if (i.text.substr(t.span().start, t.span().size()) == word) return t.capitalized;
    FAIL("no token " << word);
    return false;
}

TEST_CASE("a name that opens on a lower-case particle counts as capitalized") {
    const Indexed i = index_of("Bachar el-Assad et Ahmed al-Charaa se sont vus, al-qaida non, ex-Premier non.");
    auto capitalized = [&](const std::string& word) { return ::capitalized(i, word); };
    CHECK(capitalized("el-Assad"));
    CHECK(capitalized("al-Charaa"));
    CHECK_FALSE(capitalized("al-qaida"));
    CHECK_FALSE(capitalized("ex-Premier"));
}

TEST_CASE("capitals of Central European names count: Latin Extended-A and the Romanian comma letters") {
    const Indexed i = index_of("Tomáš Žilka, Łucja Ścibor, Ivan Čech, Ștefan Țurcanu et İlkay ont vu Ľubica, pas žena ni łąka.");
    for (const char* name : {"Žilka", "Łucja", "Ścibor", "Čech", "Ștefan", "Țurcanu", "İlkay", "Ľubica"})
        CHECK_MESSAGE(capitalized(i, name), name);
    CHECK_FALSE(capitalized(i, "žena"));
    CHECK_FALSE(capitalized(i, "łąka"));
}

TEST_CASE("a site's name keeps its stop and ends no sentence") {
    const auto i = index_of("Selon ACTUALITE.CD et Franceinfo.fr, le calme est revenu. Il est rentré au village.Ma mère dormait.");
    CHECK(i.sentences() == std::vector<std::string>{"Selon ACTUALITE.CD et Franceinfo.fr, le calme est revenu.",
                                                    "Il est rentré au village.", "Ma mère dormait."});
    CHECK(i.words()[1] == "ACTUALITE.CD");
}

TEST_CASE("titles and initials keep their full stop and do not end the sentence") {
    const auto i = index_of("M. Peskov et Mme Durand ont vu J. Biden. Le Dr Martin aussi, etc. Puis la fin.");
    CHECK(i.index.tokens[0].kind == TokenKind::abbreviation);
    CHECK(i.words()[0] == "M.");
    CHECK(i.sentences() == std::vector<std::string>{"M. Peskov et Mme Durand ont vu J. Biden.",
                                                    "Le Dr Martin aussi, etc. Puis la fin."});
}

TEST_CASE("numbers, dates and ordinals are one token") {
    const auto i = index_of("Le 1er mars, le 13/09/2023, 3,5 % et 44 jours en 1991.");
    const auto w = i.words();
    CHECK(w[1] == "1er");
    CHECK(w[5] == "13/09/2023");
    CHECK(w[7] == "3,5");
    CHECK(w[10] == "44");
    CHECK(w[13] == "1991");
    CHECK(i.index.tokens[1].kind == TokenKind::number);
}

TEST_CASE("a quotation of several sentences stays in one sentence") {
    const auto i = index_of("\"Personne ne peut. Nous n'accepterons jamais\", a-t-il averti. Ensuite il est parti.");
    CHECK(i.sentences() == std::vector<std::string>{"\"Personne ne peut. Nous n'accepterons jamais\", a-t-il averti.",
                                                    "Ensuite il est parti."});
    CHECK(i.index.tokens[0].kind == TokenKind::quote_open);
}

TEST_CASE("guillemets open and close, and a sentence may end on the closing mark") {
    const auto i = index_of("Il a dit : « C'est fini. » Puis il est parti.");
    CHECK(i.sentences() == std::vector<std::string>{"Il a dit : « C'est fini. »", "Puis il est parti."});
    std::size_t opens = 0, closes = 0;
    for (const Token& t : i.index.tokens) {
        opens += t.kind == TokenKind::quote_open;
        closes += t.kind == TokenKind::quote_close;
    }
    CHECK(opens == 1);
    CHECK(closes == 1);
}

TEST_CASE("straight quotes are told apart by their neighbours") {
    const auto i = index_of("des \"attaques\" et \"insuffisantes\".");
    CHECK(i.index.tokens[1].kind == TokenKind::quote_open);
    CHECK(i.index.tokens[3].kind == TokenKind::quote_close);
    CHECK(i.index.tokens[5].kind == TokenKind::quote_open);
    CHECK(i.index.tokens[7].kind == TokenKind::quote_close);
}

TEST_CASE("sentences never cross paragraphs, even with an unbalanced quote") {
    const std::string text = "« Une citation jamais fermée. Encore.\nUn autre paragraphe. Et une phrase.";
    const Layout l = read_layout(text, test::french().calendar);
    const TextIndex index = index_text(text, l.paragraphs, test::french().tokenizer);
    REQUIRE(index.sentences.size() == 3);
    CHECK(index.sentences[0].paragraph == 0);
    CHECK(index.sentences[1].paragraph == 1);
    CHECK(index.sentences[2].paragraph == 1);
}

TEST_CASE("the launch article splits into its sentences") {
    const std::string text = test::launch_article();
    const Layout l = read_layout(text, test::french().calendar);
    const TextIndex index = index_text(text, l.paragraphs, test::french().tokenizer);
    // 22 paragraphs; the last one holds two sentences.
    REQUIRE(index.sentences.size() == 23);
    CHECK(test::slice(text, index.sentences[22].span).starts_with("La guerre"));
}

TEST_CASE("a paragraph put before an index reads as index_text would read it, sharing its words") {
    const std::string text =
        "Le ministre promet des réformes\n\nPremier paragraphe. « Une phrase ; deux. » Fin.\nDernier mot";
    const Layout l = read_layout(text, test::french().calendar);
    REQUIRE(l.title);
    std::vector<Span> all{*l.title};
    all.insert(all.end(), l.paragraphs.begin(), l.paragraphs.end());
    const TextIndex body = index_text(text, l.paragraphs, test::french().tokenizer);
    const TextIndex whole = index_text(text, all, test::french().tokenizer);
    const TextIndex joined = index_with_paragraph_before(text, body, *l.title, test::french().tokenizer);
    REQUIRE(joined.tokens.size() == whole.tokens.size());
    for (std::size_t t = 0; t < whole.tokens.size(); ++t) {
        CHECK(joined.tokens[t].span() == whole.tokens[t].span());
        CHECK(joined.tokens[t].kind == whole.tokens[t].kind);
        CHECK(joined.tokens[t].folded() == whole.tokens[t].folded());
    }
    REQUIRE(joined.sentences.size() == whole.sentences.size());
    for (std::size_t s = 0; s < whole.sentences.size(); ++s) {
        CHECK(joined.sentences[s].span == whole.sentences[s].span);
        CHECK(joined.sentences[s].first_token == whole.sentences[s].first_token);
        CHECK(joined.sentences[s].end_token == whole.sentences[s].end_token);
        CHECK(joined.sentences[s].paragraph == whole.sentences[s].paragraph);
    }
    // The title's words join the body's vocabulary: a per-word answer covers both indexes.
    CHECK(joined.words == body.words);
    CHECK(joined.tokens[1].word == &*body.words->find("ministre"));
}

TEST_CASE("a run of letters longer than any word is cut into bounded tokens that tile it") {
    const std::string text = "Avant " + std::string(3 * kMaxTokenBytes + 7, 'e') + "é fin.";
    const auto i = index_of(text);
    REQUIRE(i.index.tokens.size() == 7);  // Avant, four pieces of the run, fin, .
    std::size_t covered = i.index.tokens[1].span().start;
    for (std::size_t t = 1; t <= 4; ++t) {
        const Span s = i.index.tokens[t].span();
        CHECK(s.start == covered);
        CHECK(s.size() <= kMaxTokenBytes);
        CHECK(i.index.tokens[t].kind == TokenKind::word);
        covered = s.end;
    }
    CHECK(covered == text.find(" fin"));
    CHECK(i.index.tokens[4].folded().ends_with("eee"));  // the accent folded, the cut on a letter boundary
}

TEST_CASE("tokens of the same word share one folded string") {
    const auto i = index_of("Moscou, MOSCOU et moscou.");
    CHECK(i.index.tokens[0].word == i.index.tokens[2].word);
    CHECK(i.index.tokens[2].word == i.index.tokens[4].word);
    CHECK(i.index.tokens[0].capitalized);
    CHECK_FALSE(i.index.tokens[4].capitalized);
    // The shared word carries the hash every lexicon lookup would compute.
    CHECK(i.index.tokens[0].folded() == "moscou");
    CHECK(i.index.tokens[0].key().hash == WordHash{}("moscou"));
    CHECK(i.index.tokens[1].key().hash == WordHash{}(","));
    CHECK(Token{}.key().hash == WordHash{}(""));
}

TEST_CASE("a word of letters and inner hyphens is the one token the tokenizer makes of it, in every lexicon") {
    // The lexicons read such words without the tokenizer (is_plain_word): every string of their
    // files must give the words the tokenizer gives.
    const TokenizerLexicon& lexicon = test::french().tokenizer;
    std::size_t plain = 0;
    const std::function<void(const nlohmann::json&)> check = [&](const nlohmann::json& value) {
        if (value.is_structured()) {
            for (const nlohmann::json& item : value) check(item);
            return;
        }
        if (!value.is_string()) return;
        const std::string text = value.get<std::string>();
        const TextIndex index = index_text(text, {{0, text.size()}}, lexicon);
        std::vector<std::string> tokenized;
        for (const Token& t : index.tokens) tokenized.push_back(t.folded());
        if (phrase_words(text, lexicon) != tokenized) FAIL_CHECK(text);
        plain += is_plain_word(text) ? 1 : 0;
    };
    for (const char* file : {"cues.json", "titles.json", "mentions.json", "time.json", "names.json"})
        check(nlohmann::json::parse(test::read_file(std::string(DEPECHE_TEST_ASSETS) + "/lang/fr/" + file)));
    CHECK(plain > 3000);
    CHECK(is_plain_word("déclara-t-elle"));
    CHECK_FALSE(is_plain_word("c'est-à-dire"));
    CHECK_FALSE(is_plain_word("-t-il"));
    CHECK_FALSE(is_plain_word("Pays-"));
}
