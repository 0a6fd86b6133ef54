// toml++'s parser, compiled into casus for the sanitized and fuzzing builds only.
//
// Debian's libtomlplusplus is a shared library built without sanitizers, so UBSan cannot see
// undefined behaviour inside it (issue 8: "a = 1é" reaches TOML_UNREACHABLE) and libFuzzer gets no
// coverage from it. With CASUS_SANITIZE, CMake builds this file instead of linking that library.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
