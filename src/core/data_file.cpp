#include "data_file.h"

#include "word_hash.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

#include <cstdio>
#include <fstream>
#include <algorithm>

namespace depeche {

std::optional<std::string> read_data_file(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        error = "cannot open data file " + path;
        return std::nullopt;
    }
    // Read at the file's size in one go: the gazetteer is a few hundred KB, read at every start.
    std::string bytes(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

std::optional<std::uint64_t> stamp_data_file(const std::string& path) {
    struct stat info{};
    if (stat(path.c_str(), &info) != 0) return std::nullopt;
    const std::int64_t fields[] = {static_cast<std::int64_t>(info.st_size),
                                   static_cast<std::int64_t>(info.st_mtim.tv_sec),
                                   static_cast<std::int64_t>(info.st_mtim.tv_nsec)};
    return WordHash{}(std::string_view(reinterpret_cast<const char*>(fields), sizeof fields));
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        this->~MappedFile();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

MappedFile::~MappedFile() {
    if (data_) munmap(data_, size_);
}

std::optional<MappedFile> map_data_file(const std::string& path, std::string& error) {
    const int fd = open(path.c_str(), O_RDONLY);
    if (fd < 0) {
        error = "cannot open data file " + path;
        return std::nullopt;
    }
    struct stat info{};
    MappedFile file;
    if (fstat(fd, &info) == 0 && info.st_size > 0) {
        void* at = mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (at != MAP_FAILED) {
            file.data_ = at;
            file.size_ = static_cast<std::size_t>(info.st_size);
        }
    }
    close(fd);
    if (!file.data_ && info.st_size > 0) {
        error = "cannot map data file " + path;
        return std::nullopt;
    }
    return file;
}

bool write_data_file(const std::string& path, std::string_view bytes, std::string& error) {
    const std::string partial = path + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) {
            error = "cannot write data file " + partial;
            return false;
        }
    }
    if (std::rename(partial.c_str(), path.c_str()) != 0) {
        error = "cannot rename " + partial + " to " + path;
        std::remove(partial.c_str());
        return false;
    }
    return true;
}

std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error) {
    const auto bytes = read_data_file(path, error);
    return bytes ? parse_json_data(path, *bytes, error) : std::nullopt;
}

std::optional<nlohmann::json> parse_json_data(const std::string& path, std::string_view bytes, std::string& error) {
    auto parsed = nlohmann::json::parse(bytes, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        error = "data file " + path + " is not a JSON object";
        return std::nullopt;
    }
    return parsed;
}

}  // namespace depeche
