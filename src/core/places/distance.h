#pragma once

namespace depeche {

// Great-circle distance in kilometres between two points in degrees (the scoring's "within
// 100 km" test, and the map's nearest place).
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace depeche
