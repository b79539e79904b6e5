#include "towns_file.h"

#include <nlohmann/json.hpp>

namespace depeche {
namespace {

using json = nlohmann::json;

constexpr const char* kFormat = "depeche/gazetteer-towns@1";
constexpr const char* kCommuneCountry = "FR";  // the communes file lists France's

// Depth 1 is the file's object, 2 its "towns" array, 3 a row:
// [english, french or "", iso2, lat, lon, population, capital, is_word, quarter (optional)]. Each value goes
// straight into the row's field; a row with a value of the wrong type, or too few, is dropped. Or 2 is its
// "communes" array and 3 a département: [lat, lon, name, name, ...], one approximate row per name.
class TownsReader : public nlohmann::json_sax<json> {
public:
    explicit TownsReader(std::size_t bytes) { rows.reserve(bytes / 40); }

    std::vector<TownRow> rows;
    std::string format;
    bool saw_towns = false;

    bool null() override { return skip(); }
    bool boolean(bool) override { return skip(); }
    bool number_integer(number_integer_t v) override { return number(static_cast<double>(v)); }
    bool number_unsigned(number_unsigned_t v) override { return number(static_cast<double>(v)); }
    bool number_float(number_float_t v, const string_t&) override { return number(v); }
    bool string(string_t& v) override {
        if (depth_ == 1 && key_ == "format") format = v;
        if (in_group()) {
            if (group_field_ == 2) {
                TownRow commune;
                commune.english = std::move(v);
                commune.country = kCommuneCountry;
                commune.lat = group_lat_;
                commune.lon = group_lon_;
                commune.approximate = true;
                rows.push_back(std::move(commune));
            }
            return true;
        }
        if (!in_row()) return true;
        std::string* fields[] = {&row_.english, &row_.french, &row_.country};
        if (field_ < 3) *fields[field_] = std::move(v);
        else bad_ = true;
        ++field_;
        return true;
    }
    bool binary(binary_t&) override { return skip(); }
    bool start_object(std::size_t) override {
        if (in_row()) bad_ = true;
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
        if (in_row()) bad_ = true;
        ++depth_;
        if (depth_ == 2 && key_ == "towns") in_towns_ = saw_towns = true;
        if (depth_ == 2 && key_ == "communes") in_communes_ = true;
        if (in_group()) group_field_ = 0;
        if (in_row()) {
            row_ = TownRow{};
            field_ = 0;
            bad_ = false;
        }
        return true;
    }
    bool end_array() override {
        if (in_row() && !bad_ && field_ >= 8) rows.push_back(std::move(row_));
        if (depth_ == 2) in_towns_ = in_communes_ = false;
        --depth_;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    bool in_row() const { return in_towns_ && depth_ == 3; }
    bool in_group() const { return in_communes_ && depth_ == 3; }

    bool number(double v) {
        if (in_group()) {
            // The centre comes first; a name before it is placed nowhere and skipped.
            if (group_field_ == 0) group_lat_ = v;
            if (group_field_ == 1) group_lon_ = v;
            if (group_field_ < 2) ++group_field_;
            return true;
        }
        if (!in_row()) return true;
        switch (field_++) {
        case 3: row_.lat = v; break;
        case 4: row_.lon = v; break;
        case 5: row_.population = v; break;
        case 6: break;  // capital: the towns file holds none
        case 7: row_.is_word = v > 0; break;
        case 8:
            row_.quarter = v > 0;
            break;
        default: bad_ = field_ <= 3; break;
        }
        return true;
    }

    bool skip() {
        if (in_row()) {
            bad_ = true;
            ++field_;
        }
        return true;
    }

    int depth_ = 0;
    std::string key_;
    bool in_towns_ = false;
    bool in_communes_ = false;
    std::size_t group_field_ = 0;
    double group_lat_ = 0.0, group_lon_ = 0.0;
    TownRow row_;
    std::size_t field_ = 0;
    bool bad_ = false;
};

}  // namespace

std::optional<std::vector<TownRow>> read_towns(std::string_view json_text, std::string& error) {
    TownsReader reader(json_text.size());
    const bool parsed = json::sax_parse(json_text.begin(), json_text.end(), &reader);
    if (!parsed || reader.format != kFormat || !reader.saw_towns) {
        error = std::string("gazetteer-towns.json is not a ") + kFormat + " file: rebuild it (target depeche_gazetteer)";
        return std::nullopt;
    }
    return std::move(reader.rows);
}

}  // namespace depeche
