// A `casus serve` child process for the API tests: started on a free loopback port (--port 0; the
// port is read from its first line), stopped with SIGTERM or killed with SIGKILL, always by its pid.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace casus::test {

class ServerProcess {
 public:
  // Starts `casus --corpus CORPUS serve --port 0 --store STORE [extra...]` (no --store when STORE is
  // empty); throws on failure.
  ServerProcess(const std::string& store, std::vector<std::string> extra = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  const std::string& first_line() const { return line_; }
  int terminate();  // SIGTERM, waits; the exit status
  void kill9();     // SIGKILL, waits

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  int port_ = 0;
  std::string line_;
};

// A fresh temporary directory, removed by the caller if wanted.
std::string temp_dir(const std::string& name);

}  // namespace casus::test
