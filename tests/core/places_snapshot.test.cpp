#include "test_support.h"

#include "core/analysis_json.h"
#include "core/data_file.h"
#include "core/places/gazetteer_snapshot.h"
#include "core/resources_snapshot.h"

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace depeche;
using namespace depeche::test;
namespace fs = std::filesystem;

namespace {

// The French resources with the gazetteer built from its JSON files, whatever snapshot the build
// left beside them.
const Resources& built_from_json() {
    static const Resources r = [] {
        std::string error;
        auto loaded = load_resources({DEPECHE_TEST_ASSETS, DEPECHE_TEST_GENERATED}, "fr", error);
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

TEST_CASE("a gazetteer read in place keeps its bytes, and changes to it leave them as they were") {
    const Resources& json = built_from_json();
    auto bytes = std::make_shared<const std::string>(write_gazetteer_snapshot(json.gazetteer, kSources));
    const std::string written = *bytes;
    const auto within = [&](const void* p) {
        const auto* at = static_cast<const char*>(p);
        return at >= bytes->data() && at < bytes->data() + bytes->size();
    };
    Resources snap = json;
    snap.gazetteer = Gazetteer{};
    std::string error;
    REQUIRE_MESSAGE(read_gazetteer_snapshot(*bytes, kSources, snap.gazetteer, error, bytes), error);
    CHECK(within(snap.gazetteer.entries.data()));
    CHECK(within(snap.gazetteer.texts.data()));
    CHECK(within(snap.gazetteer.names.values().data()));
    CHECK(within(snap.gazetteer.words.values().data()));
    const std::weak_ptr<const std::string> watched = bytes;
    bytes.reset();
    CHECK_FALSE(watched.expired());
    const std::string text = launch_article();
    CHECK(dump(analyze(text, {}, snap).analysis, false) == dump(analyze(text, {}, json).analysis, false));
    snap.gazetteer.entries[0].lat += 1.0;
    snap.gazetteer.add_text("ailleurs");
    CHECK(*watched.lock() == written);
    // Bytes that do not start aligned as written are copied, and read the same.
    const std::string shifted = " " + written;
    auto offset = std::make_shared<const std::string>(shifted);
    Gazetteer copied;
    REQUIRE(read_gazetteer_snapshot(std::string_view(*offset).substr(1), kSources, copied, error, offset));
    CHECK(write_gazetteer_snapshot(copied, kSources) == written);
}

TEST_CASE("a snapshot of other files, cut short, inconsistent or not a snapshot at all is refused without harm") {
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
    // Whole, but naming a text or a place past the end of its own.
    const auto changed = [](auto change) {
        Gazetteer past = built_from_json().gazetteer;
        change(past);
        return write_gazetteer_snapshot(past, kSources);
    };
    CHECK_FALSE(read_gazetteer_snapshot(changed([](Gazetteer& past) {
        past.entries.back().french = TextRef{static_cast<std::uint32_t>(past.texts.size()), 1};
    }), kSources, g, error));
    CHECK_FALSE(read_gazetteer_snapshot(changed([](Gazetteer& past) {
        past.capitals.push_back(static_cast<std::uint32_t>(past.entries.size()));
    }), kSources, g, error));
    CHECK(error.find("does not hold") != std::string::npos);
    // Refused, the gazetteer passed in is left as it was.
    CHECK(g.entries.empty());
}

namespace {

// The files of the French resources, copied where a test may write them again.
struct CopiedSources {
    const fs::path root = fs::path(DEPECHE_TEST_GENERATED).parent_path() / "places-snapshot-test";
    const ResourcePaths paths{(root / "assets").string(), (root / "generated").string()};
    const fs::path curated = root / "assets/gazetteer/fr-curated.json";
    const fs::path towns = root / "generated/gazetteer-towns.json";
    // The files a snapshot's stamp is of.
    const std::vector<fs::path> stamped{root / "generated/gazetteer.json", curated,
                                        root / "assets/lang/fr/abbreviations.json", towns};

    CopiedSources() {
        fs::remove_all(root);
        fs::create_directories(curated.parent_path());
        fs::create_directories(towns.parent_path());
        fs::copy(fs::path(DEPECHE_TEST_ASSETS) / "lang", root / "assets/lang", fs::copy_options::recursive);
        fs::copy_file(fs::path(DEPECHE_TEST_ASSETS) / "gazetteer/fr-curated.json", curated);
        for (const char* name : {"gazetteer.json", "gazetteer-towns.json"})
            fs::copy_file(fs::path(DEPECHE_TEST_GENERATED) / name, root / "generated" / name);
    }
    ~CopiedSources() { fs::remove_all(root); }
};

}  // namespace

TEST_CASE("the stamp of a gazetteer's files changes when one is written again, even to the same bytes") {
    const CopiedSources s;
    const auto stamp = [&] { return gazetteer_sources_stamp(s.paths, "fr"); };
    REQUIRE(stamp());
    CHECK(stamp() == stamp());
    // Whole seconds apart, that every file system keeps; Emscripten's under Node keeps none that is
    // set, and only the changes of size are checked there.
    const auto keeps_times = [](const fs::path& file) {
        const auto later =
            std::chrono::floor<std::chrono::seconds>(fs::last_write_time(file)) + std::chrono::seconds(1);
        fs::last_write_time(file, later);
        return fs::last_write_time(file) == later;
    };
    for (const fs::path& file : s.stamped) {
        CAPTURE(file);
        if (!keeps_times(file)) {
            MESSAGE("the file system does not keep the times set on files");
            break;
        }
        const auto before = stamp();
        const auto written = fs::last_write_time(file);
        fs::last_write_time(file, written + std::chrono::seconds(1));
        const auto later = stamp();
        CHECK(later != before);
        fs::last_write_time(file, written);
        CHECK(stamp() == before);
    }
    const auto before = stamp();
    std::ofstream(s.curated, std::ios::app) << ' ';
    CHECK(stamp() != before);
    fs::remove(s.towns);
    CHECK_FALSE(stamp());
}

TEST_CASE("a snapshot is read while its files are as it was taken of them, and passed over once one is changed") {
    const CopiedSources s;
    std::string error;
    // The command line's snapshot is stamped with the files it was built from.
    REQUIRE_MESSAGE(write_gazetteer_snapshot_file(s.paths, "fr", error), error);
    const auto written = read_data_file(gazetteer_snapshot_path(s.paths, "fr"), error);
    REQUIRE(written);
    Gazetteer g;
    CHECK(read_gazetteer_snapshot(*written, *gazetteer_sources_stamp(s.paths, "fr"), g, error));

    // A snapshot unlike the files, that only its stamp lets through.
    Gazetteer marked = built_from_json().gazetteer;
    marked.entries.front().canonical = marked.add_text("from the snapshot");
    REQUIRE(write_data_file(gazetteer_snapshot_path(s.paths, "fr"),
                            write_gazetteer_snapshot(marked, *gazetteer_sources_stamp(s.paths, "fr")), error));
    const auto first_place = [&] {
        const auto loaded = load_resources_with_snapshot(s.paths, "fr", error);
        REQUIRE_MESSAGE(loaded, error);
        return std::string(loaded->gazetteer.text(loaded->gazetteer.entries.front().canonical));
    };
    CHECK(first_place() == "from the snapshot");
    std::ofstream(s.curated, std::ios::app) << '\n';
    const Gazetteer& built = built_from_json().gazetteer;
    CHECK(first_place() == built.text(built.entries.front().canonical));
}
