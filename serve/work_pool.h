// The documents a server has in hand: a fixed set of worker threads taking
// tasks from a bounded queue. A task offered while the queue is full is
// refused at once, so that an overloaded server says so (503) instead of
// letting requests pile up behind each other until they all time out.
#ifndef VBTASK_SERVE_WORK_POOL_H_
#define VBTASK_SERVE_WORK_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vbtask::serve {

class WorkPool {
 public:
  // `workers` threads (at least one); at most `max_waiting` tasks queued
  // behind the ones running.
  WorkPool(unsigned workers, size_t max_waiting);
  // Runs what is still queued, then joins the workers.
  ~WorkPool();
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // Queues the task, or returns false at once when the queue is full.
  bool TrySubmit(std::function<void()> task);

  unsigned workers() const { return static_cast<unsigned>(threads_.size()); }
  size_t max_waiting() const { return max_waiting_; }
  size_t running() const;
  size_t waiting() const;

 private:
  void Work();

  const size_t max_waiting_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  size_t running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace vbtask::serve

#endif  // VBTASK_SERVE_WORK_POOL_H_
