#include "reader_date.h"

#include "time_range.h"

namespace depeche::app {
namespace {

// `pattern` with each "{}" replaced by the next of `parts`.
std::string fill(std::string_view pattern, std::initializer_list<std::string> parts) {
    std::string out;
    auto part = parts.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.compare(i, 2, "{}") == 0 && part != parts.end()) {
            out += *part++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string roman(int n) {
    static constexpr std::pair<int, const char*> kNumerals[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                                {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                                {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                                {1, "I"}};
    std::string out;
    for (const auto& [value, numeral] : kNumerals)
        for (; n >= value; n -= value) out += numeral;
    return out;
}

// "19th", "21st", "XIXe", "Ier": a rank as the language writes it: "rank-first" for 1, else
// "rank-" and the last digit (the teens have none), else "rank-other", around the number in the
// numerals "rank-numerals" names ("roman" or "arabic").
std::string rank(int n, const UiStrings& s) {
    const std::string key = n == 1 ? "rank-first" : "rank-" + std::to_string(n % 100 >= 11 && n % 100 <= 13 ? 0 : n % 10);
    const std::string pattern = s(key.c_str()) == key ? s("rank-other") : s(key.c_str());
    return fill(pattern, {std::string_view(s("rank-numerals")) == "roman" ? roman(n) : std::to_string(n)});
}

std::string day_words(int days, const UiStrings& s) {
    int y = 0, m = 0, d = 0;
    civil_from_days(days, y, m, d);
    const std::string day = d == 1 ? s("first-of-month") : std::to_string(d);
    return fill(s("day-date"), {day, s(("month-" + std::to_string(m)).c_str()), std::to_string(y)});
}

}  // namespace

std::string reader_date(std::string_view value, const std::optional<std::string>& dct, const UiStrings& s) {
    if (value == "PRESENT_REF") return s("present");
    // "2014-Q2", "2022-H1": the accounts' quarters and halves, which have no single span of days here.
    if (value.size() == 7 && value[4] == '-' && all_digits(value.substr(0, 4)) && (value[5] == 'Q' || value[5] == 'H') &&
        value[6] >= '1' && value[6] <= '4')
        return fill(s(value[5] == 'Q' ? "quarter" : "half"), {std::string(1, value[6]), std::string(value.substr(0, 4))});
    const auto range = day_range(value, dct);
    if (!range || value.find('/') != std::string_view::npos) return std::string(value);
    int y = 0, m = 0, d = 0;
    civil_from_days(range->first, y, m, d);
    const std::string year = std::to_string(y);
    // The core reads a value of two, three or four characters only as a century, a decade or a year.
    if (value.size() == 3) return fill(s("decade"), {year});
    if (value.size() == 2) return fill(s("century"), {rank(y / 100 + 1, s)});
    if (range->is_day()) {
        const std::string day = day_words(range->first, s);
        const std::size_t t = value.find('T');
        if (t == std::string_view::npos || t + 1 >= value.size()) return day;
        const std::string_view at = value.substr(t + 1);
        const std::string part = "part-" + std::string(at);
        if (std::string(s(part.c_str())) != part) return fill(s("day-and-part"), {day, s(part.c_str())});
        return fill(s("day-and-time"), {day, std::string(at.substr(0, 5))});
    }
    if (value.size() == 8 && value[4] == '-' && value[5] == 'W') return fill(s("week-of"), {day_words(range->first, s)});
    if (value.size() == 7 && value[4] == '-') {
        const std::string_view rest = value.substr(5);
        if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI")
            return fill(s("season-year"), {s(("season-" + std::string(rest)).c_str()), year});
        return fill(s("month-year"), {s(("month-" + std::to_string(m)).c_str()), year});
    }
    if (value.size() == 4) return year;
    return std::string(value);
}

}  // namespace depeche::app
