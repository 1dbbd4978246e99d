// libcmark's public API, from Debian's libcmark-dev (cmark 0.30).
#include <cmark.h>
