// The server's bounded work queue: room for one task per worker and the
// queue's length, refusal beyond it, and every accepted task run.
#include "serve/work_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace vbtask::serve {
namespace {

// Tasks that block until Open().
class Gate {
 public:
  void Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    ++waiting_;
    arrived_.notify_all();
    open_cv_.wait(lock, [this] { return open_; });
  }
  void Open() {
    std::lock_guard<std::mutex> lock(mu_);
    open_ = true;
    open_cv_.notify_all();
  }
  // Until `n` tasks are blocked in Wait().
  void AwaitWaiting(int n) {
    std::unique_lock<std::mutex> lock(mu_);
    arrived_.wait(lock, [&] { return waiting_ >= n; });
  }

 private:
  std::mutex mu_;
  std::condition_variable open_cv_, arrived_;
  bool open_ = false;
  int waiting_ = 0;
};

TEST(WorkPool, RefusesBeyondWorkersPlusQueue) {
  struct Case {
    unsigned workers;
    size_t queue;
  } cases[] = {{1, 0}, {1, 2}, {2, 0}, {2, 3}, {3, 1}};
  for (const Case& c : cases) {
    SCOPED_TRACE(std::to_string(c.workers) + " workers, queue " + std::to_string(c.queue));
    Gate gate;
    std::atomic<int> done{0};
    {
      WorkPool pool(c.workers, c.queue);
      size_t capacity = c.workers + c.queue;
      for (size_t i = 0; i < capacity; ++i) {
        ASSERT_TRUE(pool.TrySubmit([&] {
          gate.Wait();
          ++done;
        }));
      }
      gate.AwaitWaiting(static_cast<int>(c.workers));
      EXPECT_EQ(pool.running(), c.workers);
      EXPECT_EQ(pool.waiting(), c.queue);
      EXPECT_FALSE(pool.TrySubmit([&] { ++done; }));
      gate.Open();
    }  // the destructor runs what was queued
    EXPECT_EQ(done.load(), static_cast<int>(c.workers + c.queue));
  }
}

TEST(WorkPool, RoomComesBackWhenATaskEnds) {
  WorkPool pool(1, 0);
  std::atomic<int> done{0};
  for (int i = 0; i < 20; ++i) {
    while (!pool.TrySubmit([&] { ++done; })) std::this_thread::yield();
  }
  while (done < 20) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_EQ(pool.running() + pool.waiting(), 0u);
}

TEST(WorkPool, ZeroWorkersMeansOne) {
  WorkPool pool(0, 0);
  EXPECT_EQ(pool.workers(), 1u);
}

}  // namespace
}  // namespace vbtask::serve
