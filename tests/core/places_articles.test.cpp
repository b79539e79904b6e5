#include "test_support.h"

#include <set>

using namespace depeche;

namespace {

struct Expected {
    const char* file;
    std::set<std::string> places;  // canonical names: every place a reader would mark, and nothing else
};

// Articles written for these tests, in agency style, each naming places of one region with their
// namesakes, adjectives, people and organizations around them.
const Expected kArticles[] = {
    {"gaza-treve.fr.txt",
     {"Gaza", "Cairo", "Jerusalem", "Gaza Strip", "Qatar", "Egypt", "Israel", "Khan Yunis", "Rafaḩ", "Tel Aviv",
      "Washington, D.C.", "Tehran", "Doha", "West Bank", "Jenin", "Nablus", "Lebanon"}},
    {"niger-accords.fr.txt",
     {"Sahel", "Niger", "Niamey", "France", "Paris", "Abuja", "Mali", "Burkina Faso", "Bamako", "Ouagadougou", "Chad",
      "Ivory Coast", "Algiers"}},
    {"pakistan-inondations.fr.txt",
     {"Islamabad", "Pakistan", "Sindh", "Hyderabad", "Karachi", "India", "New Delhi", "China", "Beijing", "Balochistan",
      "Khyber Pakhtunkhwa", "Punjab (Pakistan)"}},
};

}  // namespace

TEST_CASE("the places of whole articles: all found, none invented") {
    for (const Expected& e : kArticles) {
        CAPTURE(std::string(e.file));
        const std::string text = test::read_file(std::string(DEPECHE_TEST_FIXTURES) + "/places/" + e.file);
        const Result r = analyze(text, {}, test::french());
        REQUIRE(r.ok());
        std::set<std::string> found;
        for (const Place& p : r.analysis.places) {
            found.insert(p.canonical);
            for (const Span& m : p.mentions) CHECK(m.end <= r.text.size());
        }
        for (const std::string& name : e.places) CHECK_MESSAGE(found.count(name), "missed " << name);
        for (const std::string& name : found) CHECK_MESSAGE(e.places.count(name), "invented " << name);
    }
}

TEST_CASE("in the Pakistani article, Hyderabad is in Sindh and Punjab in Pakistan") {
    const std::string text = test::read_file(std::string(DEPECHE_TEST_FIXTURES) + "/places/pakistan-inondations.fr.txt");
    const Result r = analyze(text, {}, test::french());
    for (const Place& p : r.analysis.places)
        if (p.canonical == "Hyderabad" || p.canonical.rfind("Punjab", 0) == 0) CHECK(p.country == "PK");
}
