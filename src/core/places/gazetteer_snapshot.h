#pragma once
#include "gazetteer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace depeche {

// A loaded gazetteer, towns included, as bytes: building it from the JSON files tokenizes and
// indexes 80,000 names, most of a short command's run, where reading it back only copies them.
// `sources` is the stamp of the files it was built from (gazetteer_sources_stamp): a snapshot of
// other files is refused, so a stale one is never read. The bytes are for the machine that wrote
// them.
std::string write_gazetteer_snapshot(const Gazetteer& g, std::uint64_t sources);

// Fills `out` from a snapshot's bytes; false, with the reason, for bytes that are not a snapshot
// of these sources, are cut short or name what they do not hold. With a `keeper` of the bytes (the
// mapped file), the large arrays are the bytes themselves, read in place, and keep them; without
// one, or when the bytes do not start aligned, they are copied.
bool read_gazetteer_snapshot(std::string_view bytes, std::uint64_t sources, Gazetteer& out, std::string& error,
                             std::shared_ptr<const void> keeper = nullptr);

}  // namespace depeche
