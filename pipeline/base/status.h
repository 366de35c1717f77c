// Status and Result<T>: errors as values at stage boundaries.
//
// A stage never throws past its public function and never exits the
// process; it returns a Status (or a Result carrying a value) whose message
// names the input and the place where it went wrong.
#ifndef VBTASK_BASE_STATUS_H_
#define VBTASK_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace vbtask {

enum class StatusCode {
  kOk = 0,
  kInvalidInput,   // the document itself is malformed (bad bytes, empty, binary)
  kInvalidRules,   // a rules/ data file does not validate
  kIoError,        // the file system refused
  kInternal,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string m) {
    return Status(StatusCode::kInvalidInput, std::move(m));
  }
  static Status InvalidRules(std::string m) {
    return Status(StatusCode::kInvalidRules, std::move(m));
  }
  static Status IoError(std::string m) {
    return Status(StatusCode::kIoError, std::move(m));
  }
  static Status Internal(std::string m) {
    return Status(StatusCode::kInternal, std::move(m));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Holds either a value or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace vbtask

#endif  // VBTASK_BASE_STATUS_H_
