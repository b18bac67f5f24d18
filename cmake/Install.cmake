# cmake --install: the binary (the rule packs are compiled into it), a man page and shell
# completions made from the built binary's own --help, the docs, and the systemd unit for
# `plancheck serve` (installed, never enabled: the package has no maintainer scripts).
include(GNUInstallDirs)
# Installing (and CPack's preinstall step) builds only what is installed, not the tests too:
# tests/release/package.sh and the README build plancheck and plancheck_cli_reference first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

find_program(PLANCHECK_HELP2MAN help2man)
if(NOT PLANCHECK_HELP2MAN)
  plancheck_missing("help2man (the man page is made from plancheck --help)" "help2man")
endif()
find_program(PLANCHECK_GZIP gzip REQUIRED)

set(cli_reference_dir ${CMAKE_CURRENT_BINARY_DIR}/cli-reference)
set(cli_reference_files ${cli_reference_dir}/plancheck.1.gz ${cli_reference_dir}/plancheck.bash
                        ${cli_reference_dir}/_plancheck)
add_custom_command(
  OUTPUT ${cli_reference_files}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${cli_reference_dir}
  COMMAND ${CMAKE_COMMAND} -DPLANCHECK=$<TARGET_FILE:plancheck> -DHELP2MAN=${PLANCHECK_HELP2MAN}
          -DGZIP=${PLANCHECK_GZIP} -DOUT=${cli_reference_dir} -DSOURCE=${CMAKE_CURRENT_SOURCE_DIR}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/cli_reference.cmake
  DEPENDS plancheck ${CMAKE_CURRENT_SOURCE_DIR}/cmake/cli_reference.cmake
          ${CMAKE_CURRENT_SOURCE_DIR}/cmake/plancheck.h2m
  COMMENT "Man page and shell completions from plancheck --help"
  VERBATIM)
# Not part of the sanitizer and fuzzing builds' `all`: their instrumented binary need not run here.
if(PLANCHECK_SANITIZE OR PLANCHECK_FUZZ)
  add_custom_target(plancheck_cli_reference DEPENDS ${cli_reference_files})
else()
  add_custom_target(plancheck_cli_reference ALL DEPENDS ${cli_reference_files})
endif()

install(TARGETS plancheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${cli_reference_dir}/plancheck.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${cli_reference_dir}/plancheck.bash DESTINATION
              ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME plancheck)
install(FILES ${cli_reference_dir}/_plancheck DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES README.md docs/rule-format.md docs/packs.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The unit names the binary where this install puts it (/usr/bin in the .deb): the path is
# written at install time, when the prefix (cmake --install --prefix, CPack's) is known.
install(CODE "
  set(unit_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/systemd/system\")
  file(READ \"${CMAKE_CURRENT_SOURCE_DIR}/packaging/plancheck-serve.service.in\" unit)
  string(REPLACE \"@BINDIR@\" \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\" unit \"\${unit}\")
  message(STATUS \"Installing: \${unit_dir}/plancheck-serve.service\")
  file(WRITE \"\${unit_dir}/plancheck-serve.service\" \"\${unit}\")
")
