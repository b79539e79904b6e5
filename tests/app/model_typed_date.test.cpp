// The publication date field reads dates as French and English readers write them.
#include "app/model/typed_date.h"

#include "core/data_file.h"

#include <doctest/doctest.h>

using namespace depeche;
using namespace depeche::app;

namespace {

UiStrings interface_strings() {
    std::string error;
    const auto data = read_json_file(std::string(DEPECHE_TEST_ASSETS) + "/ui/strings.json", error);
    REQUIRE_MESSAGE(data, error);
    UiStrings strings;
    REQUIRE_MESSAGE(load_ui_strings(*data, strings, error), error);
    return strings;
}

}  // namespace

TEST_CASE("a typed publication date is read in its French, English and ISO forms") {
    const UiStrings s = interface_strings();
    CHECK(read_typed_date("2024-05-14", s) == "2024-05-14");
    CHECK(read_typed_date("14/05/2024", s) == "2024-05-14");
    CHECK(read_typed_date(" 3.2.2021 ", s) == "2021-02-03");
    CHECK(read_typed_date("14 mai 2024", s) == "2024-05-14");
    CHECK(read_typed_date("1er août 2022", s) == "2022-08-01");
    CHECK(read_typed_date("1er AOUT 2022", s) == "2022-08-01");
    CHECK(read_typed_date("7 févr. 2020", s) == "2020-02-07");
    CHECK(read_typed_date("14 May 2024", s) == "2024-05-14");
    CHECK(read_typed_date("December 2, 2019", s) == "2019-12-02");
    CHECK(read_typed_date("29/02/2024", s) == "2024-02-29");
    CHECK_FALSE(read_typed_date("29/02/2023", s));  // not a leap year
    CHECK_FALSE(read_typed_date("14/13/2024", s));
    CHECK_FALSE(read_typed_date("14 banane 2024", s));
    CHECK_FALSE(read_typed_date("14 mai", s));
    CHECK_FALSE(read_typed_date("14/05/24", s));
    CHECK_FALSE(read_typed_date("", s));
}

TEST_CASE("events without a value wait for a publication date only when there is none") {
    Analysis a;
    a.events.resize(3);
    a.events[0].value = "2023-09-24";
    a.events[1].anchor = "DCT-1D";
    a.events[2].anchor = "DCT>FRI";
    CHECK(events_waiting_for_dct(a) == 2);
    a.dct = "2023-09-25";
    CHECK(events_waiting_for_dct(a) == 0);
}
