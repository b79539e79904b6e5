#include "core/analysis_json.h"
#include "core/dossier/dossier_json.h"

#include "dossier_support.h"

#include <sstream>

using namespace depeche;

namespace {

const char* kLibrary = R"(LA MÉDIATHÈQUE DE VOIRON FERME POUR TRAVAUX

En mars, la médiathèque de Voiron a fermé ses portes pour des travaux de toiture.

Le 12 mars, le conseil municipal a voté un budget de deux millions d'euros pour le chantier.
)";

// No date in the text and none given: its "mardi" cannot be resolved.
const char* kUndated = "Mardi, le conseil de Voiron a voté le budget de la piscine.\n";

std::vector<std::string> values(const Dossier& d) {
    std::vector<std::string> out;
    for (const DossierEvent& e : d.events) out.push_back(e.value.value_or("null"));
    return out;
}

std::string json_of(const Dossier& d) {
    std::ostringstream out;
    write_json(out, d, false);
    return out.str();
}

}  // namespace

TEST_CASE("an event two articles report is one event with two sources") {
    const Dossier d = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                     test::input("critiques", test::kBridgeCriticized, "2024-03-14")},
                                    test::french());
    REQUIRE(d.articles.size() == 2);
    const auto it = std::find_if(d.events.begin(), d.events.end(), [](const DossierEvent& e) { return e.value == "2024-03-12"; });
    REQUIRE(it != d.events.end());
    REQUIRE(it->sources.size() == 2);
    CHECK(it->sources[0].article == "a1");
    CHECK(it->sources[1].article == "a2");
    REQUIRE(it->place);
    const auto grenoble = std::find_if(d.places.begin(), d.places.end(), [&](const DossierPlace& p) { return p.id == *it->place; });
    REQUIRE(grenoble != d.places.end());
    CHECK(grenoble->canonical == "Grenoble");
    CHECK(grenoble->articles == std::vector<std::string>{"a1", "a2"});
    CHECK(std::find(grenoble->events.begin(), grenoble->events.end(), it->id) != grenoble->events.end());
    // One Grenoble for both articles.
    CHECK(std::count_if(d.places.begin(), d.places.end(), [](const DossierPlace& p) { return p.canonical == "Grenoble"; }) == 1);
}

TEST_CASE("events of different days are not merged") {
    const Dossier d = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                     test::input("critiques", test::kBridgeCriticized, "2024-03-21")},
                                    test::french());
    for (const DossierEvent& e : d.events) CHECK(e.sources.size() == 1);
    const std::vector<std::string> got = values(d);
    CHECK(std::count(got.begin(), got.end(), "2024-03-12") == 1);
    CHECK(std::count(got.begin(), got.end(), "2024-03-19") == 1);
}

TEST_CASE("two articles about the same places dating something to the same day tell one event, unless they place it apart") {
    const char* vote = "LE BUDGET DE VOIRON ADOPTÉ\n\nLe conseil municipal de Voiron a adopté lundi le budget de l'année.\n";
    const char* recall = "LES ÉLUS EN DÉSACCORD\n\nDepuis lundi, l'opposition de Voiron dénonce un budget sans ambition.\n";
    const char* elsewhere = "GRÈVE À LYON\n\nLes conducteurs de bus de Lyon ont cessé le travail lundi.\n";
    const char* unrelated = "LA FOIRE AUX LIVRES\n\nLa foire aux livres a ouvert lundi.\n";
    const Dossier d = build_dossier({test::input("vote", vote, "2024-03-13"), test::input("rappel", recall, "2024-03-14"),
                                     test::input("lyon", elsewhere, "2024-03-12"), test::input("foire", unrelated, "2024-03-12")},
                                    test::french());
    REQUIRE(d.articles.size() == 4);
    std::vector<const DossierEvent*> monday;
    for (const DossierEvent& e : d.events)
        if (e.value == "2024-03-11") monday.push_back(&e);
    REQUIRE(monday.size() == 3);
    // The unplaced "depuis lundi" of an article on Voiron joins Voiron's vote; Lyon's strike on
    // the same day, and an unplaced fair in an article that names no place, stay apart.
    CHECK(monday[0]->sources.size() == 2);
    CHECK(monday[1]->sources.size() == 1);
    CHECK(monday[1]->sources[0].article == "a3");
    CHECK(monday[2]->sources.size() == 1);
    CHECK(monday[2]->sources[0].article == "a4");
}

TEST_CASE("the dossier's chronology: in time, a day before its month, unresolved last in input order") {
    const Dossier d = build_dossier({test::input("sans date", kUndated), test::input("médiathèque", kLibrary, "2024-04-02"),
                                     test::input("chantier", test::kBridgeOpened, "2024-03-13")},
                                    test::french());
    REQUIRE(d.articles.size() == 3);
    const std::vector<std::string> got = values(d);
    const std::vector<std::string> expected = {"2024-03-12", "2024-03-12", "2024-03", "2024-WI", "null"};
    CHECK(got == expected);
    // The two 12 March events (a vote in Voiron, a bridge in Grenoble) stay apart, in input order.
    REQUIRE(d.events.size() == 5);
    CHECK(d.events[0].sources.front().article == "a2");
    CHECK(d.events[1].sources.front().article == "a3");
    CHECK(d.events.back().sources.front().article == "a1");
    for (std::size_t i = 0; i < d.events.size(); ++i) CHECK(d.events[i].id == "ev" + std::to_string(i + 1));
}

TEST_CASE("ids are stable for the same input in the same order") {
    const auto make = [] {
        return build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                              test::input("critiques", test::kBridgeCriticized, "2024-03-14"),
                              test::input("bilan", test::kBridgeByRole, "2024-10-03")},
                             test::french());
    };
    const Dossier first = make(), second = make();
    CHECK(json_of(first) == json_of(second));
    REQUIRE(first.speakers.size() >= 2);
    CHECK(first.speakers[0].id == "s1");
    CHECK(first.places[0].id == "p1");
    CHECK(first.events[0].id == "ev1");
}

TEST_CASE("the dossier's JSON keeps each article's analysis as analysis_json writes it") {
    const Dossier d = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                     test::input("vide", "  \n")},
                                    test::french());
    const auto doc = nlohmann::ordered_json::parse(json_of(d));
    CHECK(doc["schema"] == "depeche/dossier@1");
    REQUIRE(doc["articles"].size() == 1);
    const auto& article = doc["articles"][0];
    CHECK(article["id"] == "a1");
    CHECK(article["name"] == "chantier");
    CHECK(article["title"] == "LE CHANTIER DU PONT DES VERNES EST OUVERT");
    CHECK(article["dct"] == "2024-03-13");
    CHECK(article["dct_source"] == "given");
    CHECK(article["analysis"] == nlohmann::ordered_json::parse(dump(d.articles[0].result.analysis, false)));
    CHECK(doc["speakers"][0]["entities"][0] == nlohmann::ordered_json{{"article", "a1"}, {"entity", "e1"}});
    CHECK(doc["speakers"][0]["quotes"][0]["quote"] == "q1");
    CHECK(doc["events"][0]["sources"][0]["event"].is_string());
    CHECK(doc["refused"] == nlohmann::ordered_json::parse(R"([{"name": "vide", "reason": "the text is empty"}])"));
}
