// TIMEX3 values as a reader reads them in the chronology, the header and the tooltips.
#include "app/model/reader_date.h"

#include "core/data_file.h"

#include <doctest/doctest.h>

using namespace depeche;
using namespace depeche::app;

namespace {

UiStrings strings_in(const std::string& language) {
    std::string error;
    const auto data = read_json_file(std::string(DEPECHE_TEST_ASSETS) + "/ui/strings.json", error);
    UiStrings strings;
    REQUIRE_MESSAGE((data && load_ui_strings(*data, strings, error)), error);
    strings.language = language;
    return strings;
}

}  // namespace

TEST_CASE("dates read like a newspaper in the interface's language, never as TIMEX3 values") {
    const UiStrings fr = strings_in("fr");
    const UiStrings en = strings_in("en");
    const std::optional<std::string> dct = "2023-09-25";
    CHECK(reader_date("2023-09-18", dct, fr) == "18 septembre 2023");
    CHECK(reader_date("2023-09-01", dct, fr) == "1er septembre 2023");
    CHECK(reader_date("2023-09-01", dct, en) == "1 September 2023");
    CHECK(reader_date("2023-W38", dct, fr) == "semaine du 18 septembre 2023");
    CHECK(reader_date("2023-W38", dct, en) == "week of 18 September 2023");
    CHECK(reader_date("2023-09", dct, fr) == "septembre 2023");
    CHECK(reader_date("2020-FA", dct, fr) == "automne 2020");
    CHECK(reader_date("2014-Q2", dct, fr) == "T2 2014");
    CHECK(reader_date("2014-Q2", dct, en) == "Q2 2014");
    CHECK(reader_date("2022-H1", dct, fr) == "S1 2022");
    CHECK(reader_date("1991", dct, fr) == "1991");
    CHECK(reader_date("199", dct, fr) == "années 1990");
    CHECK(reader_date("199", dct, en) == "the 1990s");
    CHECK(reader_date("18", dct, fr) == "XIXe siècle");
    CHECK(reader_date("20", dct, en) == "21st century");
    CHECK(reader_date("10", dct, en) == "11th century");
    CHECK(reader_date("00", dct, fr) == "Ier siècle");
    CHECK(reader_date("2023-05-09TEV", dct, fr) == "9 mai 2023, soir");
    CHECK(reader_date("2023-05-09TMO", dct, en) == "9 May 2023, morning");
    CHECK(reader_date("2023-05-09T14:30", dct, fr) == "9 mai 2023, 14:30");
    CHECK(reader_date("PRESENT_REF", dct, fr) == "maintenant");
    // What has no place on the calendar stays as it is written.
    CHECK(reader_date("P3D", dct, fr) == "P3D");
    CHECK(reader_date("2023-09-12/2023-09-13", dct, fr) == "2023-09-12/2023-09-13");
}
