#include "map_data.h"

namespace depeche {
namespace {

constexpr float kLonScale = 180.0f / 32767.0f;
constexpr float kLatScale = 90.0f / 32767.0f;
// More points than the 10m Natural Earth world holds in one ring: past this the data is damaged.
constexpr std::uint64_t kMaxRingPoints = 1u << 22;

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    bool ok() const { return ok_; }
    std::size_t position() const { return pos_; }

    std::uint8_t u8() {
        if (pos_ >= bytes_.size()) {
            ok_ = false;
            return 0;
        }
        return static_cast<std::uint8_t>(bytes_[pos_++]);
    }
    std::uint16_t u16() {
        const std::uint16_t lo = u8();
        return static_cast<std::uint16_t>(lo | (u8() << 8));
    }
    std::int16_t i16() { return static_cast<std::int16_t>(u16()); }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64 && ok_; shift += 7) {
            const std::uint8_t b = u8();
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        ok_ = false;
        return 0;
    }
    std::int64_t zigzag() {
        const std::uint64_t v = varint();
        return (v & 1) ? -static_cast<std::int64_t>((v + 1) >> 1) : static_cast<std::int64_t>(v >> 1);
    }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
    bool ok_ = true;
};

GeoPoint point(std::int64_t x, std::int64_t y) {
    return {static_cast<float>(x) * kLonScale, static_cast<float>(y) * kLatScale};
}

bool read_ring(Reader& r, std::vector<GeoPoint>& ring) {
    const std::uint64_t count = r.varint();
    if (!r.ok() || count == 0 || count > kMaxRingPoints) return false;
    std::int64_t x = r.i16(), y = r.i16();
    ring.reserve(static_cast<std::size_t>(count));
    ring.push_back(point(x, y));
    for (std::uint64_t i = 1; i < count && r.ok(); ++i) {
        x += r.zigzag();
        y += r.zigzag();
        ring.push_back(point(x, y));
    }
    return r.ok();
}

// Even-odd crossing test of a horizontal ray from the point.
bool inside(const std::vector<GeoPoint>& ring, double lat, double lon) {
    bool in = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double yi = ring[i].lat, yj = ring[j].lat, xi = ring[i].lon, xj = ring[j].lon;
        if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) in = !in;
    }
    return in;
}

}  // namespace

bool decode_map(std::string_view bytes, MapData& out, std::string& error) {
    out = MapData{};
    Reader r(bytes);
    if (bytes.substr(0, 4) != "DPMP") {
        error = "map data: not a DPMP file";
        return false;
    }
    for (int i = 0; i < 4; ++i) r.u8();
    const std::uint16_t version = r.u16();
    if (version != 1) {
        error = "map data: version " + std::to_string(version) + " is not supported";
        return false;
    }
    const std::uint16_t count = r.u16();
    out.countries.reserve(count);
    for (std::uint16_t c = 0; c < count && r.ok(); ++c) {
        MapCountry country;
        country.numeric = r.u16();
        country.iso2 += static_cast<char>(r.u8());
        country.iso2 += static_cast<char>(r.u8());
        const auto west = r.i16(), south = r.i16(), east = r.i16(), north = r.i16();
        country.bbox = {west * kLonScale, south * kLatScale, east * kLonScale, north * kLatScale};
        const std::uint16_t polygons = r.u16();
        for (std::uint16_t p = 0; p < polygons && r.ok(); ++p) {
            MapPolygon polygon;
            const std::uint16_t rings = r.u16();
            for (std::uint16_t k = 0; k < rings && r.ok(); ++k) {
                std::vector<GeoPoint> ring;
                if (!read_ring(r, ring)) break;
                polygon.rings.push_back(std::move(ring));
            }
            country.polygons.push_back(std::move(polygon));
        }
        out.countries.push_back(std::move(country));
    }
    if (!r.ok()) {
        error = "map data: truncated or damaged near byte " + std::to_string(r.position());
        out = MapData{};
        return false;
    }
    return true;
}

const MapCountry* country_at(const MapData& map, double lat, double lon) {
    for (const MapCountry& c : map.countries) {
        if (!c.bbox.contains(lat, lon)) continue;
        for (const MapPolygon& p : c.polygons) {
            bool in = false;
            for (const auto& ring : p.rings)
                if (inside(ring, lat, lon)) in = !in;
            if (in) return &c;
        }
    }
    return nullptr;
}

}  // namespace depeche
