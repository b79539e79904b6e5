#include "distance.h"

#include <cmath>

namespace depeche {

double distance_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double kEarthRadiusKm = 6371.0;
    constexpr double kRadians = 3.14159265358979323846 / 180.0;
    const double dlat = (lat2 - lat1) * kRadians, dlon = (lon2 - lon1) * kRadians;
    const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return kEarthRadiusKm * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

}  // namespace depeche
