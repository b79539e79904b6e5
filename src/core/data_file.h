#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace depeche {

// The bytes of one data file; nullopt, with the reason in `error`, when it cannot be read.
std::optional<std::string> read_data_file(const std::string& path, std::string& error);

// What the file system says of a data file without reading it: its size and the time it was last
// written, as one number. A write changes it, so an unchanged stamp stands for unchanged bytes, as
// it does for the build when it decides what to make again. nullopt when the file is not there.
std::optional<std::uint64_t> stamp_data_file(const std::string& path);

// A data file's bytes mapped in place rather than copied: the gazetteer's snapshot is read whole
// once at every start, and a copy of its megabytes was a good part of that start.
class MappedFile {
public:
    MappedFile() = default;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    ~MappedFile();
    std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

private:
    friend std::optional<MappedFile> map_data_file(const std::string& path, std::string& error);
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

// The file mapped read-only; nullopt, with the reason in `error`, when it cannot be opened.
std::optional<MappedFile> map_data_file(const std::string& path, std::string& error);

// Reads and parses one data file; on failure returns nullopt and says why in `error`
// (missing file, or the parser's message with the file name).
std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error);

// Writes a data file whole, through a temporary file renamed over it: a reader never sees half
// of one. False, with the reason, when it cannot be written.
bool write_data_file(const std::string& path, std::string_view bytes, std::string& error);

// Parses the bytes read_data_file gave for `path`, with the same errors as read_json_file.
std::optional<nlohmann::json> parse_json_data(const std::string& path, std::string_view bytes, std::string& error);

}  // namespace depeche
