#pragma once
#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace depeche {

// An array of plain values that owns them, or borrows them from bytes whose owner it shares: the
// gazetteer's large arrays are read in place from its mapped snapshot, where copying their
// megabytes into fresh memory cost more than everything else of a start. Copies of a borrowed
// array borrow the same bytes; a change first copies the values into the array's own memory.
template <class T>
    requires std::is_trivially_copyable_v<T>
class SharedArray {
public:
    SharedArray() = default;
    explicit SharedArray(std::vector<T> values) : owned_(std::move(values)) { sync(); }
    // The n values at `values`, which `owner` keeps as they are while any array borrows them.
    SharedArray(std::shared_ptr<const void> owner, const T* values, std::size_t n)
        : owner_(std::move(owner)), data_(values), size_(n) {}

    SharedArray(const SharedArray& other) : owned_(other.owned_), owner_(other.owner_), size_(other.size_) {
        data_ = owner_ ? other.data_ : owned_.data();
    }
    SharedArray(SharedArray&& other) noexcept { swap(other); }
    SharedArray& operator=(SharedArray other) noexcept {
        swap(other);
        return *this;
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const T* data() const { return data_; }
    const T* begin() const { return data_; }
    const T* end() const { return data_ + size_; }
    const T& operator[](std::size_t i) const { return data_[i]; }
    const T& front() const { return data_[0]; }
    const T& back() const { return data_[size_ - 1]; }

    T& operator[](std::size_t i) { return own()[i]; }
    T& front() { return own().front(); }
    T& back() { return own().back(); }
    // By value: one of the array's own, borrowed, is copied before the array lets its bytes go.
    void push_back(T value) {
        own().push_back(value);
        sync();
    }
    // Values from elsewhere than the array itself.
    void append(const T* values, std::size_t n) {
        own().insert(owned_.end(), values, values + n);
        sync();
    }
    void assign(std::size_t n, const T& value) {
        owner_.reset();
        owned_.assign(n, value);
        sync();
    }
    void reserve(std::size_t n) {
        own().reserve(n);
        sync();
    }

private:
    std::vector<T> owned_;
    std::shared_ptr<const void> owner_;  // of borrowed values; null when the array owns them
    const T* data_ = nullptr;
    std::size_t size_ = 0;

    void swap(SharedArray& other) noexcept {
        owned_.swap(other.owned_);
        owner_.swap(other.owner_);
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
    }
    // The values in the array's own memory, copied there first if they are borrowed.
    std::vector<T>& own() {
        if (owner_) {
            owned_.assign(data_, data_ + size_);
            owner_.reset();
            sync();
        }
        return owned_;
    }
    void sync() {
        data_ = owned_.data();
        size_ = owned_.size();
    }
};

}  // namespace depeche
