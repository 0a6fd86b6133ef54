#include "server_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <stdexcept>

extern char** environ;

namespace casus::test {

std::string temp_dir(const std::string& name) {
  char tmpl[256];
  std::snprintf(tmpl, sizeof tmpl, "%s/casus-%s-XXXXXX", std::filesystem::temp_directory_path().c_str(), name.c_str());
  if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
  return tmpl;
}

ServerProcess::ServerProcess(const std::string& store, std::vector<std::string> extra) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  std::vector<std::string> args = {CASUS_BINARY, "--corpus", std::string(CASUS_SOURCE_DIR) + "/corpus", "serve",
                                   "--port", "0"};
  if (!store.empty()) args.insert(args.end(), {"--store", store});
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&fa, pipe_fds[0]);
  int rc = posix_spawn(&pid_, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(pipe_fds[1]);
  out_ = pipe_fds[0];
  if (rc != 0) throw std::runtime_error("cannot start " + args[0]);
  // The first line says where it listens; 30 s is generous even under the sanitizers.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (line_.find('\n') == std::string::npos) {
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count());
    pollfd p{out_, POLLIN, 0};
    if (left <= 0 || poll(&p, 1, left) <= 0) break;
    char buf[256];
    ssize_t n = read(out_, buf, sizeof buf);
    if (n <= 0) break;
    line_.append(buf, static_cast<size_t>(n));
  }
  std::smatch m;
  if (!std::regex_search(line_, m, std::regex(R"(listening on http://127\.0\.0\.1:(\d+)/)"))) {
    kill9();
    throw std::runtime_error("casus serve did not start: " + line_);
  }
  port_ = std::stoi(m[1]);
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) terminate();
  if (out_ >= 0) close(out_);
}

int ServerProcess::terminate() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return status;
}

void ServerProcess::kill9() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

}  // namespace casus::test
