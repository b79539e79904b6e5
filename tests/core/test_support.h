#pragma once
#include "core/analyze.h"
#include "core/resources_snapshot.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace depeche::test {

// The French resources, loaded once for the whole suite from the source tree's assets.
inline const Resources& french() {
    static const Resources r = [] {
        std::string error;
        auto loaded = load_resources_with_snapshot({DEPECHE_TEST_ASSETS, DEPECHE_TEST_GENERATED}, "fr", error);
        if (!loaded) FAIL("cannot load the French resources: " << error);
        return *loaded;
    }();
    return r;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string launch_article() { return read_file(std::string(DEPECHE_TEST_ASSETS) + "/articles/karabakh-peskov.fr.txt"); }

inline std::string_view slice(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

}  // namespace depeche::test
