#pragma once
// The socket side of plancheck serve, on cpp-httplib: requests converted to HttpRequest and
// answered by the Site, one access-log line per request, a graceful stop on SIGTERM and SIGINT.
#include <ostream>

#include "checker/serve/site.h"

namespace plancheck::serve {

// Listens on the options' host and port (port 0: a free one) until SIGTERM or SIGINT, then
// stops taking requests, lets the requests and checks under way finish and returns 0. Says where
// it listens, and each request (method, path, status, bytes, milliseconds; never a file name or
// content), on `log`. Returns 2, having said why, when it cannot listen.
int RunServer(Site& site, report::Lang lang, std::ostream& log);

}  // namespace plancheck::serve
