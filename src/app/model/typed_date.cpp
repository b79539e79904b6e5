#include "typed_date.h"

#include "time_range.h"

#include "core/analyze.h"
#include "core/fold.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace depeche::app {
namespace {

// "1er", "2nd", "14th": the number of a day written with its ordinal ending.
std::optional<int> day_number(std::string word) {
    for (const char* ending : {"er", "st", "nd", "rd", "th"}) {
        const std::string e = ending;
        if (word.size() > e.size() && word.compare(word.size() - e.size(), e.size(), e) == 0) {
            word.resize(word.size() - e.size());
            break;
        }
    }
    if (!all_digits(word) || word.size() > 2) return std::nullopt;
    return std::stoi(word);
}

std::optional<int> month_number(const std::string& word, const UiStrings& strings) {
    for (const auto& [language, table] : strings.by_language)
        for (int m = 1; m <= 12; ++m)
            for (const std::string prefix : {"month-", "month-short-"}) {
                const auto it = table.find(prefix + std::to_string(m));
                if (it == table.end()) continue;
                std::string name = fold(it->second);
                if (!name.empty() && name.back() == '.') name.pop_back();
                if (name == word) return m;
            }
    return std::nullopt;
}

std::vector<std::string> words_of(std::string_view typed) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : fold(typed)) {
        if (c == ' ' || c == '/' || c == '.' || c == '-' || c == ',') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

std::optional<std::string> iso(int year, int month, int day) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    if (year < 1 || year > 9999 || !check_dct(buffer).empty()) return std::nullopt;
    return std::string(buffer);
}

}  // namespace

std::optional<std::string> read_typed_date(std::string_view typed, const UiStrings& strings) {
    const std::vector<std::string> w = words_of(typed);
    if (w.size() != 3) return std::nullopt;
    if (all_digits(w[0]) && w[0].size() == 4 && all_digits(w[1]) && all_digits(w[2]))
        return iso(std::stoi(w[0]), std::stoi(w[1]), std::stoi(w[2]));
    if (w[2].size() != 4 || !all_digits(w[2])) return std::nullopt;
    const int year = std::stoi(w[2]);
    if (const auto day = day_number(w[0])) {
        if (all_digits(w[1]) && w[1].size() <= 2) return iso(year, std::stoi(w[1]), *day);
        if (const auto month = month_number(w[1], strings)) return iso(year, *month, *day);
    }
    if (const auto month = month_number(w[0], strings))
        if (const auto day = day_number(w[1])) return iso(year, *month, *day);
    return std::nullopt;
}

std::size_t events_waiting_for_dct(const Analysis& analysis) {
    if (analysis.dct) return 0;
    return static_cast<std::size_t>(std::count_if(analysis.events.begin(), analysis.events.end(),
                                                  [](const Event& e) { return !e.value; }));
}

}  // namespace depeche::app
