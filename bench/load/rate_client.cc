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
  // Bounded in time: nothing is sent later than 5 s after the last request was due.
  const auto deadline = t0 + std::chrono::milliseconds(static_cast<long long>(1000 * duration)) + std::chrono::seconds(5);
  std::vector<std::thread> threads;
  for (int c = 0; c < connections; ++c)
    threads.emplace_back([&, c] {
      httplib::Client cl("127.0.0.1", port);
      cl.set_keep_alive(true);
      // httplib writes a request's headers and its body in two sends; with Nagle's algorithm the body
      // waits for the server's delayed ACK of the headers (40 ms on Linux), which capped 16
      // connections at 16 / 0.049 s = 325 requests/s whatever the server could do. wrk sends each
      // request in one write, as browsers set TCP_NODELAY.
      cl.set_tcp_nodelay(true);
      cl.set_read_timeout(10, 0);
      for (long i = c; i < total; i += connections) {
        auto due = t0 + std::chrono::nanoseconds(static_cast<long long>(1e9 * static_cast<double>(i) / rate));
        if (Clock::now() > deadline) break;  // the server fell too far behind: the rest is counted unsent
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
  // Unsent requests count as slower than every answered one: a percentile that falls among them is
  // reported as "unsent", never as a number.
  std::vector<double> l;
  for (double x : latency_ms)
    if (x >= 0) l.push_back(x);
  std::sort(l.begin(), l.end());
  const long unsent = total - static_cast<long>(l.size());
  auto q = [&](double p) {
    size_t k = static_cast<size_t>(p * static_cast<double>(total));
    return k < l.size() ? std::to_string(l[k]).substr(0, std::to_string(l[k]).find('.') + 3) : std::string("unsent");
  };
  std::printf("due %ld requests at %.0f/s over %.0f s; answered %zu in %.2f s (achieved %.1f/s), connections %d\n", total,
              rate, duration, l.size(), elapsed, static_cast<double>(l.size()) / elapsed, connections);
  std::printf("non-200 answers %ld, transport errors %ld, unsent (server too far behind) %ld\n", errors.load(),
              transport.load(), unsent);
  std::printf("latency from due time (ms): p50 %s  p90 %s  p99 %s  p99.9 %s  max %s\n", q(0.50).c_str(),
              q(0.90).c_str(), q(0.99).c_str(), q(0.999).c_str(), unsent ? "unsent" : q(0.99999).c_str());
  return errors + transport + unsent == 0 ? 0 : 1;
}
