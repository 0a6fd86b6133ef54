#include "test_support.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <sys/wait.h>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace casus::test {

const Corpus& corpus() {
  static const Corpus* c = [] {
    Diagnostics diag;
    auto files = corpus_files_in(std::string(CASUS_SOURCE_DIR) + "/corpus", diag);
    auto loaded = load_corpus(files, diag);
    if (!loaded) {
      fprintf(stderr, "the corpus does not load:\n%s", diag.str().c_str());
      std::abort();
    }
    return new Corpus(std::move(*loaded));
  }();
  return *c;
}

std::vector<std::string> files_in(const std::string& dir, const std::string& ext) {
  std::vector<std::string> out;
  fs::path p = fs::path(CASUS_SOURCE_DIR) / dir;
  if (!fs::is_directory(p)) return out;
  for (const auto& e : fs::directory_iterator(p))
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string expected_message(const std::string& path) {
  std::istringstream in(read_file(path));
  std::string line;
  const std::string prefix = "# expect: ";
  while (std::getline(in, line))
    if (line.rfind(prefix, 0) == 0) return line.substr(prefix.size());
  return "";
}

std::string test_name(const std::string& path) {
  std::string s = fs::path(path).stem().string();
  std::replace_if(s.begin(), s.end(), [](char c) { return !isalnum(static_cast<unsigned char>(c)); }, '_');
  return s;
}

Run run_shell(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(command.c_str(), "r"), pclose);
  if (!p) return {-1, "popen failed: " + command};
  Run r;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p.get())) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p.release());
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

Run run_casus(const std::string& args, const CasusCall& how) {
  return run_shell("cd '" + how.dir + "' && " + how.prefix + (how.prefix.empty() ? "" : " ") + "'" + CASUS_BINARY + "' " +
                   args + " " + how.redirect);
}

}  // namespace casus::test
