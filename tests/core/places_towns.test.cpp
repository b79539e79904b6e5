// The gazetteer's smaller towns (gazetteer-towns.json): every town of 1,000 people in the
// French-speaking countries, those whose press writes in French among other languages and the
// South Caucasus, of 15,000 elsewhere. They are places only
// where the text says so, never take a larger place's name, and are never a person's name.
// Sentences are written for these tests; the people in them are invented.
#include "core/places/distance.h"
#include "core/places/find_places.h"
#include "core/places/towns_file.h"

#include "test_support.h"

#include <string>

using namespace depeche;

namespace {

std::vector<Place> places_in(const std::string& text, const Gazetteer& gazetteer) {
    const Resources& r = test::french();
    const TextIndex index = index_text(text, {Span{0, text.size()}}, r.tokenizer);
    return find_places(text, index, std::nullopt, std::nullopt, gazetteer, r.tokenizer);
}

std::vector<Place> places_in(const std::string& text) { return places_in(text, test::french().gazetteer); }

const Place* named(const std::vector<Place>& places, const std::string& canonical) {
    for (const Place& p : places)
        if (p.canonical == canonical) return &p;
    return nullptr;
}

const std::string& towns_file() {
    static const std::string towns = test::read_file(std::string(DEPECHE_TEST_GENERATED) + "/gazetteer-towns.json");
    return towns;
}

}  // namespace

TEST_CASE("a small town is found where the text says it is a place") {
    const std::string cases[] = {
        "Le festival s'est tenu à Desvres pendant trois jours.",
        "Les pompiers de Desvres sont intervenus dans la nuit.",
        "Desvres (Pas-de-Calais) a fermé son école pour une semaine.",
        "La course partait d'Orsières, au pied du col.",
    };
    for (const std::string& text : cases) {
        CAPTURE(text);
        const auto places = places_in(text);
        const Place* p = named(places, text.find("Orsi") != std::string::npos ? "Orsières" : "Desvres");
        REQUIRE(p != nullptr);
        CHECK(p->kind == PlaceKind::city);
        CHECK(p->country == (text.find("Orsi") != std::string::npos ? "CH" : "FR"));
    }
    const auto desvres = places_in(cases[0]);
    CHECK(distance_km(named(desvres, "Desvres")->lat, named(desvres, "Desvres")->lon, 50.67, 1.83) < 5.0);
}

TEST_CASE("a small town needs a place's context: not at the head of a sentence, not in capitals") {
    for (const char* text : {"Desvres a voté contre le projet.", "Photo : DESVRES/AGENCE", "Deauville, c'est fini."}) {
        CAPTURE(text);
        CHECK(places_in(text).empty());
    }
}

TEST_CASE("a small town whose name is a word is a place only after a place preposition") {
    // Liré and Champagné fold to the words "lire" and "champagne".
    CHECK(places_in("Lire la suite sur le site du journal.").empty());
    CHECK(places_in("Le ministre Champagne a répondu aux questions des députés.").empty());
    CHECK(named(places_in("Les habitants de Liré ont manifesté dimanche."), "Liré") != nullptr);
}

TEST_CASE("a small town never takes the name of a larger place") {
    // Paris in Texas and Pekin in Illinois are in the towns file; the capitals keep their names
    // even beside an American adjective.
    const auto paris = places_in("Le diplomate américain a rencontré ses partenaires à Paris mardi.");
    REQUIRE(named(paris, "Paris") != nullptr);
    CHECK(named(paris, "Paris")->country == "FR");
    const auto beijing = places_in("Le secrétaire d'État américain estime que Pékin joue avec le feu.");
    REQUIRE(named(beijing, "Beijing") != nullptr);
    CHECK(named(beijing, "Beijing")->country == "CN");
}

TEST_CASE("a small town is no part of a person's or a brand's name") {
    // Pen is a town in India; Hilton and Post start no larger place's name.
    for (const char* text : {"Hier, Amandine Le Pen a déposé une motion.", "Selon Martine Le Gall, la salle est pleine.",
                             "Paris Hilton a lancé une nouvelle marque.", "Selon le Washington Post, le vote est proche."}) {
        CAPTURE(text);
        for (const Place& p : places_in(text)) CHECK(p.kind != PlaceKind::city);
    }
}

TEST_CASE("the towns come on top of a loaded gazetteer, once") {
    const Resources& r = test::french();
    std::string error;
    auto without = load_resources({DEPECHE_TEST_ASSETS, DEPECHE_TEST_GENERATED, false}, "fr", error);
    REQUIRE_MESSAGE(without, error);
    const Gazetteer bare = without->gazetteer;
    Gazetteer& g = without->gazetteer;
    const std::string text = "Le festival s'est tenu à Desvres pendant trois jours.";
    CHECK_FALSE(g.has_towns);
    CHECK(named(places_in(text, g), "Desvres") == nullptr);
    REQUIRE_MESSAGE(extend_gazetteer(towns_file(), r.tokenizer, g, error), error);
    CHECK(g.has_towns);
    CHECK(named(places_in(text, g), "Desvres") != nullptr);
    const std::size_t entries = g.entries.size();
    REQUIRE(extend_gazetteer(towns_file(), r.tokenizer, g, error));
    CHECK(g.entries.size() == entries);
    CHECK(g.entries.size() == r.gazetteer.entries.size());

    Gazetteer other = bare;
    for (const char* broken : {R"({"format": "depeche/gazetteer@1", "towns": []})", R"({"format": "depeche/gazetteer-towns@1"})",
                               R"({"format": "depeche/gazetteer-towns@1", "towns": [["Desvres", "", "FR", 50.6)", "", "\xff\xfe"}) {
        CAPTURE(broken);
        error.clear();
        CHECK_FALSE(extend_gazetteer(broken, r.tokenizer, other, error));
        CHECK(error.find("gazetteer-towns") != std::string::npos);
        CHECK(other.entries.size() == bare.entries.size());
    }
    // A malformed row is skipped, the others come in.
    REQUIRE(extend_gazetteer(R"({"format": "depeche/gazetteer-towns@1", "towns": [["Desvres", 5], ["Desvres", "", "FR", 50.669, 1.835, 5109, 0, 0]]})",
                             r.tokenizer, other, error));
    CHECK(other.entries.size() == bare.entries.size() + 1);
}

TEST_CASE("a town's key read without the tokenizer is the key the tokenizer gives") {
    // Names of letters and inner hyphens skip the tokenizer at load time; every such name of the
    // towns file must get the key the text's tokens would give.
    const Resources& r = test::french();
    Vocabulary words;
    std::vector<Token> tokens;
    std::size_t checked = 0;
    const nlohmann::json towns = nlohmann::json::parse(towns_file());
    for (const nlohmann::json& row : towns["towns"])
        for (std::size_t i : {0, 1}) {
            const std::string name = row[i].get<std::string>();
            if (name.empty()) continue;
            tokenize(name, r.tokenizer, words, tokens);
            std::string tokenized;
            for (const Token& t : tokens) tokenized += (tokenized.empty() ? "" : " ") + t.folded();
            if (name_key(name, r.tokenizer) != tokenized) FAIL_CHECK(name << ": " << name_key(name, r.tokenizer) << " vs " << tokenized);
            ++checked;
        }
    CHECK(checked > 20000);
}

TEST_CASE("a French commune no package places stands at its département's centre, marked approximate") {
    const std::string text = "Le maire de Sentous a inauguré la salle des fêtes avec les habitants.";
    const auto places = places_in(text);
    const Place* sentous = named(places, "Sentous");
    REQUIRE(sentous != nullptr);
    CHECK(sentous->approximate);
    CHECK(sentous->country == "FR");
    // The village lies in the Hautes-Pyrénées, within the scoring's 100 km of that centre.
    CHECK(distance_km(sentous->lat, sentous->lon, 43.23, 0.33) < 100.0);
    // Like a small town, a commune needs the text to say it is a place.
    CHECK(named(places_in("Sentous accueille le festival."), "Sentous") == nullptr);
    // A town the gazetteer locates is never approximate.
    for (const Place& p : places_in("Les habitants de Desvres ont manifesté.")) CHECK_FALSE(p.approximate);
}

TEST_CASE("a commune at its département's centre stands only in an article about its country") {
    const std::string swiss = "Les pompiers de Sion et de Sierre ont aidé ceux de Martigny, dans le Valais.";
    for (const Place& p : places_in(swiss)) CHECK_FALSE(p.approximate);
    const std::string french = "Les pompiers de Tarbes et de Lourdes ont aidé ceux de Sentous.";
    CHECK(named(places_in(french), "Sentous") != nullptr);
}

TEST_CASE("the towns file reads its communes as approximate rows at their group's centre") {
    std::string error;
    const auto rows = read_towns(R"({"format": "depeche/gazetteer-towns@1", "towns": [["Desvres", "", "FR", 50.67, 1.83, 5000, 0, 0]],
                                     "communes": [[43.23, 0.33, "Sentous", "Ozon"], ["stray"], [45.0]]})",
                                 error);
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == 3);
    CHECK_FALSE((*rows)[0].approximate);
    CHECK((*rows)[1].english == "Sentous");
    CHECK((*rows)[1].approximate);
    CHECK((*rows)[2].lat == doctest::Approx(43.23));
    CHECK((*rows)[2].country == "FR");
}

TEST_CASE("the small towns of the French-language press abroad are places where the text says so") {
    // Before the fix only France's and its neighbours' small towns were known: a Gabonese, Malian or
    // Québec town of a few thousand people named after "à" was no place.
    const std::string text = "Le convoi est parti de Fougamou ; un autre est arrivé à Ansongo, un troisième est bloqué à Chapais.";
    const std::vector<Place> places = places_in(text);
    const Place* gabon = named(places, "Fougamou");
    const Place* mali = named(places, "Ansongo");
    const Place* quebec = named(places, "Chapais");
    REQUIRE(gabon);
    REQUIRE(mali);
    REQUIRE(quebec);
    CHECK(gabon->country == "GA");
    CHECK(mali->country == "ML");
    CHECK(quebec->country == "CA");
    CHECK_FALSE(quebec->approximate);
}
