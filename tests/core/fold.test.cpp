#include "core/fold.h"

#include <doctest/doctest.h>

using depeche::fold;
using depeche::is_upper_case;

TEST_CASE("fold removes case and accents of French letters") {
    CHECK(fold("AO\xC3\x9BT") == "aout");
    CHECK(fold("\xC3\x89tat") == "etat");
    CHECK(fold("\xC5\x92UVRE c\xC5\x93ur") == "oeuvre coeur");
    CHECK(fold("Azerba\xC3\xAF" "djan") == "azerbaidjan");
    CHECK(fold("\xC3\x87" "a") == "ca");
}

TEST_CASE("fold unifies apostrophes and no-break spaces") {
    CHECK(fold("l\xE2\x80\x99" "Arm\xC3\xA9nie") == "l'armenie");
    CHECK(fold("a\xC2\xA0" "b\xE2\x80\xAF" "c") == "a b c");
}

TEST_CASE("fold leaves other scripts as they are") {
    CHECK(fold("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0") == "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}

TEST_CASE("is_upper_case recognizes headline capitals") {
    CHECK(is_upper_case("MOSCOU REJETTE LES ALL\xC3\x89GATIONS"));
    CHECK_FALSE(is_upper_case("Moscou rejette"));
    CHECK_FALSE(is_upper_case("1991 - 2020"));
    CHECK_FALSE(is_upper_case("\xC5\x93uvre"));
    CHECK(is_upper_case("\xC5\x92UVRE"));
}
