#pragma once
// A small hand-built analysis shaped like a news story: two people and a ministry quoted, three
// places, events from 1991 to a week of September 2023. The text is synthetic; spans index it.
#include "core/analysis.h"

#include <string>

namespace depeche::test {

struct Sample {
    std::string text;
    Analysis analysis;
};

inline Span span_of(const std::string& text, const std::string& part) {
    const auto at = text.find(part);
    return {at, at + part.size()};
}

inline Sample sample_analysis() {
    Sample s;
    s.text =
        "Moscou a répondu lundi. « Nous espérons la paix », a déclaré Dmitri Peskov. "
        "Selon M. Peskov, la Russie n'est pas responsable. Nikol Pachinyan a affirmé dimanche à Erevan que "
        "« la Russie a échoué ». La diplomatie russe a accusé Erevan. En 1991 puis à l'automne 2020, le Karabakh "
        "a connu la guerre.";
    Analysis& a = s.analysis;
    a.dct = "2023-09-25";
    auto span = [&](const std::string& part) { return span_of(s.text, part); };
    a.entities = {
        {"e1", EntityType::person, "Dmitri Peskov", {"Dmitri Peskov", "M. Peskov"}, {"porte-parole du Kremlin"},
         {span("Dmitri Peskov"), span("M. Peskov")}, {}},
        {"e2", EntityType::person, "Nikol Pachinyan", {"Nikol Pachinyan"}, {"premier ministre arménien"}, {span("Nikol Pachinyan")}, {}},
        {"e3", EntityType::organization, "Ministère russe des Affaires étrangères", {"La diplomatie russe"}, {}, {span("La diplomatie russe")}, {}},
    };
    auto quote = [&](const char* id, QuoteKind kind, const std::string& text, const char* speaker, const char* cue) {
        Quote q;
        q.id = id;
        q.kind = kind;
        q.text = text;
        q.span = span(text);
        q.speaker = speaker;
        q.cue = cue;
        q.cue_span = span(cue);
        q.confidence = 0.9;
        return q;
    };
    a.quotes = {
        quote("q1", QuoteKind::direct, "Nous espérons la paix", "e1", "a déclaré"),
        quote("q2", QuoteKind::indirect, "la Russie n'est pas responsable", "e1", "Selon"),
        quote("q3", QuoteKind::mixed, "« la Russie a échoué »", "e2", "a affirmé"),
        quote("q4", QuoteKind::indirect, "accusé Erevan", "e3", "a accusé"),
    };
    a.timexes = {
        {"t1", "lundi", span("lundi"), TimexType::date, "2023-09-25", "DCT", ""},
        {"t2", "dimanche", span("dimanche"), TimexType::date, "2023-09-24", "DCT-1D", ""},
        {"t3", "1991", span("1991"), TimexType::date, "1991", "", ""},
        {"t4", "l'automne 2020", span("l'automne 2020"), TimexType::date, "2020-FA", "", ""},
    };
    const Span accused = span("accusé Erevan");
    const Span second_erevan{accused.end - std::string("Erevan").size(), accused.end};
    // Fields set by name: Place grows as the places stage learns more.
    auto place = [](const char* id, const char* name, const char* canonical, const char* country, PlaceKind kind, double lat,
                    double lon, std::vector<Span> mentions) {
        Place p;
        p.id = id;
        p.name = name;
        p.canonical = canonical;
        p.country = country;
        p.kind = kind;
        p.lat = lat;
        p.lon = lon;
        p.mentions = std::move(mentions);
        return p;
    };
    a.places = {
        place("p1", "Moscou", "Moscow", "RU", PlaceKind::city, 55.756, 37.617, {span("Moscou")}),
        place("p2", "Erevan", "Yerevan", "AM", PlaceKind::city, 40.177, 44.513, {span("Erevan"), second_erevan}),
        place("p3", "Karabakh", "Karabakh", "AZ", PlaceKind::region, 39.82, 46.75, {span("Karabakh")}),
    };
    a.events = {
        {"ev1", "2023-09-25", "", "t1", "p1", {"e1"}, {"q1", "q2"}, span("Moscou a répondu lundi."), "Moscou répond"},
        {"ev2", "2023-09-24", "", "t2", "p2", {"e2"}, {"q3"}, span("Nikol Pachinyan a affirmé dimanche à Erevan"), "Pachinyan critique Moscou"},
        {"ev3", "1991", "", "t3", "p3", {}, {}, span("En 1991"), "Guerre au Karabakh"},
        {"ev4", "2020-FA", "", "t4", "p3", {}, {}, span("à l'automne 2020"), "Guerre de 44 jours"},
    };
    return s;
}

}  // namespace depeche::test
