#include "casus/research/data_dir.h"

#include <cstdlib>
#include <filesystem>

namespace casus::research {

Result<std::string> resolve_data_dir(const std::optional<std::string>& flag) {
  std::string dir;
  std::string where;
  if (flag && !flag->empty()) {
    dir = *flag;
    where = "--data-dir";
  } else if (const char* env = std::getenv("CASUS_DATA"); env && *env) {
    dir = env;
    where = "CASUS_DATA";
  } else {
    return invalid_argument("", "no data directory: pass --data-dir DIR or set the CASUS_DATA environment variable");
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return io_error(where, "\"" + dir + "\" is not a directory");
  }
  return dir;
}

DatasetPaths DatasetPaths::in(const std::string& d) {
  DatasetPaths p;
  p.atop_members = d + "/atop-5.1/atop5_1m.csv";
  p.atop_alliances = d + "/atop-5.1/atop5_1a.csv";
  p.cow_states = d + "/cow-states-2016/states2016.csv";
  p.cow_system = d + "/cow-states-2016/system2016.csv";
  p.cow_majors = d + "/cow-states-2016/majors2016.csv";
  p.gw_states = d + "/gleditsch-ward-states/iisystem.dat";
  p.gw_microstates = d + "/gleditsch-ward-states/microstatessystem.dat";
  p.nmc = d + "/cow-nmc-6.0/NMC-60-abridged.csv";
  p.cow_wars = d + "/cow-interstate-war-4.0/Inter-StateWarData_v4.0.csv";
  p.cow_mids = d + "/cow-mid-5.0/MIDB 5.0.csv";
  p.cow_alliance_members = d + "/cow-alliances-4.1/alliance_v4.1_by_member.csv";
  return p;
}

}  // namespace casus::research
