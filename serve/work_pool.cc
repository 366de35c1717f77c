#include "serve/work_pool.h"

#include <algorithm>

namespace vbtask::serve {

WorkPool::WorkPool(unsigned workers, size_t max_waiting) : max_waiting_(max_waiting) {
  for (unsigned i = 0; i < std::max(1u, workers); ++i) threads_.emplace_back([this] { Work(); });
}

WorkPool::~WorkPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : threads_) t.join();
}

bool WorkPool::TrySubmit(std::function<void()> task) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    // Room for one task per worker and max_waiting more, whether or not
    // a worker has yet picked up the tasks queued before.
    if (stopping_ || running_ + queue_.size() >= threads_.size() + max_waiting_) return false;
    queue_.push_back(std::move(task));
  }
  wake_.notify_one();
  return true;
}

size_t WorkPool::running() const {
  std::lock_guard<std::mutex> lock(mu_);
  return running_;
}

size_t WorkPool::waiting() const {
  std::lock_guard<std::mutex> lock(mu_);
  return queue_.size();
}

void WorkPool::Work() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
    std::function<void()> task = std::move(queue_.front());
    queue_.pop_front();
    ++running_;
    lock.unlock();
    task();
    lock.lock();
    --running_;
  }
}

}  // namespace vbtask::serve
