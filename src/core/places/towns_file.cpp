#include "towns_file.h"

#include <nlohmann/json.hpp>

namespace depeche {
namespace {

using json = nlohmann::json;

constexpr const char* kFormat = "depeche/gazetteer-towns@1";

// Depth 1 is the file's object, 2 its "towns" array, 3 a row.
class TownsReader : public nlohmann::json_sax<json> {
public:
    std::vector<TownRow> rows;
    std::string format;
    bool saw_towns = false;

    bool null() override { return value(json()); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool string(string_t& v) override {
        if (depth_ == 1 && key_ == "format") format = v;
        return value(std::move(v));
    }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        ++depth_;
        return true;
    }
    bool key(string_t& k) override {
        if (depth_ == 1) key_ = k;
        return true;
    }
    bool end_object() override {
        --depth_;
        return true;
    }
    bool start_array(std::size_t) override {
        ++depth_;
        if (depth_ == 2 && key_ == "towns") in_towns_ = saw_towns = true;
        if (in_towns_ && depth_ == 3) row_.clear();
        return true;
    }
    bool end_array() override {
        if (in_towns_ && depth_ == 3) add_row();
        if (depth_ == 2) in_towns_ = false;
        --depth_;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    bool value(json v) {
        if (in_towns_ && depth_ == 3) row_.push_back(std::move(v));
        return true;
    }

    // [english, french or "", iso2, lat, lon, population, capital, is_word]
    void add_row() {
        if (row_.size() < 8) return;
        for (std::size_t i : {0, 1, 2})
            if (!row_[i].is_string()) return;
        for (std::size_t i : {3, 4, 5, 7})
            if (!row_[i].is_number()) return;
        rows.push_back({row_[0].get<std::string>(), row_[1].get<std::string>(), row_[2].get<std::string>(),
                        row_[3].get<double>(), row_[4].get<double>(), row_[5].get<double>(), row_[7].get<double>() > 0});
    }

    int depth_ = 0;
    std::string key_;
    bool in_towns_ = false;
    std::vector<json> row_;
};

}  // namespace

std::optional<std::vector<TownRow>> read_towns(std::string_view json_text, std::string& error) {
    TownsReader reader;
    const bool parsed = json::sax_parse(json_text.begin(), json_text.end(), &reader);
    if (!parsed || reader.format != kFormat || !reader.saw_towns) {
        error = std::string("gazetteer-towns.json is not a ") + kFormat + " file: rebuild it (target depeche_gazetteer)";
        return std::nullopt;
    }
    return std::move(reader.rows);
}

}  // namespace depeche
