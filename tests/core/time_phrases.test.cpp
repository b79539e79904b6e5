// Time phrases as a reader types them or as they stand in a sentence, after the families the
// stand-alone phrase set (tests/time/standalone_phrases.tsv) showed missing; each case here is the
// project's own.
#include "test_support.h"

#include <string>
#include <tuple>
#include <vector>

using namespace depeche;

namespace {

using Got = std::vector<std::tuple<std::string, std::string, std::string>>;

Got timexes_of(const std::string& text, const char* dct) {
    const Result r = analyze(text, {.dct = dct}, test::french());
    REQUIRE(r.ok());
    Got got;
    for (const Timex& t : r.analysis.timexes) got.emplace_back(t.text, t.value.value_or("null"), t.mod);
    return got;
}

}  // namespace

TEST_CASE("a time of day said roughly carries the mod APPROX, with or without its day") {
    CHECK(timexes_of("Les pompiers sont arrivés vers 7 heures. Le feu a repris samedi vers 23h.", "2022-03-14") ==
          Got{{"7 heures", "2022-03-14T07:00", "APPROX"}, {"samedi vers 23h", "2022-03-12T23:00", "APPROX"}});
    // A rough bound of more words, or a comma, sets the time apart from its day, as the press's
    // readers mark them: two expressions, the time still on that day.
    CHECK(timexes_of("Le feu a repris samedi aux alentours de 23h. La séance est avancée au lundi 21 mars, à 19 h 30.",
                     "2022-03-14") == Got{{"samedi", "2022-03-12", ""},
                                          {"23h", "2022-03-12T23:00", "APPROX"},
                                          {"au lundi 21 mars", "2022-03-21", ""},
                                          {"19 h 30", "2022-03-21T19:30", ""}});
    // "à" says the hour exactly.
    CHECK(timexes_of("Le train est parti à 7 heures.", "2022-03-14") == Got{{"7 heures", "2022-03-14T07:00", ""}});
}

TEST_CASE("a half or a quarter after the hour counts its minutes") {
    CHECK(timexes_of("Le conseil se réunit à midi et demi. La séance a été levée à 18 heures et quart.", "2021-06-02") ==
          Got{{"midi et demi", "2021-06-02T12:30", ""}, {"18 heures et quart", "2021-06-02T18:15", ""}});
    // A length of one hour and a half stays a length.
    CHECK(timexes_of("Le débat a duré une heure et demie.", "2021-06-02") == Got{{"une heure et demie", "PT1H30M", ""}});
}

TEST_CASE("an hour in words after 'jusqu'à' or 'dès' is a time of day, and hours before 'de' a distance") {
    CHECK(timexes_of("Jusqu'à dix heures, les élèves étaient en classe.", "2021-06-02") ==
          Got{{"dix heures", "2021-06-02T10:00", ""}});
    CHECK(timexes_of("Dès huit heures, la file s'allongeait.", "2021-06-02") ==
          Got{{"Dès huit heures", "2021-06-02T08:00", ""}});
    // Hours before "de" and what they part from tell how far, written in digits or in words.
    CHECK(timexes_of("L'équipe paraissait sereine à 24 heures du coup d'envoi.", "2021-06-02") ==
          Got{{"24 heures", "PT24H", ""}});
    CHECK(timexes_of("Le village est à deux heures de route.", "2021-06-02") ==
          Got{{"deux heures", "PT2H", ""}});
    // The ends of a span may be lengths, and a part of the day keeps a time of day.
    CHECK(timexes_of("Des retards entre trente minutes et une heure étaient signalés.", "2021-06-02") ==
          Got{{"trente minutes", "PT30M", ""}, {"une heure", "PT1H", ""}});
    CHECK(timexes_of("Le train part à 10 heures du matin.", "2021-06-02") ==
          Got{{"10 heures du matin", "2021-06-02T10:00", ""}});
}

TEST_CASE("a month and a half is counted in weeks, a week and a half in days") {
    CHECK(timexes_of("Les travaux ont duré un mois et demi.", "2021-06-02") ==
          Got{{"un mois et demi", "P6W", ""}});
    CHECK(timexes_of("Il a attendu trois mois et demi, puis une semaine et demie.", "2021-06-02") ==
          Got{{"trois mois et demi", "P14W", ""}, {"une semaine et demie", "P10D", ""}});
}

TEST_CASE("the start or end of a part of the day is its TIMEX3 mod") {
    CHECK(timexes_of("Les manifestants se sont dispersés en fin d'après-midi, puis sont revenus jeudi en début de soirée.",
                     "2024-01-19") == Got{{"en fin d'après-midi", "2024-01-19TAF", "END"},
                                          {"jeudi en début de soirée", "2024-01-18TEV", "START"}});
    CHECK(timexes_of("Le cortège s'est formé dans l'après-midi.", "2024-01-19") ==
          Got{{"dans l'après-midi", "2024-01-19TAF", ""}});
}

TEST_CASE("a present reference alone on its line heads a list, unless it is all the text") {
    CHECK(timexes_of("En ce moment\n\nLe festival ouvre ses portes au public.", "2024-06-07").empty());
    CHECK(timexes_of("En ce moment", "2024-06-07") == Got{{"En ce moment", "PRESENT_REF", ""}});
}

TEST_CASE("a weekday in the plural is every such day, unless days of the month follow it") {
    CHECK(timexes_of("Le conseil siège les mardis à 14h.", "2023-06-07") ==
          Got{{"les mardis à 14h", "XXXX-WXX-2T14:00", ""}});
    // Before the last fix "les mardis" of two dated Tuesdays was read as every Tuesday.
    CHECK(timexes_of("Relâche les mardis 16 et 23 juillet.", "2019-07-10") == Got{{"23 juillet", "2019-07-23", ""}});
}

TEST_CASE("a date between the bars of a page's header is its publication date") {
    // Before the fix a header "Title | date | Article" gave the text no date.
    const Resources& r = test::french();
    const std::string text = "Conseil municipal : l'horaire fait débat | 7 juin 2023 | Article\n"
                             "La séance de mardi a été houleuse.";
    const Result result = analyze(text, Options{}, r);
    REQUIRE(result.ok());
    CHECK(result.analysis.dct == std::optional<std::string>("2023-06-07"));
}

TEST_CASE("a full date written right after 'hier' in the opening dates the article the day after") {
    // Before the fix the text had no date: "hier, 3 mai 2019" named the day before it.
    const std::string text = "Le préfet s'est rendu hier, 3 mai 2019, à la mairie. Il reviendra demain.";
    const Result result = analyze(text, Options{}, test::french());
    REQUIRE(result.ok());
    CHECK(result.analysis.dct == std::optional<std::string>("2019-05-04"));
    // A date that only follows the word later in the sentence says nothing of the article's.
    const Result later = analyze("Le préfet est venu hier, et le 3 mai 2019 il avait signé.", Options{}, test::french());
    REQUIRE(later.ok());
    CHECK(later.analysis.dct != std::optional<std::string>("2019-05-04"));
}

TEST_CASE("a pasted page's menu lines do not push its date line out of the opening") {
    // Before the fix the menu's four short lines made the date line the sixth paragraph, past the
    // three a byline may be in.
    const std::string text = "Accueil\nRechercher\nNous joindre\nPublicité\n\n"
                             "Les infirmières appelées en renfort dans les urgences de la région\n\n"
                             "1 décembre 2022\n\n"
                             "La situation reste tendue dans les hôpitaux, a déclaré mercredi le ministre.";
    const Result result = analyze(text, Options{}, test::french());
    REQUIRE(result.ok());
    CHECK(result.analysis.dct == std::optional<std::string>("2022-12-01"));
    CHECK(result.analysis.dct_source == DctSource::text);
    // Long paragraphs before it still do: a date further down is what the article tells of.
    const Result down = analyze("La séance a été longue et houleuse, et les élus ont voté tard dans la soirée.\n\n"
                                "Les débats ont porté sur le budget de la ville pour l'année qui vient.\n\n"
                                "Le maire a répondu aux questions de l'opposition pendant deux heures.\n\n"
                                "1 décembre 2022\n\nLa suite au prochain conseil.",
                                Options{}, test::french());
    REQUIRE(down.ok());
    CHECK(down.analysis.dct != std::optional<std::string>("2022-12-01"));
}

TEST_CASE("a byline of a name, a date and the hour the page was stamped dates the text") {
    // Before the fix the comma before the hour was read as a sentence going on after the date.
    const std::string text = "Alerte sur les élections\nLa présidente a de nouveau mis en garde contre une ingérence.\n"
                             "Marie Roux, 23.09.2025, 12:10\nDans un message publié lundi, elle a parlé de risques.";
    const Result result = analyze(text, Options{}, test::french());
    REQUIRE(result.ok());
    CHECK(result.analysis.dct == std::optional<std::string>("2025-09-23"));
    // A count after the comma goes on as a sentence: "le 3 mars 2020, 300 manifestants".
    const Result news = analyze("À Paris, le 3 mars 2020, 300 manifestants ont défilé.", Options{}, test::french());
    REQUIRE(news.ok());
    CHECK_FALSE(news.analysis.dct);
}
