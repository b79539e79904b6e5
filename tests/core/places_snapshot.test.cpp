#include "test_support.h"

#include "core/analysis_json.h"
#include "core/places/gazetteer_snapshot.h"

#include <filesystem>

using namespace depeche;
using namespace depeche::test;

namespace {

// The French resources with the gazetteer built from its JSON files, whatever snapshot the build
// left beside them.
const Resources& built_from_json() {
    static const Resources r = [] {
        std::string error;
        ResourcePaths paths{DEPECHE_TEST_ASSETS, DEPECHE_TEST_GENERATED};
        paths.snapshot = false;
        auto loaded = load_resources(paths, "fr", error);
        if (!loaded) FAIL("cannot load the French resources: " << error);
        return *loaded;
    }();
    return r;
}

constexpr std::uint64_t kSources = 0x5EED5EED5EED5EEDull;

std::vector<std::string> sample_articles() {
    std::vector<std::string> texts{launch_article()};
    for (const auto& f : std::filesystem::directory_iterator(DEPECHE_TEST_GOLD))
        if (f.path().string().ends_with(".fr.txt")) texts.push_back(read_file(f.path().string()));
    return texts;
}

}  // namespace

TEST_CASE("a gazetteer read back from its snapshot finds the same places, speakers and events") {
    const Resources& json = built_from_json();
    const std::string bytes = write_gazetteer_snapshot(json.gazetteer, kSources);
    Resources snap = json;
    snap.gazetteer = Gazetteer{};
    std::string error;
    REQUIRE_MESSAGE(read_gazetteer_snapshot(bytes, kSources, snap.gazetteer, error), error);
    CHECK(snap.gazetteer.entries.size() == json.gazetteer.entries.size());
    CHECK(snap.gazetteer.names.size() == json.gazetteer.names.size());
    CHECK(snap.gazetteer.has_towns);
    // Every field the analysis reads shows in its output: the whole output must be the same.
    const std::vector<std::string> texts = sample_articles();
    REQUIRE(texts.size() > 5);
    for (const std::string& text : texts) {
        const Result a = analyze(text, {}, json), b = analyze(text, {}, snap);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(dump(a.analysis, false) == dump(b.analysis, false));
    }
    // Written again, the same bytes: nothing is lost or reordered on the way back.
    CHECK(write_gazetteer_snapshot(snap.gazetteer, kSources) == bytes);
}

TEST_CASE("a snapshot of other files, cut short or not a snapshot at all is refused without harm") {
    const std::string bytes = write_gazetteer_snapshot(built_from_json().gazetteer, kSources);
    Gazetteer g;
    std::string error;
    CHECK_FALSE(read_gazetteer_snapshot(bytes, kSources + 1, g, error));
    CHECK(error.find("other files") != std::string::npos);
    CHECK_FALSE(read_gazetteer_snapshot("{\"format\": \"depeche/gazetteer@1\"}", kSources, g, error));
    CHECK_FALSE(read_gazetteer_snapshot(bytes + "x", kSources, g, error));
    for (std::size_t cut : {std::size_t{9}, std::size_t{16}, std::size_t{17}, bytes.size() / 3, bytes.size() - 1}) {
        CAPTURE(cut);
        CHECK_FALSE(read_gazetteer_snapshot(std::string_view(bytes).substr(0, cut), kSources, g, error));
    }
    // A count made huge asks for no more memory than the bytes left could fill.
    std::string corrupt = bytes;
    for (std::size_t at = 16; at < 20; ++at) corrupt[at] = '\xFF';
    CHECK_FALSE(read_gazetteer_snapshot(corrupt, kSources, g, error));
    // Refused, the gazetteer passed in is left as it was.
    CHECK(g.entries.empty());
}

TEST_CASE("the digest of a gazetteer's sources changes with any of them and with their order") {
    const std::uint64_t base = sources_digest({"a", "b", "c"});
    CHECK(base == sources_digest({"a", "b", "c"}));
    CHECK(base != sources_digest({"a", "b", "d"}));
    CHECK(base != sources_digest({"b", "a", "c"}));
    CHECK(base != sources_digest({"a", "b", "c", ""}));
}
