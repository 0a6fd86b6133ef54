// COW State System Membership v2016 readers: states2016.csv (membership spells),
// system2016.csv (state-years) and majors2016.csv (major-power spells).
//
// Source: Correlates of War Project (2017), "State System Membership List, v2016".
// No codebook text is available in the data directory; the columns are as in the
// dataset's README. All fields are required (the files have no missing values);
// a malformed row is a located error and nothing is returned.
#pragma once

#include <string>
#include <vector>

#include "casus/research/date.h"
#include "casus/research/result.h"

namespace casus::research {

struct CowStateSpell {
  std::string abbreviation;  // stateabb, e.g. "UKG"
  int ccode = 0;
  std::string name;          // statenme
  PartialDate start, end;    // all parts known in v2016
};

struct CowStateYear {
  std::string abbreviation;
  int ccode = 0;
  int year = 0;
};

struct CowMajorSpell {
  std::string abbreviation;
  int ccode = 0;
  PartialDate start, end;
};

Result<std::vector<CowStateSpell>> load_cow_states(const std::string& path);  // states2016.csv
Result<std::vector<CowStateYear>> load_cow_system(const std::string& path);   // system2016.csv
Result<std::vector<CowMajorSpell>> load_cow_majors(const std::string& path);  // majors2016.csv

}  // namespace casus::research
