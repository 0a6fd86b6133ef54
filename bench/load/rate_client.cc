// A constant-rate (open-loop) HTTP load client for `casus serve`: sends POST /api/evaluate at a
// fixed rate for a fixed time and reports the latency distribution and the error count.
//
// Why not wrk alone: wrk is closed-loop (a connection sends its next request only when the last one
// returned), so when the server slows down it sends less and hides the delay (coordinated omission);
// wrk2, which fixes this, is not packaged in Debian. Here request i is due at t0 + i/rate, and its
// latency is measured from that due time, so a server that falls behind is charged for the wait.
//
// Loopback only: the host is fixed to 127.0.0.1. Bounded: --duration seconds (at most 120).
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  int port = 0, connections = 16;
  double rate = 500, duration = 20;
  std::string body_file;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--port") port = std::atoi(argv[i + 1]);
    else if (a == "--rate") rate = std::atof(argv[i + 1]);
    else if (a == "--duration") duration = std::atof(argv[i + 1]);
    else if (a == "--connections") connections = std::atoi(argv[i + 1]);
    else if (a == "--body") body_file = argv[i + 1];
  }
  if (port <= 0 || rate <= 0 || duration <= 0 || duration > 120 || connections < 1 || body_file.empty()) {
    std::fprintf(stderr, "usage: casus_load_client --port N --body FILE.json [--rate 500] [--duration 20] [--connections 16]\n");
    return 2;
  }
  std::ifstream in(body_file);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string body = ss.str();
  const long total = static_cast<long>(rate * duration);
  std::vector<double> latency_ms(static_cast<size_t>(total), -1);
  std::atomic<long> errors{0}, transport{0};
  const auto t0 = Clock::now() + std::chrono::milliseconds(200);
  std::vector<std::thread> threads;
  for (int c = 0; c < connections; ++c)
    threads.emplace_back([&, c] {
      httplib::Client cl("127.0.0.1", port);
      cl.set_keep_alive(true);
      cl.set_read_timeout(10, 0);
      for (long i = c; i < total; i += connections) {
        auto due = t0 + std::chrono::nanoseconds(static_cast<long long>(1e9 * static_cast<double>(i) / rate));
        std::this_thread::sleep_until(due);
        auto r = cl.Post("/api/evaluate", body, "application/json");
        auto done = Clock::now();
        if (!r) ++transport;
        else if (r->status != 200) ++errors;
        latency_ms[static_cast<size_t>(i)] = std::chrono::duration<double, std::milli>(done - due).count();
      }
    });
  for (auto& t : threads) t.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
  std::vector<double> l = latency_ms;
  std::sort(l.begin(), l.end());
  auto q = [&](double p) { return l[std::min(l.size() - 1, static_cast<size_t>(p * static_cast<double>(l.size())))]; };
  std::printf("requests %ld in %.2f s (target %.0f/s, achieved %.1f/s), connections %d\n", total, elapsed, rate,
              static_cast<double>(total) / elapsed, connections);
  std::printf("non-200 answers %ld, transport errors %ld\n", errors.load(), transport.load());
  std::printf("latency from due time (ms): p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f\n", q(0.50), q(0.90),
              q(0.99), q(0.999), l.back());
  return errors + transport == 0 ? 0 : 1;
}
