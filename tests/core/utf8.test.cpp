#include "core/utf8.h"

#include <doctest/doctest.h>

using namespace depeche;

TEST_CASE("repair keeps valid UTF-8 untouched") {
    const std::string text = "Le «\xC2\xA0" "d\xC3\xA9" "fi\xC2\xA0» d\xE2\x80\x99" "Erevan \xF0\x9F\x98\x80";
    const auto r = utf8::repair(text);
    CHECK(r.text == text);
    CHECK(r.invalid_bytes == 0);
    CHECK(utf8::is_valid(text));
}

TEST_CASE("repair replaces each invalid byte in place, keeping every offset") {
    // A lone continuation byte, a truncated sequence, an overlong '/', a surrogate and a stray 0xFF.
    const std::string text = std::string("a\x80") + "b\xC3" + "c\xC0\xAF" + "d\xED\xA0\x80" + "e\xFF";
    const auto r = utf8::repair(text);
    CHECK(r.text.size() == text.size());
    CHECK(r.text == "a?b?c??d???e?");
    CHECK(r.invalid_bytes == 8);
    CHECK(utf8::is_valid(r.text));
}

TEST_CASE("repair turns NUL bytes into spaces so C strings and JS bridges never cut the text") {
    const auto r = utf8::repair(std::string("ab\0cd", 5));
    CHECK(r.text == "ab cd");
    CHECK(r.nul_bytes == 1);
}

TEST_CASE("decode and append round-trip every sequence length") {
    for (char32_t cp : {U'A', U'\u00E9', U'\u0153', U'\u202F', U'\U0001F600'}) {
        std::string s;
        utf8::append(s, cp);
        std::size_t pos = 0;
        CHECK(utf8::decode(s, pos) == cp);
        CHECK(pos == s.size());
    }
}

TEST_CASE("repair finds a bad byte anywhere in a long run of ASCII, which it passes eight bytes at a time") {
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text(40, 'a');
        text[at] = (at % 2) ? '\0' : '\xFF';
        const auto r = utf8::repair(text);
        CHECK(r.text[at] == ((at % 2) ? ' ' : '?'));
        CHECK(r.invalid_bytes + r.nul_bytes == 1);
        CHECK(utf8::is_valid(r.text));
    }
    const std::string accented = std::string(21, 'e') + "\xC3\xA9" + std::string(17, 'e');
    CHECK(utf8::repair(accented).text == accented);
}
