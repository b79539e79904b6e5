#pragma once
#include "gazetteer.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace depeche {

// A loaded gazetteer, towns included, as bytes: building it from the JSON files tokenizes and
// indexes 80,000 names, most of a short command's run, where reading it back only copies them.
// `sources` is sources_digest() of the files it was built from: a snapshot of other files is
// refused, so a stale one is never read. The bytes are for the machine that wrote them.
std::string write_gazetteer_snapshot(const Gazetteer& g, std::uint64_t sources);

// Fills `out` from a snapshot's bytes; false, with the reason, for bytes that are not a snapshot
// of these sources or are cut short.
bool read_gazetteer_snapshot(std::string_view bytes, std::uint64_t sources, Gazetteer& out, std::string& error);

// One number for the contents of the files a gazetteer is built from.
std::uint64_t sources_digest(std::initializer_list<std::string_view> contents);

}  // namespace depeche
