#pragma once
#include "test_support.h"

#include <string>
#include <string_view>

namespace depeche::test {

// One analysis and the questions the quotation tests ask of it.
struct Analyzed {
    Result result;

    explicit Analyzed(std::string text) : result(analyze(std::move(text), {}, french())) { REQUIRE(result.ok()); }

    const Analysis& a() const { return result.analysis; }

    // The quotation whose text contains `words`, or nullptr.
    const Quote* quote(std::string_view words) const {
        for (const Quote& q : a().quotes)
            if (q.text.find(words) != std::string::npos) return &q;
        return nullptr;
    }

    // The quotation whose text starts with `words`, or nullptr: the one inside another that
    // quote() would pass over for the outer one.
    const Quote* opening(std::string_view words) const {
        for (const Quote& q : a().quotes)
            if (q.text.starts_with(words)) return &q;
        return nullptr;
    }

    // The name of a quotation's speaker, or "" when it has none.
    std::string speaker(const Quote& q) const {
        if (!q.speaker) return {};
        for (const Entity& e : a().entities)
            if (e.id == *q.speaker) return e.name;
        FAIL("quote " << q.id << " points to an unknown entity " << *q.speaker);
        return {};
    }

    // The quotation that holds `words`; the test fails when none does.
    const Quote& holding(std::string_view words) const {
        const Quote* q = quote(words);
        REQUIRE_MESSAGE(q, "no quotation holds \"" << words << "\"");
        return *q;
    }

    std::string speaker_of(std::string_view words) const { return speaker(holding(words)); }

    const Entity* entity(std::string_view name) const {
        for (const Entity& e : a().entities)
            if (e.name == name) return &e;
        return nullptr;
    }
};

}  // namespace depeche::test
