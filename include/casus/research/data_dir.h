// Where the research datasets live, and the file names casus expects in it.
//
// The data directory is chosen as: the --data-dir flag if given, else the
// CASUS_DATA environment variable if set and non-empty, else an error telling
// the user to set one of them. The layout below is the one of ../shared/data
// (each dataset in its own folder, files under their original names).
#pragma once

#include <optional>
#include <string>

#include "casus/research/result.h"

namespace casus::research {

// Returns the directory to use, or kInvalidArgument when neither the flag nor
// CASUS_DATA gives one, or kIo when the chosen path is not a directory.
Result<std::string> resolve_data_dir(const std::optional<std::string>& flag);

// Paths of the dataset files inside a data directory (no file is opened here).
struct DatasetPaths {
  std::string atop_members, atop_alliances;
  std::string cow_states, cow_system, cow_majors;
  std::string gw_states;
  std::string gw_microstates;  // optional: microstatessystem.dat
  std::string nmc;
  std::string cow_wars;
  std::string cow_mids;  // MIDB 5.0.csv (participant level)
  std::string cow_alliance_members;  // user-supplied; never downloaded

  static DatasetPaths in(const std::string& data_dir);
};

}  // namespace casus::research
