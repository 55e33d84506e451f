// One error model for the whole library. Functions that can fail return a Status or a
// Result<T>; exceptions from std::filesystem, ICU error codes and RapidJSON parse results are
// turned into a Status where they arise. The tools map Status codes to exit codes (README).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace kg {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // bad option or query from the user
  kNotFound,          // an input path that does not exist
  kBadInput,          // an article that cannot be read (binary, invalid UTF-8, empty, bad JSON)
  kDataError,         // a broken file in schema/ (lexicon, registry)
  kIoError,           // reading or writing failed
  kInternal,
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status ok() { return Status(); }
  static Status invalid_argument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  static Status not_found(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status bad_input(std::string msg) { return {StatusCode::kBadInput, std::move(msg)}; }
  static Status data_error(std::string msg) { return {StatusCode::kDataError, std::move(msg)}; }
  static Status io_error(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
  static Status internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  bool is_ok() const { return code_ == StatusCode::kOk; }
  explicit operator bool() const { return is_ok(); }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "what: message" — prefixes context while keeping the code.
  Status with_context(const std::string& what) const {
    return is_ok() ? *this : Status(code_, what + ": " + message_);
  }

 private:
  Status(StatusCode c, std::string m) : code_(c), message_(std::move(m)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {}     // NOLINT(google-explicit-constructor)
  bool is_ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return is_ok(); }
  const Status& status() const {
    static const Status ok_status;
    return is_ok() ? ok_status : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }

 private:
  std::variant<T, Status> v_;
};

#define KG_RETURN_IF_ERROR(expr)              \
  do {                                        \
    ::kg::Status kg_status_ = (expr);         \
    if (!kg_status_.is_ok()) return kg_status_; \
  } while (0)

}  // namespace kg
