// The table of time-expression cases in time_cases.tsv: each sentence is analyzed against its
// DCT, and the expression must be found with the expected value and clause tense.
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/layout.h"
#include "core/time/timexes.h"

#include "test_support.h"

#include <cctype>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using namespace depeche;

namespace {

// The publication date an analysis without a DCT reads from the text, and where from: "2021-03-12
// text", or "none ".
std::string read_dct(const std::string& text) {
    const Result r = analyze(text, Options{}, test::french());
    return r.analysis.dct.value_or("none") + " " + (r.analysis.dct ? to_string(r.analysis.dct_source) : "");
}

// Each time expression of `text` as "text=value", analyzed with that DCT.
std::vector<std::string> dated(const std::string& text, const char* dct) {
    std::vector<std::string> out;
    for (const Timex& t : analyze(text, Options{dct}, test::french()).analysis.timexes)
        out.push_back(t.text + "=" + t.value.value_or("null"));
    return out;
}

struct Case {
    int line = 0;
    std::string sentence, dct, tense, expression, value;
};

std::vector<Case> read_cases() {
    std::istringstream in(test::read_file(std::string(DEPECHE_TEST_CASES) + "/time_cases.tsv"));
    std::vector<Case> cases;
    std::string row;
    for (int line = 1; std::getline(in, row); ++line) {
        if (row.empty() || row[0] == '#') continue;
        std::vector<std::string> cells;
        std::size_t start = 0;
        for (std::size_t bar = row.find('|'); bar != std::string::npos; bar = row.find('|', start)) {
            cells.push_back(row.substr(start, bar - start));
            start = bar + 1;
        }
        cells.push_back(row.substr(start));
        REQUIRE_MESSAGE(cells.size() == 5, "time_cases.tsv line " << line);
        cases.push_back({line, cells[0], cells[1], cells[2], cells[3], cells[4]});
    }
    return cases;
}

struct Run {
    Analysis a;
    time::TimeLayer layer;
};

Run run(const std::string& text, const std::string& dct) {
    Run r;
    if (dct != "-") r.a.dct = dct;  // "-": an article that gives no DCT
    const Layout layout = read_layout(text, test::french().calendar);
    r.a.paragraphs = layout.paragraphs;
    const TextIndex index = index_text(text, r.a.paragraphs, test::french().tokenizer);
    r.layer = time::find_timexes(text, index, r.a, test::french());
    return r;
}

}  // namespace

TEST_CASE("time expressions: the case table") {
    const std::vector<Case> cases = read_cases();
    CHECK(cases.size() >= 250);
    std::size_t right = 0;
    for (const Case& c : cases) {
        CAPTURE(c.line);
        CAPTURE(c.sentence);
        const Run r = run(c.sentence, c.dct);
        if (c.expression == "-") {
            CHECK_MESSAGE(r.a.timexes.empty(), "found " << (r.a.timexes.empty() ? "" : r.a.timexes[0].text));
            right += r.a.timexes.empty();
            continue;
        }
        std::size_t at = r.a.timexes.size();
        for (std::size_t i = 0; i < r.a.timexes.size(); ++i)
            if (r.a.timexes[i].text == c.expression || (at == r.a.timexes.size() &&
                                                        r.a.timexes[i].text.find(c.expression) != std::string::npos))
                at = i;
        CHECK_MESSAGE(at < r.a.timexes.size(), "no timex \"" << c.expression << "\"");
        if (at == r.a.timexes.size()) continue;
        const Timex& t = r.a.timexes[at];
        CHECK(t.value.value_or("null") == c.value);
        CHECK(time::to_string(r.layer.notes[at].tense) == c.tense);
        right += t.value.value_or("null") == c.value && time::to_string(r.layer.notes[at].tense) == c.tense;
    }
    MESSAGE(right << " of " << cases.size() << " cases right");
}

TEST_CASE("a text's word buckets answer as the lexicon does, for its own tokens and for another text's") {
    const Resources& fr = test::french();
    const std::string own = "Hier, le 3 mars, puis la veille au soir et lundi prochain.";
    const std::string other = "Depuis mardi, il y a deux semaines, mi-octobre.";
    const TextIndex a = index_text(own, {{0, own.size()}}, fr.tokenizer);
    const TextIndex b = index_text(other, {{0, other.size()}}, fr.tokenizer);
    const time::WordBuckets buckets(fr.time, *a.words);
    std::size_t time_words = 0;
    for (const TextIndex* index : {&a, &b})
        for (const Token& t : index->tokens) {
            CHECK_MESSAGE(buckets.of(t) == fr.time.bucket(t), t.folded());
            time_words += buckets.of(t) != nullptr;
        }
    CHECK(time_words >= 8);  // hier, le, mars, la, veille, soir, lundi, prochain, depuis, mardi...
    CHECK(buckets.match(b.tokens, 0, b.tokens.size(), time::Cue::since) == 1);
}

TEST_CASE("the tense reader's per-word answers hold for the text they were made for, and for another text's tokens") {
    const Resources& fr = test::french();
    const auto tense_of = [&](const std::string& text, const std::string& timex, const TextIndex* words_of) {
        const TextIndex index = index_text(text, {{0, text.size()}}, fr.tokenizer);
        const time::TenseWords words(fr.time.tense, *(words_of ? words_of : &index)->words);
        std::size_t at = 0;
        while (at < index.tokens.size() && index.tokens[at].folded() != timex) ++at;
        REQUIRE(at < index.tokens.size());
        return time::tense_near(text, index.tokens, 0, index.tokens.size(), at, at + 1, fr.time.tense, words);
    };
    const std::string past = "Le ministre a signé lundi.";
    const std::string future = "Le ministre à Paris signera lundi.";
    CHECK(tense_of(past, "lundi", nullptr) == time::Tense::past);
    CHECK(tense_of(future, "lundi", nullptr) == time::Tense::future);
    const TextIndex other = index_text(past, {{0, past.size()}}, fr.tokenizer);
    CHECK(tense_of(future, "lundi", &other) == time::Tense::future);
    CHECK(tense_of("Le ministre a quitté Paris hier.", "hier", &other) == time::Tense::past);
}

TEST_CASE("the publication date is read from the text's opening, and said to be") {
    CHECK(read_dct("Lisbonne, 12 mars 2021 (AFP) - Le port a rouvert lundi.\n") == "2021-03-12 text");
    CHECK(read_dct("Publié le 14/07/2016 à 10h32\nLe défilé a eu lieu ce matin.\n") == "2016-07-14 text");
    CHECK(read_dct("02/05/2019 09:10 | Mis à jour le 03/05/2019 11:00\nLe maire a parlé.\n") == "2019-05-02 text");
    CHECK(read_dct("Mis à jour le 03/05/2019\nLe maire a parlé.\n") == "none ");
    // A label that gives the month only lends its year to a yearless dateline, never a day of its own.
    CHECK(read_dct(" date 2019-08 Tbilissi, 6 août, AGENCE\n\nLe ministre a parlé.\n") == "2019-08-06 text");
    CHECK(read_dct(" date 2019-08 Le ministre a parlé lundi.\n") == "none ");
    // In the sentence the label opens, a day of its month written with its weekday dates the text;
    // a later sentence's day is news.
    CHECK(read_dct(" date 2022-06 Le syndicat a appelé, le mercredi 1er juin, à la grève.\n") == "2022-06-01 text");
    CHECK(read_dct(" date 2024-03 La foule était dense lundi 11 mars 2024 devant la mairie.\n") == "2024-03-11 text");
    CHECK(read_dct(" date 2024-03 La foule était dense.\n\nLe maire parlera lundi 11 mars.\n") == "none ");
    CHECK(read_dct(" date 2024-03 Le syndicat a appelé, le mercredi 1er mai, à la grève.\n") == "none ");
    // "ce jeudi 24 août" in the opening: the year of the text's other dates, the one where the 24th is a Thursday.
    CHECK(read_dct("La ministre s'est rendue à l'usine ce jeudi 24 août. La grève dure depuis le 3 juillet 2023.\n") ==
          "2023-08-24 text");
    // Failing all of these, the text's first day written in full with its weekday, set off as its
    // clause's adverbial in the first lines, is the day of the news.
    CHECK(read_dct("Le ministre était l'invité de la matinale de Radio Sud, mardi 19 novembre 2024.\n") == "2024-11-19 text");
    CHECK(read_dct("Un titre\n\nJeudi 30 janvier 2025, la maire du village a reçu les familles.\n") == "2025-01-30 text");
    CHECK(read_dct("Les sinistrés se sont réunis le jeudi 5 décembre 2024 devant la mairie.\n") == "none ");
    CHECK(read_dct("samedi 7 mars 2026\n\nLe tribunal a repris l'audience ce mardi 9 novembre 2021 à Dakar.\n") ==
          "2021-11-09 text");
    CHECK(analyze("Le port a rouvert.\n", Options{"2020-01-01"}, test::french()).analysis.dct_source == DctSource::given);
}

TEST_CASE("the page's stamps, bylines and late publication lines date the text; the news inside it does not") {
    // A publication marker a few words into its line, in a date written with dashes.
    CHECK(read_dct("Accueil > Ecoles\n\nArticle mis en ligne le 07-03-2012 permalien\n\nLes parents ont manifesté.\n") ==
          "2012-03-07 text");
    // A date that opens its line is the page's stamp when a time of day or a byline follows it.
    CHECK(read_dct("SOCIETE\n\nUn titre\n\n11/06/2015 08:45 CEST | Actualisé 12/06/2015 09:00 CEST\nLe maire a parlé.\n") ==
          "2015-06-11 text");
    CHECK(read_dct("Un titre\n\n3 mars 2010, par Odile Ferrand\n\nLa ville a voté hier.\n") == "2010-03-03 text");
    CHECK(read_dct("jeudi 9 février 2017 par La Gazette du Nord\n\nLe procès a repris.\n") == "2017-02-09 text");
    CHECK(read_dct("[02/10/2016 17:20:05] Lyon (AFP) Les salariés ont bloqué l'usine mercredi.\n") == "2016-10-02 text");
    // The clock reading may be set off by a sign: the wires' pages print "date / time / age".
    CHECK(read_dct("June 3, 2021 / 4:12 PM / il y a un an\n\nDes orages sur Lyon\n\nLYON (Reuters) - La grêle est "
                   "tombée dimanche.\n") == "2021-06-03 text");
    CHECK(read_dct("Faits divers\n08/11/2022 - 19h05\nUn incendie a touché un entrepôt hier.\n") == "2022-11-08 text");
    // A score after a date is no clock reading: "2-1" is no time, nor a date that goes on as a sentence.
    CHECK(read_dct("Le derby\n\n3 mars 2019 - 2-1 pour Lyon\n\nLe club a gagné.\n") == "none ");
    // A day with its weekday alone on the first line, above the headline: taken for the title, it
    // is still the page's stamp. A title that is only a date remembers it.
    CHECK(read_dct("mardi 14 mars 2017\n\nLa digue cède près de Vernon\n\nLa digue a cédé mardi matin.\n") ==
          "2017-03-14 text");
    CHECK(read_dct("14 mars 2017\n\nCe jour-là, la digue a cédé près de Vernon.\n") == "none ");
    // A line that says it is the publication's beats a page header's printed day.
    CHECK(read_dct("16 mai 2024 | Bilan du festival\n\nÉcrit par Mireille Roux le 26 juillet 2023\n\nLe festival a "
                   "fermé ses portes.\n") == "2023-07-26 text");
    // A chronicle's entry opens its line too, but neither a time nor a byline follows its date.
    CHECK(read_dct("Les archives\n\nLundi 4 août 2008 : le ministre a annoncé un cessez-le-feu.\n") == "none ");
    // An initial's stop before a dateline's dash, an update later on the line.
    CHECK(read_dct("Un titre\n\nA.B. - 2 nov. 2017 à 06:00 | mis à jour le 5 nov. 2017\nLe conseil a voté.\n") ==
          "2017-11-02 text");
    // "Publié le" on a short line of its own, even under the text.
    CHECK(read_dct("Le conseil votera le 5 juin sur la fusion.\nLa fusion des communes est débattue depuis des mois et "
                   "divise les habitants de la vallée, qui en parlent à chaque marché.\n\nPublié le 21.03.2022\n") ==
          "2022-03-21 text");
    // A verb of publishing inside the news, a sentence that opens on a day: no dateline.
    CHECK(read_dct("L'ONG, dans un rapport publié mercredi 13 novembre 2019, accuse la police.\n") == "none ");
    CHECK(read_dct("Le ministère a publié le 3 mars 2020 un rapport sur les routes.\n") == "none ");
    CHECK(read_dct(" date 2020-05 publié le 12/05/2020 à 06:40\nLe conseil a voté.\n") == "2020-05-12 text");
    CHECK(read_dct("Le 9 juin 2024, les habitants voteront sur la fusion.\n") == "none ");
    CHECK(read_dct("À Paris, le 3 mars, les manifestants ont défilé. En 2019, ils étaient moins.\n") == "none ");
    // A date written in full where the text states it beats a yearless one whose year is a guess.
    CHECK(read_dct("Grève ce jeudi 14 octobre à Lille. Les soignants ont défilé ce jeudi 14 novembre 2019 dans toute la "
                   "France.\n") == "2019-11-14 text");
    // A date quoted from an English page, its day an ordinal.
    CHECK(read_dct("Actualités\n18th of March 2016\n\nLe maire a parlé dimanche.\n") == "2016-03-18 text");
    // A stamp that sets its year off with a comma.
    CHECK(read_dct("Publié le 2 octobre, 2023\n\nLa junte a répondu aux critiques.\n") == "2023-10-02 text");
    // A yearless byline under the text takes the year of the days the text dates, not that of a target.
    CHECK(read_dct("Le budget sera présenté le lundi 21 octobre. En 2025, le déficit atteindra 5 %. Il devra être "
                   "réduit d'ici 2029.\n\n"
                   "publié le 20 octobre à 17h18, Odile Ferrand\n") == "2024-10-20 text");
    // "ce mardi 22 octobre" deep in a long first paragraph (past its 600th byte), its year that of a
    // day written in full.
    const std::string long_opening =
        "Les éleveurs ont déjà manifesté. Ils estiment n'avoir reçu aucune réponse du gouvernement depuis leur "
        "première action devant la préfecture. Leurs revendications portent sur les prix, les normes, les accords "
        "commerciaux et les revenus, qui baissent depuis des années dans toutes les filières de la région, selon "
        "leur syndicat. Ils dénoncent aussi la lenteur des aides promises après la sécheresse et les inondations, "
        "et le poids des contrôles qui se multiplient dans les exploitations. Les responsables départementaux ont "
        "prévenu qu'ils ne lâcheraient rien tant que le ministre ne les aurait pas reçus. Ils se mobilisent donc à "
        "nouveau, ce mardi 22 octobre, devant les préfectures. L'appel national datait du 22 octobre 2019.\n";
    REQUIRE(long_opening.find("ce mardi") > 600);
    CHECK(read_dct(long_opening) == "2019-10-22 text");
    // A year the text writes alone may be history: it dates no stamp ("en ce samedi 19 septembre" with
    // only "1958", the year a hall was built).
    CHECK(read_dct("La maire a inauguré en ce samedi 19 septembre la salle des fêtes, construite en 1958.\n") ==
          "none ");
}

TEST_CASE("without a DCT, a yearless date takes the year the text gives it") {
    auto value_of = [](const std::string& text, const std::string& expression) -> std::string {
        const Result r = analyze(text, {}, test::french());
        for (const Timex& t : r.analysis.timexes)
            if (t.text == expression) return t.value.value_or("null");
        return "missing";
    };
    // The last date written with its year: the narrative's.
    const std::string story = "La charte fut signée le 12 mai 1994 à Genève. Le 20 mai, les combats cessèrent. "
                              "En septembre, les réfugiés rentrèrent.";
    CHECK(value_of(story, "Le 20 mai") == "1994-05-20");
    CHECK(value_of(story, "septembre") == "1994-09");
    // A "date 2021-05" label gives the year, read with the clause's tense, but no day.
    const std::string labelled = "date 2021-05 Le musée rouvrira le 19 mai. Il avait fermé en novembre. Hier, il a plu.";
    CHECK(value_of(labelled, "le 19 mai") == "2021-05-19");
    CHECK(value_of(labelled, "novembre") == "2020-11");
    CHECK(value_of(labelled, "Hier") == "null");
    // No year anywhere: still unresolved.
    CHECK(value_of("Le 20 mai, les combats cessèrent.", "Le 20 mai") == "null");
    // A day written with its weekday agrees with one year the text writes ("en 2024"): the text's
    // other yearless dates take it, those before it too.
    const std::string weekday = "Le festival s'ouvrira en avril. La mairie a présenté, le mardi 5 mars, son "
                                "programme. « En 2024, la ville fêtera ses artistes », a dit le maire. Le "
                                "concert aura lieu le 8 juin.";
    CHECK(value_of(weekday, "avril") == "2024-04");
    CHECK(value_of(weekday, "le 8 juin") == "2024-06-08");
    // A chronicle's month heads it, outside any sentence; its days follow one another.
    const std::string chronicle = "3-28 avril 1992\nLa guerre s'étend\nLe 3, les combats reprennent au nord. Le 8, "
                                  "une trêve est signée.\nLe 28, elle est rompue.\n";
    CHECK(value_of(chronicle, "Le 3") == "1992-04-03");
    CHECK(value_of(chronicle, "Le 28") == "1992-04-28");
}

TEST_CASE("the start, middle and end of a year carry a TIMEX3 mod, and the word that says so") {
    const std::string text = "Le viaduc sera livré fin 2027. Les fouilles ont débuté début 2024. "
                             "Les prix ont flambé mi-2022. En 2021, la ville avait voté le projet.";
    const Result r = analyze(text, {.dct = "2025-03-13"}, test::french());
    std::vector<std::tuple<std::string, std::string, std::string>> got;
    for (const Timex& t : r.analysis.timexes) got.emplace_back(t.text, t.value.value_or("null"), t.mod);
    const std::vector<std::tuple<std::string, std::string, std::string>> expected = {
        {"fin 2027", "2027", "END"}, {"début 2024", "2024", "START"}, {"mi-2022", "2022", "MID"}, {"2021", "2021", ""}};
    CHECK(got == expected);
}

TEST_CASE("the start, middle and end of a month carry a TIMEX3 mod") {
    const std::string text = "Début mars, la digue a cédé. À la mi-avril, les eaux ont baissé. "
                             "Fin mai, les sinistrés sont rentrés. En juin, tout était sec.";
    const Result r = analyze(text, {.dct = "2024-07-01"}, test::french());
    std::vector<std::pair<std::string, std::string>> got;
    for (const Timex& t : r.analysis.timexes) got.emplace_back(t.value.value_or("null"), t.mod);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"2024-03", "START"}, {"2024-04", "MID"}, {"2024-05", "END"}, {"2024-06", ""}};
    CHECK(got == expected);
    CHECK(to_json(r.analysis).dump().find("\"mod\":\"MID\"") != std::string::npos);
}

TEST_CASE("a rough count carries the TIMEX3 mod APPROX; a bound one does not") {
    const std::string text = "Il y a environ six semaines, le pont a cédé. La digue tient depuis près de dix ans. "
                             "Les secours ont mis une dizaine de minutes. Il y a à peine deux ans, tout allait bien.";
    const Result r = analyze(text, {.dct = "2024-05-15"}, test::french());
    std::vector<std::tuple<std::string, std::string, std::string>> got;
    for (const Timex& t : r.analysis.timexes) got.emplace_back(t.text, t.value.value_or("null"), t.mod);
    const std::vector<std::tuple<std::string, std::string, std::string>> expected = {
        {"Il y a environ six semaines", "2024-W14", "APPROX"},
        {"depuis près de dix ans", "P10Y", "APPROX"},
        {"une dizaine de minutes", "PT10M", "APPROX"},
        {"Il y a à peine deux ans", "2022", ""}};
    CHECK(got == expected);
}

// Found by the fuzzer: a day followed by a number too large for a month ("du premier 2023") was
// read on with that number as its month, past the end of the month table.
TEST_CASE("a number after a day that is too large for a month is no month") {
    for (const char* text : {"Le rapport du premier  2023 est sorti.", "Le bilan du 12 2023 a changé.", "Au 3 45 rue Haute."}) {
        CAPTURE(text);
        const Result r = analyze(text, Options{"2024-03-01"}, test::french());
        REQUIRE(r.ok());
        for (const Timex& t : r.analysis.timexes) {
            CHECK(t.text.find("premier") == std::string::npos);
            if (t.value && t.value->size() >= 7 && (*t.value)[4] == '-' && std::isdigit(static_cast<unsigned char>((*t.value)[5])))
                CHECK(std::stoi(t.value->substr(5, 2)) <= 12);
        }
    }
}

TEST_CASE("a holiday of a fixed day is dated as that day; next to a name in capitals it is part of the name") {
    auto values = [](const std::string& text) { return dated(text, "2023-12-20"); };
    CHECK(values("Il n'y aura pas de grève à Noël.") == std::vector<std::string>{"Noël=2023-12-25"});
    CHECK(values("Le Père Noël est arrivé en traîneau.").empty());
    CHECK(values("Noël Vautrin a quitté la mairie.").empty());
    CHECK(values("Le maire a félicité M. Toussaint pour son élection.").empty());
    CHECK(values("La Saint-Sylvestre sera fêtée sur la place.") == std::vector<std::string>{"Saint-Sylvestre=2023-12-31"});
}

TEST_CASE("years one has are an age; years one is sentenced to, or a lease described, last") {
    auto texts = [](const std::string& text) {
        std::vector<std::string> out;
        for (const Timex& t : analyze(text, Options{"2023-09-25"}, test::french()).analysis.timexes) out.push_back(t.text);
        return out;
    };
    CHECK(texts("Noé a 9 ans. Il a été condamné à 12 ans de réclusion.") == std::vector<std::string>{"12 ans"});
    CHECK(texts("Le local, un bail de 9 ans, expire. Inès, une cuisinière de 41 ans, le reprend.") ==
          std::vector<std::string>{"de 9 ans"});
}

TEST_CASE("the edge of 'the month' or 'the year' is that of the month or year its sentence named before") {
    auto values = [](const std::string& text) { return dated(text, "2023-02-05"); };
    CHECK(values("En novembre 2022, les urgences étaient closes la nuit depuis le début du mois.") ==
          std::vector<std::string>{"novembre 2022=2022-11", "depuis le début du mois=2022-11"});
    CHECK(values("En 2019, la ligne a fermé à la fin de l'année.") ==
          std::vector<std::string>{"2019=2019", "la fin de l'année=2019"});
    // With nothing named before it in the sentence, the month is the DCT's.
    CHECK(values("Les urgences sont closes depuis le début du mois.") ==
          std::vector<std::string>{"depuis le début du mois=2023-02"});
}

TEST_CASE("a day a witness names inside a quotation is not the day the narrative is at") {
    // Thursday 28 September 2023: the witness's "hier" is Wednesday, the narrative stays on Tuesday.
    CHECK(dated("Mardi, la digue a cédé. « Nous avons dû évacuer ma grand-mère hier », raconte Lucie Fabre, "
                "une voisine. En début de soirée, l'eau a reflué.",
                "2023-09-28") ==
          std::vector<std::string>{"Mardi=2023-09-26", "hier=2023-09-27", "En début de soirée=2023-09-26TEV"});
}

TEST_CASE("a dispatch's date set off by a dash, a stamp with its update, an agency's place, date and hour date the text") {
    CHECK(read_dct("12 mars 2022 - La fanfare de Vireux a fêté hier ses cent ans.\n") == "2022-03-12 text");
    CHECK(read_dct("Vie locale\n\nLe 3 juin 2024 — Modifié à 9 h 12 min le 3 juin 2024\nPar Léa Morin\n\n"
                   "Le marché reprend samedi.\n") == "2024-06-03 text");
    CHECK(read_dct("NAMUR 05/02/2021 10:12 (BELGA)\nLe conseil provincial a voté lundi le budget.\n") == "2021-02-05 text");
    // A chronology's day and its event, or a range of years, open no dispatch.
    CHECK(read_dct("Les faits.\n\n2019 - 2020 : deux saisons sans public.\n") == "none ");
    CHECK(read_dct("En bref\n\n12 mars 2022 - 14 mars 2022 : trois jours de fête.\n") != "2022-03-12 text");
}
