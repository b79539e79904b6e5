#include "core/events/chronology.h"
#include "core/layout.h"
#include "core/time/timexes.h"

#include "test_support.h"

#include <algorithm>

using namespace depeche;

namespace {

std::vector<std::string> values(const Analysis& a) {
    std::vector<std::string> out;
    for (const Event& e : a.events) out.push_back(e.value.value_or("null"));
    return out;
}

const Event* event_at(const Analysis& a, const std::string& value) {
    for (const Event& e : a.events)
        if (e.value == value) return &e;
    return nullptr;
}

Span find(std::string_view text, std::string_view what, std::size_t from = 0) {
    const std::size_t at = text.find(what, from);
    REQUIRE(at != std::string_view::npos);
    return {at, at + what.size()};
}

// A quote as the quotes stage would give it.
Quote quote(std::string_view text, const char* id, QuoteKind kind, std::string_view words, std::string_view cue,
            const char* speaker) {
    Quote q;
    q.id = id;
    q.kind = kind;
    q.span = find(text, words);
    q.cue_span = find(text, cue);
    q.speaker = speaker;
    return q;
}

// The time and event stages over a hand-built analysis.
void chronicle(const std::string& text, Analysis& a) {
    const TextIndex index = index_text(text, a.paragraphs, test::french().tokenizer);
    const time::TimeLayer layer = time::find_timexes(text, index, a, test::french());
    events::build_chronology(text, index, layer, test::french().time, a);
}

}  // namespace

TEST_CASE("the launch article's chronology, in order") {
    const Result r = analyze(test::launch_article(), {.dct = "2023-09-25"}, test::french());
    REQUIRE(r.ok());
    const std::vector<std::string> expected = {"1991",       "2020-FA",    "2020",       "2023-09-12",
                                               "2023-09-13", "2023-W38",   "2023-09-24", "2023-09-25"};
    std::vector<std::string> got = values(r.analysis);
    got.erase(std::unique(got.begin(), got.end()), got.end());
    CHECK(got == expected);
    const Event* launch = event_at(r.analysis, "2023-09-12");
    REQUIRE(launch);
    CHECK(launch->summary.find("lancées") != std::string::npos);
    const Event* criticism = event_at(r.analysis, "2023-09-24");
    REQUIRE(criticism);
    CHECK(criticism->summary.find("critiqué") != std::string::npos);
    // Peskov's briefing: the statement's quotes, said "lors d'un point de presse à Moscou".
    const Event* briefing = event_at(r.analysis, "2023-09-25");
    REQUIRE(briefing);
    CHECK(briefing->quotes.size() >= 2);
    REQUIRE(briefing->place);
    const auto place = std::find_if(r.analysis.places.begin(), r.analysis.places.end(),
                                    [&](const Place& p) { return p.id == *briefing->place; });
    REQUIRE(place != r.analysis.places.end());
    CHECK(place->name == "Moscou");
}

TEST_CASE("without a DCT, events keep their relative anchors and their order") {
    const Result r = analyze(test::launch_article(), {}, test::french());
    REQUIRE(r.ok());
    const auto& ev = r.analysis.events;
    REQUIRE(ev.size() >= 8);
    CHECK(ev[0].value == "1991");
    const Event* sunday = nullptr;
    for (const Event& e : ev)
        if (e.anchor == "DCT<SUN") sunday = &e;
    REQUIRE(sunday);
    CHECK_FALSE(sunday->value);
    CHECK(ev.back().anchor == "DCT<MON");
}

TEST_CASE("the DCT is read from a byline or a dated dateline when the caller gives none") {
    const std::string byline = "Titre de l'article\nPublié le 20 mars 2023\nDimanche, la maire a gagné.\n";
    const Result r = analyze(byline, {}, test::french());
    CHECK(r.analysis.dct == "2023-03-20");
    REQUIRE_FALSE(r.analysis.events.empty());
    CHECK(r.analysis.events.back().value == "2023-03-19");
    const std::string dateline = "TITRE\nEREVAN, 4 AOÛT 2021, ARMENPRESS\nHier, le parlement a voté.\n";
    CHECK(analyze(dateline, {}, test::french()).analysis.dct == "2021-08-04");
    CHECK_FALSE(analyze("Un texte sans date. Hier, il a plu.", {}, test::french()).analysis.dct);
}

TEST_CASE("quotes, speakers and places are linked to the statement they belong to") {
    // Built by hand: the quotes and places stages fill these arrays in the full pipeline.
    const std::string text =
        "Le ministre a déclaré lundi que la trêve tenait. \"Nous restons prudents\", a-t-il ajouté lors "
        "d'une conférence à Genève.\nMardi, la rivière a débordé à Lyon.";
    Analysis a;
    a.dct = "2023-09-27";
    a.paragraphs = {{0, text.find('\n')}, {text.find('\n') + 1, text.size()}};
    Entity minister{"e1", EntityType::person, "le ministre", {"le ministre"}, {}, {find(text, "Le ministre")}, {}};
    a.entities.push_back(minister);
    a.quotes = {quote(text, "q1", QuoteKind::indirect, "la trêve tenait", "a déclaré", "e1"),
                quote(text, "q2", QuoteKind::direct, "Nous restons prudents", "a-t-il ajouté", "e1")};
    a.places.push_back({"p1", "Genève", "Geneva", "CH", PlaceKind::city, 46.2, 6.14, {find(text, "Genève")}, {}, {}});
    a.places.push_back({"p2", "Lyon", "Lyon", "FR", PlaceKind::city, 45.76, 4.84, {find(text, "Lyon")}, {}, {}});
    for (Place& p : a.places) p.site_mentions = p.mentions;  // "à Genève", "à Lyon"

    chronicle(text, a);

    REQUIRE(a.events.size() == 2);
    const Event& monday = a.events[0];
    CHECK(monday.value == "2023-09-25");
    CHECK(monday.quotes == std::vector<std::string>{"q1", "q2"});
    CHECK(monday.entities == std::vector<std::string>{"e1"});
    CHECK(monday.place == "p1");
    const Event& tuesday = a.events[1];
    CHECK(tuesday.value == "2023-09-26");
    CHECK(tuesday.quotes.empty());
    CHECK(tuesday.place == "p2");
}

TEST_CASE("a quote with no time of its own is left out unless its speaker's statement precedes it") {
    const std::string text = "Lundi, la ministre a annoncé un plan. Le syndicat a répondu que rien ne changerait.";
    Analysis a;
    a.dct = "2023-09-27";
    a.paragraphs = {{0, text.size()}};
    a.quotes = {quote(text, "q1", QuoteKind::indirect, "un plan", "a annoncé", "e1"),
                quote(text, "q2", QuoteKind::indirect, "rien ne changerait", "a répondu", "e2")};
    chronicle(text, a);
    REQUIRE(a.events.size() == 1);
    CHECK(a.events[0].quotes == std::vector<std::string>{"q1"});
}

TEST_CASE("the same event told twice is merged") {
    const std::string text =
        "Le 13 septembre, l'armée a suspendu ses opérations au Karabakh. L'armée a suspendu le 13 septembre "
        "ses opérations, a rappelé le ministère.";
    const Result r = analyze(text, {.dct = "2023-09-25"}, test::french());
    REQUIRE(r.analysis.events.size() == 1);
    CHECK(r.analysis.events[0].value == "2023-09-13");
}

TEST_CASE("a statement's summary is what was said, not the reporting clause") {
    const std::string text =
        "Le réseau devrait être rétabli d'ici la fin de la semaine, a assuré hier le gestionnaire. "
        "Lundi, la ministre avait appelé les directions à « ouvrir sans délai » des négociations.";
    const Result r = analyze(text, {.dct = "2024-01-02"}, test::french());
    const Event* said = event_at(r.analysis, "2024-01-01");
    REQUIRE(said);
    CHECK(said->summary == "Le réseau devrait être rétabli d'ici la fin de la semaine");
    // "d'ici la fin de la semaine" dates the restoring; quote marks do not end a clause.
    REQUIRE(r.analysis.events.size() == 3);
    CHECK(std::any_of(r.analysis.events.begin(), r.analysis.events.end(), [](const Event& e) {
        return e.summary.find("des négociations") != std::string::npos;
    }));
}

TEST_CASE("an event's summary is a clause with its subject and its verb") {
    // A relative clause borrows its subject from the sentence's opening.
    const std::string relative =
        "Selon la régie, les coupures de courant, qui ont touché le quartier mardi, ont duré six heures.";
    Result r = analyze(relative, {.dct = "2024-03-08"}, test::french());
    const Event* cut = event_at(r.analysis, "2024-03-05");
    REQUIRE(cut);
    CHECK(cut->summary.find("les coupures de courant, qui ont touché le quartier mardi") != std::string::npos);

    // A clause cut after the date and a prepositional phrase reaches on to its verb.
    const std::string opening =
        "Le 4 février, sous l'égide de la préfecture de Lorvane, les deux syndicats ont signé un protocole.";
    r = analyze(opening, {.dct = "2024-02-10"}, test::french());
    const Event* signed_on = event_at(r.analysis, "2024-02-04");
    REQUIRE(signed_on);
    CHECK(signed_on->summary.find("ont signé un protocole") != std::string::npos);

    // A verb with no subject before it ("se rend lundi") takes the sentence's subject.
    const std::string verb_first =
        "La rectrice Odile Marsac, venue de Lorvane avec sa délégation, se rend lundi à Brest pour signer la convention.";
    r = analyze(verb_first, {.dct = "2024-02-07"}, test::french());
    REQUIRE(!r.analysis.events.empty());
    const std::string& s = r.analysis.events.front().summary;
    CHECK(s.find("Odile Marsac") != std::string::npos);
    CHECK(s.find("se rend lundi") != std::string::npos);
}

TEST_CASE("dense and hostile time text stays linear") {
    // One endless sentence: every look-back for a reference date or a statement is bounded.
    std::string text;
    for (int k = 0; k < 20000; ++k) text += "un jour après que lundi, ";
    Analysis a;
    a.dct = "2023-09-25";
    a.paragraphs = {{0, text.size()}};
    for (int k = 0; k < 5000; ++k) {
        Quote q;
        q.id = numbered_id("q", static_cast<std::size_t>(k));
        q.span = {static_cast<std::size_t>(k) * 25, static_cast<std::size_t>(k) * 25 + 10};
        q.cue_span = q.span;
        q.speaker = "e1";
        a.quotes.push_back(q);
    }
    a.places.push_back({"p1", "Lundi", "", "", PlaceKind::other, 0, 0, {}, {}, {}});
    for (std::size_t k = 0; k < 5000; ++k) a.places[0].mentions.push_back({k * 25 + 18, k * 25 + 23});
    chronicle(text, a);
    CHECK(a.timexes.size() == 40000);
    CHECK_FALSE(a.events.empty());
}

TEST_CASE("the dateline places only the events of its days that name no place abroad") {
    const std::string text =
        "UNE SEMAINE CHARGÉE\n\nParis / La Gazette\n"
        "Lundi, la maire Clémence Aubrac a inauguré une crèche.\n"
        "À l'automne 2020, la guerre avait duré six semaines.\n"
        "Mardi dernier, l'Azerbaïdjan a fermé sa frontière.\n"
        "Mercredi, un camion a heurté le pont Lafayette, rue de Moscou.\n";
    const Result r = analyze(text, {.dct = "2023-09-27"}, test::french());
    REQUIRE(r.ok());
    auto place_of = [&](const std::string& value) -> std::string {
        const Event* e = event_at(r.analysis, value);
        REQUIRE(e);
        if (!e->place) return "";
        for (const Place& p : r.analysis.places)
            if (p.id == *e->place) return p.canonical;
        return "?";
    };
    CHECK(place_of("2023-09-25") == "Paris");  // told from where the reporter is
    CHECK(place_of("2020-FA") == "");          // three years before: not at the dateline
    CHECK(place_of("2023-09-26") == "");       // a border abroad
    // A street or bridge named after a town is in the article's town, never that town.
    CHECK(place_of("2023-09-27") == "Paris");
    for (const Place& p : r.analysis.places) {
        CAPTURE(p.canonical);
        CHECK((p.canonical == "Paris" || p.canonical == "Azerbaijan"));
    }
}

TEST_CASE("'trois jours plus tard' is a duration, and its event sits on the day it lands on") {
    // TIMEX3, and the press's annotators, write a count of days after another day as a length
    // (P3D); the chronology still needs the day itself.
    const Result r = analyze("Le 4 mars, la digue a cédé. Trois jours plus tard, les eaux ont baissé.",
                             {.dct = "2025-03-13"}, test::french());
    REQUIRE(r.ok());
    const auto later = std::find_if(r.analysis.timexes.begin(), r.analysis.timexes.end(),
                                    [](const Timex& t) { return t.text == "Trois jours plus tard"; });
    REQUIRE(later != r.analysis.timexes.end());
    CHECK(later->type == TimexType::duration);
    CHECK(later->value == "P3D");
    const Event* fell = event_at(r.analysis, "2025-03-07");
    REQUIRE(fell);
    CHECK(fell->timex == later->id);
    CHECK(event_at(r.analysis, "2025-03-04"));
    // With no DCT the day is unknown: the event keeps the count's anchor, and no length for a date.
    const Result undated = analyze("Le 4 mars, la digue a cédé. Trois jours plus tard, les eaux ont baissé.", {},
                                   test::french());
    REQUIRE(undated.ok());
    CHECK_FALSE(event_at(undated.analysis, "P3D"));
    const auto counted = std::find_if(undated.analysis.events.begin(), undated.analysis.events.end(),
                                      [](const Event& e) { return e.anchor == "t1+3D"; });
    REQUIRE(counted != undated.analysis.events.end());
    CHECK_FALSE(counted->value);
}
