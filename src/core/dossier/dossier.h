#pragma once
// Many articles analyzed together: each keeps its own analysis, and the dossier adds what spans
// articles (the same speaker, place or event told by several of them). dossier_json.h writes it
// as "depeche/dossier@1".
#include "core/analyze.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace depeche {

struct DossierInput {
    std::string name;
    std::string text;
    std::optional<std::string> dct;  // YYYY-MM-DD; when absent, read from the text
};

// One item of one article's analysis: {"a2", "e3"}, {"a1", "q7"}, {"a3", "ev1"}.
struct DossierRef {
    std::string article;
    std::string item;
};

struct DossierArticle {
    std::string id;  // "a1", in input order of the accepted articles
    std::string name;
    Result result;
    Span span;  // where its text sits in combined_result's text; empty when hidden
};

struct DossierSpeaker {
    std::string id, name;
    EntityType type = EntityType::other;
    std::vector<std::string> aliases, roles;
    std::vector<DossierRef> entities, quotes;
};

struct DossierPlace {
    std::string id, name, canonical, country;
    PlaceKind kind = PlaceKind::other;
    double lat = 0.0, lon = 0.0;
    std::vector<std::string> articles, events;
    bool approximate = false;  // at the centre of its division, as in the articles
};

struct DossierEvent {
    std::string id;
    std::optional<std::string> value;
    std::optional<std::string> place;  // dossier place id
    std::vector<std::string> speakers;  // dossier speaker ids
    std::string summary;
    std::vector<DossierRef> sources;  // the articles' events it gathers, first one first
};

struct Refusal {
    std::string name;
    std::string reason;
};

struct Dossier {
    std::vector<DossierArticle> articles;
    std::vector<DossierSpeaker> speakers;
    std::vector<DossierPlace> places;
    std::vector<DossierEvent> events;  // chronological
    std::vector<Refusal> refused;
};

// Called after each article is analyzed; merging the whole afterwards is quick.
using DossierProgress = std::function<void(std::size_t done, std::size_t total)>;

// The steps of build_dossier, for a caller that shows progress between articles (the page):
// add_input analyzes one input into the dossier (an accepted article, or a refusal saying why;
// true when accepted), then merge_dossier merges what the articles share, once.
bool add_input(Dossier& dossier, DossierInput input, const Resources& resources);
void merge_dossier(Dossier& dossier, const Resources& resources);

// Analyzes each input and merges speakers, places and events across the accepted ones. An
// input analyze() refuses, an empty one, or one that would take the dossier over kMaxInputBytes
// is listed in `refused` and the rest is kept. A pure function of its inputs and their order.
Dossier build_dossier(std::vector<DossierInput> inputs, const Resources& resources,
                      const DossierProgress& progress = {});

}  // namespace depeche
